import type { Lang } from './i18n';

/**
 * Words of the citizen's account features (account page, verification, follows, notify-on-answer), Ukrainian
 * first. Kept apart from `i18n.ts` so the account scripts bundle only these.
 */

export type AssuranceLevel = 'none' | 'email' | 'verified';

export type VerificationErrorCode =
  | 'access_denied'
  | 'invalid_state'
  | 'already_used'
  | 'expired'
  | 'sign_in_required'
  | 'session_mismatch'
  | 'provider_error'
  | 'missing_claims'
  | 'already_verified_elsewhere'
  | 'different_person'
  | 'unavailable';

const uk = {
  accountTitle: 'Мій кабінет',
  accountIntro: 'Ваш обліковий запис, рівень підтвердження особи, підписки та дані.',
  loading: 'Завантажуємо дані облікового запису…',
  needsJs: 'Без JavaScript ця сторінка не показує ваших даних і підписок, але форми нижче працюють.',
  signInFirst: 'Щоб відкрити кабінет, увійдіть до облікового запису.',
  signInLink: 'Увійти',

  whoTitle: 'Обліковий запис',
  whoUser: "Ім'я користувача",
  whoEmail: 'Електронна пошта',
  whoName: "Ім'я за даними постачальника ідентифікації",
  whoCommunity: 'Громада',
  whoVerifiedAt: 'Особу підтверджено',

  levelTitle: 'Рівень підтвердження особи',
  levelCurrent: 'Ваш рівень:',
  levelNames: {
    none: 'Пошту не підтверджено',
    email: 'Пошту підтверджено',
    verified: 'Особу підтверджено',
  } satisfies Record<AssuranceLevel, string>,
  levelExplain: {
    none: 'Ви можете переглядати петиції, але не можете їх підписувати чи подавати. Підтвердьте адресу пошти за посиланням з листа.',
    email: 'Ви можете подавати петиції та підписувати петиції органів, яким достатньо підтвердженої пошти.',
    verified: 'Ви можете підписувати петиції будь-якого органу, зокрема тих, що вимагають підтвердженої особи.',
  } satisfies Record<AssuranceLevel, string>,
  levelMissing: {
    none: 'Бракує: підтвердженої адреси електронної пошти; для деяких органів — ще й підтвердженої особи.',
    email:
      'Бракує: підтвердженої особи. Деякі органи (наприклад, громади, що приймають петиції лише від своїх мешканців) вимагають її для підпису — щоб підписувати петиції таких громад, потрібна підтверджена особа.',
    verified: 'Нічого не бракує.',
  } satisfies Record<AssuranceLevel, string>,
  levelList: 'Що дозволяє кожен рівень',
  verifyButton: 'Підтвердити особу',
  verifyHint: 'Вас буде переспрямовано до постачальника ідентифікації (Дія або BankID; у тестовій версії — демо-постачальник). Ми зберігаємо лише ім\u2019я, громаду та незворотний відбиток ідентифікаційного коду.',
  verifyUnavailable: 'Підтвердження особи на цьому майданчику поки не налаштовано.',

  bannerVerified: 'Особу підтверджено. Тепер ви можете підписувати петиції, що вимагають підтвердженої особи.',
  verificationErrors: {
    access_denied: 'Ви скасували підтвердження особи у постачальника. Можна спробувати ще раз.',
    invalid_state: 'Відповідь постачальника не відповідає жодному розпочатому підтвердженню. Почніть заново.',
    already_used: 'Цю відповідь постачальника вже використано. Почніть підтвердження заново.',
    expired: 'Час на підтвердження (10 хвилин) минув. Почніть заново.',
    sign_in_required: 'Увійдіть до облікового запису, а потім підтвердьте особу.',
    session_mismatch: 'Підтвердження розпочато з іншого облікового запису. Почніть заново з поточного.',
    provider_error: 'Постачальник ідентифікації не відповів або відповів з помилкою. Спробуйте пізніше.',
    missing_claims: 'Постачальник не передав імені або ідентифікаційного коду. Особу не підтверджено.',
    already_verified_elsewhere: 'Цю особу вже підтверджено в іншому обліковому записі. Одна особа — один підтверджений обліковий запис.',
    different_person: 'Цей обліковий запис уже підтверджено як іншу особу.',
    unavailable: 'Підтвердження особи на цьому майданчику не налаштовано.',
  } satisfies Record<VerificationErrorCode, string>,
  verificationUnknownError: 'Особу не підтверджено. Спробуйте ще раз.',

  prefsTitle: 'Мова листів',
  prefsLegend: 'Якою мовою надсилати вам листи',
  prefsUk: 'Українська',
  prefsEn: 'English',
  prefsSave: 'Зберегти',
  prefsSaved: 'Мову листів збережено.',

  subsTitle: 'Мої підписки',
  subsIntro: 'Органи, теми та петиції, про які ви отримуєте листи.',
  subsEmpty: 'Ви ще ні на що не підписані. Натисніть «Стежити» на сторінці органу або позначте «Повідомити мене про відповідь», підписуючи петицію.',
  subsAuthority: 'Орган',
  subsTopic: 'Тема',
  subsItem: 'Петиція',
  unfollow: 'Не стежити',
  unfollowed: 'Підписку скасовано.',

  dataTitle: 'Мої дані',
  exportButton: 'Завантажити мої дані',
  exportHint: 'Файл JSON з усім, що майданчик зберігає про вас: обліковий запис, підтверджена особа (без ідентифікаційного коду), петиції й підписи, коментарі, позиційні документи та відповіді в консультаціях, відповіді в опитуваннях, підписки, мова листів, вимкнені розсилки та надіслані вам листи.',

  logoutAllTitle: 'Вийти на всіх пристроях',
  logoutAllHint: 'Завершує всі сеанси: на цьому та на інших пристроях і в браузерах.',
  logoutAllButton: 'Вийти на всіх пристроях',
  logoutAllDone: 'Усі сеанси завершено.',

  deleteTitle: 'Видалити обліковий запис',
  deleteWarning:
    'Це незворотно. Обліковий запис, підтвердження особи, підписки та сеанси буде видалено. Ваші підписи залишаться врахованими анонімно, без зв\u2019язку з вами; подані вами петиції та коментарі залишаться опублікованими, але без вашого імені; адреса зникне й з надісланих листів.',
  deletePassword: 'Пароль для підтвердження',
  deleteButton: 'Видалити обліковий запис назавжди',
  deleteDone: 'Обліковий запис видалено.',
  deleteWrongPassword: 'Неправильний пароль.',
  homeLink: 'На головну',

  follow: 'Стежити',
  following: 'Ви стежите за цим органом.',
  followHint: 'Щотижневий лист про нові петиції та відповіді цього органу.',
  followDone: 'Ви стежите за цим органом. Керувати підписками можна в кабінеті.',
  unfollowDone: 'Ви більше не стежите за цим органом.',
  followLoginNeeded: 'Щоб стежити, увійдіть до облікового запису.',
  myAccount: 'Мій кабінет',

  notifyLabel: 'Повідомити мене про відповідь',
  notifyDone: 'Ми повідомимо вас листом, коли з\u2019явиться відповідь.',
  notifyFailed: 'Підпис враховано, але підписатися на відповідь не вдалося. Спробуйте в кабінеті пізніше.',
  verifyLink: 'Підтвердити особу',
};

export type AccountUi = typeof uk;

const en: AccountUi = {
  accountTitle: 'My account',
  accountIntro: 'Your account, how your identity is confirmed, what you follow and your data.',
  loading: 'Loading your account…',
  needsJs: 'Without JavaScript this page cannot show your details and follows, but the forms below work.',
  signInFirst: 'Sign in to open your account.',
  signInLink: 'Sign in',

  whoTitle: 'Account',
  whoUser: 'User name',
  whoEmail: 'Email',
  whoName: 'Name given by the identity provider',
  whoCommunity: 'Community',
  whoVerifiedAt: 'Identity verified on',

  levelTitle: 'Identity assurance level',
  levelCurrent: 'Your level:',
  levelNames: {
    none: 'Email not confirmed',
    email: 'Email confirmed',
    verified: 'Identity verified',
  },
  levelExplain: {
    none: 'You can read petitions but cannot sign or submit them. Confirm your email address with the link we sent you.',
    email: 'You can submit petitions and sign petitions to authorities that accept a confirmed email.',
    verified: 'You can sign petitions to every authority, including those that require a verified identity.',
  },
  levelMissing: {
    none: 'Missing: a confirmed email address; for some authorities also a verified identity.',
    email:
      'Missing: a verified identity. Some authorities (for example communities that accept petitions only from their residents) require it — to sign their petitions you need a verified identity.',
    verified: 'Nothing is missing.',
  },
  levelList: 'What each level allows',
  verifyButton: 'Verify identity',
  verifyHint: 'You will be sent to the identity provider (Diia or BankID; a demo provider on test installations). We keep only the name, the community and an irreversible fingerprint of the national identifier.',
  verifyUnavailable: 'Identity verification is not set up on this installation yet.',

  bannerVerified: 'Your identity is verified. You can now sign petitions that require a verified identity.',
  verificationErrors: {
    access_denied: 'You cancelled the verification at the provider. You can try again.',
    invalid_state: 'The provider’s answer does not belong to any verification we started. Please start again.',
    already_used: 'This answer from the provider was already used. Please start the verification again.',
    expired: 'The verification took longer than 10 minutes. Please start again.',
    sign_in_required: 'Sign in to your account, then verify your identity.',
    session_mismatch: 'The verification was started from another account. Start again from this one.',
    provider_error: 'The identity provider did not answer or answered with an error. Please try later.',
    missing_claims: 'The provider gave no name or national identifier. Your identity is not verified.',
    already_verified_elsewhere: 'This person has already verified another account. One person, one verified account.',
    different_person: 'This account is already verified as another person.',
    unavailable: 'Identity verification is not set up on this installation.',
  },
  verificationUnknownError: 'Your identity was not verified. Please try again.',

  prefsTitle: 'Email language',
  prefsLegend: 'Which language we write to you in',
  prefsUk: 'Українська',
  prefsEn: 'English',
  prefsSave: 'Save',
  prefsSaved: 'Email language saved.',

  subsTitle: 'What I follow',
  subsIntro: 'Authorities, topics and petitions you receive emails about.',
  subsEmpty: 'You follow nothing yet. Press “Follow” on an authority’s page, or tick “Tell me about the answer” when you sign a petition.',
  subsAuthority: 'Authority',
  subsTopic: 'Topic',
  subsItem: 'Petition',
  unfollow: 'Unfollow',
  unfollowed: 'Unfollowed.',

  dataTitle: 'My data',
  exportButton: 'Download my data',
  exportHint: 'A JSON file with everything the platform keeps about you: account, verified identity (without the national identifier), petitions and signatures, comments, position papers and answers in consultations, poll responses, follows, mail language, stopped mail and the mail sent to you.',

  logoutAllTitle: 'Log out everywhere',
  logoutAllHint: 'Ends every session: on this device and on every other device and browser.',
  logoutAllButton: 'Log out everywhere',
  logoutAllDone: 'Every session has ended.',

  deleteTitle: 'Delete account',
  deleteWarning:
    'This cannot be undone. Your account, verified identity, follows and sessions will be deleted. Your signatures stay counted anonymously, no longer linked to you; petitions and comments you submitted stay published, but without your name; your address is erased from mail already sent too.',
  deletePassword: 'Password to confirm',
  deleteButton: 'Delete my account for good',
  deleteDone: 'Your account has been deleted.',
  deleteWrongPassword: 'Wrong password.',
  homeLink: 'Home page',

  follow: 'Follow',
  following: 'You follow this authority.',
  followHint: 'A weekly email about new petitions and answers of this authority.',
  followDone: 'You follow this authority. Manage what you follow in your account.',
  unfollowDone: 'You no longer follow this authority.',
  followLoginNeeded: 'Sign in to follow.',
  myAccount: 'My account',

  notifyLabel: 'Tell me about the answer',
  notifyDone: 'We will email you when the answer is published.',
  notifyFailed: 'Your signature counts, but following the answer failed. Try again later from your account.',
  verifyLink: 'Verify identity',
};

export const accountUi: Record<Lang, AccountUi> = { uk, en };

export const verifyStartHref = (next: string): string => `/api/identity/verify/start?next=${encodeURIComponent(next)}`;

export const isVerificationErrorCode = (value: string): value is VerificationErrorCode =>
  Object.prototype.hasOwnProperty.call(uk.verificationErrors, value);
