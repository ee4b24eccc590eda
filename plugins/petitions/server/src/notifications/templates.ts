/**
 * Mail about petitions, in Ukrainian and English. Values in {{…}} come from rules.ts; `{ uk, en }` values are read in
 * the recipient's language, and everything is HTML-escaped in the HTML part.
 */
export const PETITION_TEMPLATES = {
  'petitions.published': {
    uk: {
      subject: 'Вашу петицію оприлюднено: {{title}}',
      text:
        'Петицію «{{title}}» до органу «{{authority}}» оприлюднено — почався збір підписів.\n\n' +
        'Щоб її розглянули, потрібно {{threshold}} підписів до {{collectionEnds}}.\n\nСторінка петиції: {{url}}\n',
      html:
        '<p>Петицію «<a href="{{url}}">{{title}}</a>» до органу «{{authority}}» оприлюднено — почався збір підписів.</p>' +
        '<p>Щоб її розглянули, потрібно <strong>{{threshold}}</strong> підписів до {{collectionEnds}}.</p>',
    },
    en: {
      subject: 'Your petition is published: {{title}}',
      text:
        'Your petition “{{title}}” to {{authority}} is published and signature collection has started.\n\n' +
        'It needs {{threshold}} signatures by {{collectionEnds}} to be considered.\n\nPetition page: {{url}}\n',
      html:
        '<p>Your petition “<a href="{{url}}">{{title}}</a>” to {{authority}} is published and signature collection has started.</p>' +
        '<p>It needs <strong>{{threshold}}</strong> signatures by {{collectionEnds}} to be considered.</p>',
    },
  },
  'petitions.rejected': {
    uk: {
      subject: 'Петицію не оприлюднено: {{title}}',
      text:
        'Модератор органу «{{authority}}» не оприлюднив вашу петицію «{{title}}».\n\nПричина: {{reason}}.\n' +
        '{{#note}}Примітка модератора: {{note}}\n{{/note}}' +
        '{{#correctable}}\nВи можете виправити текст і подати петицію знову на її сторінці: {{url}}\n{{/correctable}}',
      html:
        '<p>Модератор органу «{{authority}}» не оприлюднив вашу петицію «{{title}}».</p><p>Причина: {{reason}}.</p>' +
        '{{#note}}<p>Примітка модератора: {{note}}</p>{{/note}}' +
        '{{#correctable}}<p>Ви можете <a href="{{url}}">виправити текст і подати петицію знову</a>.</p>{{/correctable}}',
    },
    en: {
      subject: 'Your petition was not published: {{title}}',
      text:
        'The moderator of {{authority}} did not publish your petition “{{title}}”.\n\nReason: {{reason}}.\n' +
        '{{#note}}Moderator’s note: {{note}}\n{{/note}}' +
        '{{#correctable}}\nYou may correct the text and submit the petition again on its page: {{url}}\n{{/correctable}}',
      html:
        '<p>The moderator of {{authority}} did not publish your petition “{{title}}”.</p><p>Reason: {{reason}}.</p>' +
        '{{#note}}<p>Moderator’s note: {{note}}</p>{{/note}}' +
        '{{#correctable}}<p>You may <a href="{{url}}">correct the text and submit the petition again</a>.</p>{{/correctable}}',
    },
  },
  'petitions.threshold-author': {
    uk: {
      subject: 'Петиція набрала потрібні підписи: {{title}}',
      text:
        'Ваша петиція «{{title}}» набрала {{threshold}} підписів. Орган «{{authority}}» має розглянути її ' +
        'та оприлюднити відповідь до {{answerDue}}.\n\nСторінка петиції: {{url}}\n',
      html:
        '<p>Ваша петиція «<a href="{{url}}">{{title}}</a>» набрала <strong>{{threshold}}</strong> підписів.</p>' +
        '<p>Орган «{{authority}}» має розглянути її та оприлюднити відповідь до {{answerDue}}.</p>',
    },
    en: {
      subject: 'Your petition reached its threshold: {{title}}',
      text:
        'Your petition “{{title}}” has {{threshold}} signatures. {{authority}} must consider it and publish an ' +
        'answer by {{answerDue}}.\n\nPetition page: {{url}}\n',
      html:
        '<p>Your petition “<a href="{{url}}">{{title}}</a>” has <strong>{{threshold}}</strong> signatures.</p>' +
        '<p>{{authority}} must consider it and publish an answer by {{answerDue}}.</p>',
    },
  },
  'petitions.threshold-official': {
    uk: {
      subject: 'Петиція чекає на відповідь: {{title}}',
      text:
        'Петиція «{{title}}» до органу «{{authority}}» набрала {{threshold}} підписів.\n' +
        'Відповідь потрібно оприлюднити до {{answerDue}}.\n\nПетиція: {{url}}\nПанель адміністрування: {{adminUrl}}\n',
      html:
        '<p>Петиція «<a href="{{url}}">{{title}}</a>» до органу «{{authority}}» набрала <strong>{{threshold}}</strong> підписів.</p>' +
        '<p>Відповідь потрібно оприлюднити до <strong>{{answerDue}}</strong>.</p><p><a href="{{adminUrl}}">Відкрити панель адміністрування</a></p>',
    },
    en: {
      subject: 'A petition awaits your answer: {{title}}',
      text:
        'The petition “{{title}}” to {{authority}} has {{threshold}} signatures.\n' +
        'The answer must be published by {{answerDue}}.\n\nPetition: {{url}}\nAdmin panel: {{adminUrl}}\n',
      html:
        '<p>The petition “<a href="{{url}}">{{title}}</a>” to {{authority}} has <strong>{{threshold}}</strong> signatures.</p>' +
        '<p>The answer must be published by <strong>{{answerDue}}</strong>.</p><p><a href="{{adminUrl}}">Open the admin panel</a></p>',
    },
  },
  'petitions.answered': {
    uk: {
      subject: 'Відповідь на петицію: {{title}}',
      text: 'Орган «{{authority}}» оприлюднив відповідь на петицію «{{title}}»:\n\n{{answer}}\n\nСторінка петиції: {{url}}\n',
      html:
        '<p>Орган «{{authority}}» оприлюднив відповідь на петицію «<a href="{{url}}">{{title}}</a>»:</p>' +
        '<blockquote style="white-space:pre-wrap">{{answer}}</blockquote>',
    },
    en: {
      subject: 'The petition is answered: {{title}}',
      text: '{{authority}} published its answer to the petition “{{title}}”:\n\n{{answer}}\n\nPetition page: {{url}}\n',
      html:
        '<p>{{authority}} published its answer to the petition “<a href="{{url}}">{{title}}</a>”:</p>' +
        '<blockquote style="white-space:pre-wrap">{{answer}}</blockquote>',
    },
  },
  'petitions.answer-due': {
    uk: {
      subject: 'Термін відповіді спливає {{answerDue}}: {{title}}',
      text:
        'Відповідь на петицію «{{title}}» до органу «{{authority}}» потрібно оприлюднити до {{answerDue}} ' +
        '(робочих днів після сьогодні: {{workingDaysLeft}}).\n\nПетиція: {{url}}\nПанель адміністрування: {{adminUrl}}\n',
      html:
        '<p>Відповідь на петицію «<a href="{{url}}">{{title}}</a>» до органу «{{authority}}» потрібно оприлюднити ' +
        'до <strong>{{answerDue}}</strong> (робочих днів після сьогодні: {{workingDaysLeft}}).</p>' +
        '<p><a href="{{adminUrl}}">Відкрити панель адміністрування</a></p>',
    },
    en: {
      subject: 'Answer due {{answerDue}}: {{title}}',
      text:
        'The answer to the petition “{{title}}” to {{authority}} must be published by {{answerDue}} ' +
        '(working days left after today: {{workingDaysLeft}}).\n\nPetition: {{url}}\nAdmin panel: {{adminUrl}}\n',
      html:
        '<p>The answer to the petition “<a href="{{url}}">{{title}}</a>” to {{authority}} must be published ' +
        'by <strong>{{answerDue}}</strong> (working days left after today: {{workingDaysLeft}}).</p>' +
        '<p><a href="{{adminUrl}}">Open the admin panel</a></p>',
    },
  },
};

/** What each kind of petition mail is called on the unsubscribe page. */
export const PETITION_CATEGORIES = {
  'petitions.own': { uk: 'листи про ваші петиції', en: 'messages about your petitions' },
  'petitions.follow': { uk: 'листи про петиції, за якими ви стежите', en: 'messages about petitions you follow' },
  'petitions.duty': {
    uk: 'нагадування посадовцям про петиції, що чекають відповіді',
    en: 'reminders to officials about petitions awaiting an answer',
  },
};
