/**
 * What a registration with a taken address or name tells the mailbox, while the page answers as for any new
 * registration (so the form does not reveal who has an account). Mailed by `mailAddress`, both languages at once.
 */
export const ACCOUNT_TEMPLATES = {
  'identity.registration-attempt': {
    uk: {
      subject: 'Спроба зареєструватися з вашою адресою',
      text:
        'Вітаємо!\n\nХтось — можливо, ви — намагався зареєструватися на платформі «ВзаємоДія» з адресою {{email}}. ' +
        'Обліковий запис з цією адресою вже є, тому новий не створено.\n\n' +
        'Увійти: {{loginUrl}}\nЗабули пароль? Попросіть посилання для зміни: {{forgotUrl}}\n\n' +
        'Якщо це були не ви, нічого робити не потрібно.\n',
      html:
        '<p>Вітаємо!</p><p>Хтось — можливо, ви — намагався зареєструватися на платформі «ВзаємоДія» з адресою {{email}}. ' +
        'Обліковий запис з цією адресою вже є, тому новий не створено.</p>' +
        '<p><a href="{{loginUrl}}">Увійти</a> · <a href="{{forgotUrl}}">Забули пароль?</a></p>' +
        '<p>Якщо це були не ви, нічого робити не потрібно.</p>',
    },
    en: {
      subject: 'Someone tried to register with your address',
      text:
        'Hello!\n\nSomeone — perhaps you — tried to register on VzayemoDiia with the address {{email}}. ' +
        'An account with this address already exists, so no new one was created.\n\n' +
        'Sign in: {{loginUrl}}\nForgot your password? Ask for a reset link: {{forgotUrl}}\n\n' +
        'If it was not you, there is nothing to do.\n',
      html:
        '<p>Hello!</p><p>Someone — perhaps you — tried to register on VzayemoDiia with the address {{email}}. ' +
        'An account with this address already exists, so no new one was created.</p>' +
        '<p><a href="{{loginUrl}}">Sign in</a> · <a href="{{forgotUrl}}">Forgot your password?</a></p>' +
        '<p>If it was not you, there is nothing to do.</p>',
    },
  },
  'identity.username-taken': {
    uk: {
      subject: 'Реєстрацію не завершено: імʼя користувача зайняте',
      text:
        'Вітаємо!\n\nХтось — можливо, ви — намагався зареєструватися на платформі «ВзаємоДія» з цією адресою та імʼям ' +
        'користувача «{{username}}». Це імʼя вже належить іншому обліковому запису, тому запис не створено.\n\n' +
        'Зареєструйтеся ще раз з іншим імʼям: {{registerUrl}}\n\nЯкщо це були не ви, просто проігноруйте цей лист.\n',
      html:
        '<p>Вітаємо!</p><p>Хтось — можливо, ви — намагався зареєструватися на платформі «ВзаємоДія» з цією адресою та ' +
        'імʼям користувача «{{username}}». Це імʼя вже належить іншому обліковому запису, тому запис не створено.</p>' +
        '<p><a href="{{registerUrl}}">Зареєструйтеся ще раз</a> з іншим імʼям.</p><p>Якщо це були не ви, просто проігноруйте цей лист.</p>',
    },
    en: {
      subject: 'Registration not completed: the username is taken',
      text:
        'Hello!\n\nSomeone — perhaps you — tried to register on VzayemoDiia with this address and the username ' +
        '“{{username}}”. That name belongs to another account, so no account was created.\n\n' +
        'Register again with another name: {{registerUrl}}\n\nIf it was not you, ignore this message.\n',
      html:
        '<p>Hello!</p><p>Someone — perhaps you — tried to register on VzayemoDiia with this address and the username ' +
        '“{{username}}”. That name belongs to another account, so no account was created.</p>' +
        '<p><a href="{{registerUrl}}">Register again</a> with another name.</p><p>If it was not you, ignore this message.</p>',
    },
  },
};
