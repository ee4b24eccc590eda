import type { PetitionStatusContract } from '@vzd/petitions/contracts';
import { formatNumber, pluralOf } from './format';

/**
 * Every word the site shows, Ukrainian first. Pages are generated once per language from one template; the
 * dictionaries are split so client scripts bundle only what they use (`clientUi`, `statusLabels`).
 */

export const languages = ['uk', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'uk';

export const isLang = (value: unknown): value is Lang => value === 'uk' || value === 'en';
export const otherLang = (lang: Lang): Lang => (lang === 'uk' ? 'en' : 'uk');

/** Name of each language in itself, for the language switch. */
export const languageNames: Record<Lang, string> = { uk: 'Українська', en: 'English' };

/** `/uk/petitions/` for ('uk', '/petitions/'); always with the trailing slash the site is built with. */
export function localePath(lang: Lang, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const [pathname, query = ''] = clean.split('?');
  const withSlash = pathname!.endsWith('/') ? pathname : `${pathname}/`;
  return `/${lang}${withSlash}${query ? `?${query}` : ''}`;
}

/** The same page in the other language: swaps the leading `/uk/` or `/en/`. */
export function counterpartPath(pathname: string, lang: Lang): string {
  const match = /^\/(uk|en)(\/.*)?$/.exec(pathname);
  return localePath(lang, match ? (match[2] ?? '/') : '/');
}

export type PetitionStatus = PetitionStatusContract;
export type RejectionReason = 'duplicate' | 'outside_competence' | 'offensive' | 'unlawful' | 'no_clear_request' | 'other';
export type AuthorityKind = 'central' | 'regional' | 'community';

export const statusLabels: Record<Lang, Record<PetitionStatus, string>> = {
  uk: {
    draft: 'Чернетка',
    submitted: 'На модерації',
    collecting: 'Збір підписів',
    threshold_reached: 'Набрала необхідну кількість підписів',
    under_consideration: 'На розгляді',
    answered: 'Є відповідь',
    not_supported: 'Не підтримана',
    rejected: 'Відхилена',
  },
  en: {
    draft: 'Draft',
    submitted: 'In moderation',
    collecting: 'Collecting signatures',
    threshold_reached: 'Threshold reached',
    under_consideration: 'Under consideration',
    answered: 'Answered',
    not_supported: 'Not supported',
    rejected: 'Rejected',
  },
};

/** What happened at each step of the lifecycle, for the public timeline. */
export const timelineLabels: Record<Lang, Record<PetitionStatus, string>> = {
  uk: {
    draft: 'Створено чернетку',
    submitted: 'Подано на модерацію',
    collecting: 'Оприлюднено, розпочато збір підписів',
    threshold_reached: 'Набрано необхідну кількість підписів',
    under_consideration: 'Передано на розгляд',
    answered: 'Оприлюднено відповідь',
    not_supported: 'Збір підписів завершено без необхідної кількості',
    rejected: 'Відхилено на модерації',
  },
  en: {
    draft: 'Draft created',
    submitted: 'Submitted for moderation',
    collecting: 'Published, signature collection started',
    threshold_reached: 'Threshold reached',
    under_consideration: 'Consideration started',
    answered: 'Answer published',
    not_supported: 'Collection ended below the threshold',
    rejected: 'Rejected at moderation',
  },
};

export const rejectionLabels: Record<Lang, Record<RejectionReason, string>> = {
  uk: {
    duplicate: 'Дублікат',
    outside_competence: 'Поза компетенцією органу',
    offensive: 'Образливий зміст',
    unlawful: 'Заклики, заборонені законом',
    no_clear_request: 'Немає чіткої вимоги',
    other: 'Інша причина',
  },
  en: {
    duplicate: 'Duplicate',
    outside_competence: "Outside the authority's competence",
    offensive: 'Offensive content',
    unlawful: 'Calls the law forbids',
    no_clear_request: 'No clear request',
    other: 'Other',
  },
};

export const authorityKindLabels: Record<Lang, Record<AuthorityKind, string>> = {
  uk: { central: 'Центральні органи влади', regional: 'Обласні державні адміністрації', community: 'Територіальні громади' },
  en: { central: 'Central government', regional: 'Regional state administrations', community: 'Territorial communities' },
};

/** Labels of the figures modules report to the core (`stats`); unknown keys are not shown. */
export const statLabels: Record<Lang, Record<string, string>> = {
  uk: {
    collecting: 'Збирають підписи',
    awaitingAnswer: 'Очікують відповіді',
    answered: 'Отримали відповідь',
    signatures: 'Підписів загалом',
  },
  en: {
    collecting: 'Collecting signatures',
    awaitingAnswer: 'Awaiting an answer',
    answered: 'Answered',
    signatures: 'Signatures in total',
  },
};

const ukUi = {
  siteName: 'ВзаємоДія',
  siteTagline: 'Платформа електронної демократії',
  skipLink: 'Перейти до основного змісту',
  navLabel: 'Основна навігація',
  navHome: 'Головна',
  navPetitions: 'Петиції',
  navNewPetition: 'Створити петицію',
  navAuthorities: 'Органи влади',
  languageLabel: 'Мова сайту',
  accountLabel: 'Обліковий запис',
  login: 'Увійти',
  footerAbout: 'ВзаємоДія — відкрита платформа взаємодії громадян, громадських організацій та органів влади.',
  footerTime: 'Дати й час подано за київським часом.',
  footerApi: 'Відкритий API (OpenAPI)',

  homeTitle: 'Впливайте на рішення влади',
  homeIntro:
    'Створюйте електронні петиції, підписуйте їх і стежте, як органи влади відповідають — відкрито й у строки, встановлені законом.',
  homeStatsTitle: 'Платформа в цифрах',
  homeNearTitle: 'Близькі до необхідної кількості підписів',
  homeNearEmpty: 'Зараз немає петицій, яким бракує небагато підписів.',
  homeAllPetitions: 'Усі петиції',
  homeAuthorities: 'Органи влади на платформі',
  homeHowTitle: 'Як це працює',
  homeHow1: 'Ви подаєте петицію до органу влади; модератор перевіряє її протягом 2 робочих днів.',
  homeHow2: 'Після оприлюднення петиція збирає підписи (зазвичай 90 днів).',
  homeHow3: 'Набравши необхідну кількість підписів, петиція потрапляє на розгляд, і орган влади оприлюднює відповідь.',

  petitionsTitle: 'Електронні петиції',
  petitionsIntro: 'Петиції до органів влади: ті, що збирають підписи, розглядаються або вже отримали відповідь.',
  petitionsEmpty: 'Петицій поки немає.',
  filterTitle: 'Пошук і фільтри',
  filterQuery: 'Пошук за назвою',
  filterAuthority: 'Орган влади',
  filterStatus: 'Статус',
  filterAny: 'Усі',
  filterSubmit: 'Показати',
  filterReset: 'Скинути фільтри',
  filterNoScript:
    'Фільтри працюють з увімкненим JavaScript. Без нього показано всі петиції, а петиції окремого органу влади є на його сторінці.',
  paginationLabel: 'Сторінки списку петицій',
  previousPage: 'Попередня сторінка',
  nextPage: 'Наступна сторінка',

  authority: 'Орган влади',
  author: 'Автор',
  status: 'Статус',
  petitionText: 'Текст петиції',
  progressTitle: 'Підписи',
  collectionEnds: 'Збір підписів триває до',
  keyDates: 'Ключові дати',
  dateSubmitted: 'Подано',
  dateModerationDue: 'Строк модерації',
  dateCollectionStarts: 'Початок збору підписів',
  dateCollectionEnds: 'Завершення збору підписів',
  dateThresholdReached: 'Набрано необхідну кількість підписів',
  dateAnswerDue: 'Строк відповіді',
  dateAnswered: 'Відповідь надано',
  timelineTitle: 'Хронологія',
  signTitle: 'Підписати петицію',
  signButton: 'Підписати петицію',
  signHint:
    'Підписати може кожен, хто увійшов до облікового запису з підтвердженою адресою електронної пошти. Один підпис від однієї особи; відкликати підпис не можна.',
  collectionClosed: 'Збір підписів під цією петицією завершено.',
  notSupportedText: 'Строк збору підписів минув, і петиція не набрала необхідної кількості підписів.',
  answerTitle: 'Відповідь органу влади',
  answerOnTime: 'Відповідь надано вчасно',
  answerLate: 'Відповідь надано із запізненням',
  answerOverdue: 'Строк відповіді порушено',
  answerPending: 'Відповіді ще немає.',
  rejectionTitle: 'Петицію відхилено на модерації',
  rejectionReason: 'Причина',
  rejectionNote: 'Пояснення модератора',
  withheldTitle: 'Петицію відхилено через неприпустимий зміст',
  withheldText: 'Зміст цієї петиції та ім’я автора не оприлюднюються: закон забороняє поширювати такі висловлювання.',
  duplicateOriginal: 'Оригінальна петиція',
  resubmitTitle: 'Ви автор? Виправте петицію й подайте її повторно',
  resubmitIntro: 'Виправлена петиція повернеться на модерацію під тим самим номером; причина відхилення залишиться в її історії. Подати її може лише автор.',
  resubmitButton: 'Подати повторно',
  backToList: 'До списку петицій',

  newTitle: 'Створити петицію',
  newIntro:
    'Модератор перевіряє петицію протягом 2 робочих днів. Після оприлюднення вона збирає підписи; змінити текст після оприлюднення не можна.',
  newLoginNeeded: 'Щоб подати петицію, потрібно увійти до облікового запису з підтвердженою адресою пошти.',
  fieldAuthority: 'Орган влади, до якого ви звертаєтеся',
  fieldAuthorityChoose: 'Оберіть орган влади',
  fieldTitle: 'Назва петиції',
  fieldTitleHint: 'Від 10 до 200 символів: коротко, про що петиція.',
  fieldText: 'Текст петиції',
  fieldTextHint: 'Від 50 до 10 000 символів. Опишіть проблему і чітко сформулюйте вимогу.',
  authorNote: 'Петицію буде оприлюднено під вашим іменем із підтвердженої особи (Дія, BankID); без підтвердження — як «Громадянин».',
  authorVerified: 'особу підтверджено',
  authorUnverified: 'Громадянин (особу не підтверджено)',
  submitPetition: 'Надіслати на модерацію',

  loginTitle: 'Вхід',
  loginIntro: 'Увійдіть, щоб підписувати петиції та подавати власні.',
  signedInDone: 'Ви увійшли до облікового запису.',
  registeredDone: 'Майже готово! Ми надіслали вам лист. Перейдіть за посиланням у ньому, щоб підтвердити адресу.',
  fieldIdentifier: "Електронна пошта або ім'я користувача",
  fieldPassword: 'Пароль',
  loginButton: 'Увійти',
  noAccount: 'Ще не маєте облікового запису?',
  registerLink: 'Зареєструватися',
  forgotLink: 'Забули пароль?',
  registerTitle: 'Реєстрація',
  registerIntro: 'Після реєстрації ми надішлемо лист для підтвердження адреси електронної пошти.',
  fieldUsername: "Ім'я користувача",
  fieldUsernameHint: 'Від 3 до 50 символів. Не оприлюднюється під петиціями.',
  fieldEmail: 'Електронна пошта',
  fieldNewPassword: 'Пароль',
  fieldNewPasswordHint: 'Щонайменше 12 символів. Найкраще — кілька не пов’язаних слів; поширені паролі не приймаються.',
  fieldPasswordConfirm: 'Повторіть пароль',
  registerButton: 'Зареєструватися',
  haveAccount: 'Вже маєте обліковий запис?',
  confirmedTitle: 'Адресу підтверджено',
  confirmedText: 'Дякуємо! Адресу електронної пошти підтверджено. Тепер ви можете увійти, підписувати й подавати петиції.',
  forgotTitle: 'Відновлення пароля',
  forgotIntro: 'Вкажіть адресу, з якою ви реєструвалися. Ми надішлемо на неї посилання для встановлення нового пароля.',
  forgotButton: 'Надіслати посилання',
  resetTitle: 'Новий пароль',
  resetIntro: 'Придумайте новий пароль для свого облікового запису.',
  fieldCode: 'Код із листа',
  fieldCodeHint: 'Заповнюється автоматично, якщо ви перейшли за посиланням з листа.',
  resetButton: 'Зберегти пароль',
  requestNewLink: 'Надіслати нове посилання',

  authoritiesTitle: 'Органи влади',
  authoritiesIntro: 'Органи влади й громади, що приймають електронні петиції на платформі.',
  authoritiesEmpty: 'Органів влади ще не додано.',
  contacts: 'Контакти',
  contactEmail: 'Електронна пошта',
  contactPhone: 'Телефон',
  contactWebsite: 'Вебсайт',
  contactAddress: 'Адреса',
  parentAuthority: 'Вищий орган',
  noContacts: 'Контакти не вказано.',
  authorityPetitions: 'Петиції до цього органу',
  authorityNoPetitions: 'До цього органу ще немає оприлюднених петицій.',
  startPetitionHere: 'Створити петицію до цього органу',

  notFoundTitle: 'Сторінку не знайдено',
  notFoundText: 'Можливо, адресу введено з помилкою або сторінку перенесено.',
  redirectTitle: 'Перехід на українську версію сайту',
};

export type Ui = Record<keyof typeof ukUi, string>;

const enUi: Ui = {
  siteName: 'VzayemoDiia',
  siteTagline: 'E-democracy platform',
  skipLink: 'Skip to main content',
  navLabel: 'Main navigation',
  navHome: 'Home',
  navPetitions: 'Petitions',
  navNewPetition: 'Start a petition',
  navAuthorities: 'Authorities',
  languageLabel: 'Site language',
  accountLabel: 'Account',
  login: 'Sign in',
  footerAbout: 'VzayemoDiia is an open platform where citizens, civil society and public authorities work together.',
  footerTime: 'Dates and times are given in Kyiv time.',
  footerApi: 'Open API (OpenAPI)',

  homeTitle: 'Have your say in public decisions',
  homeIntro:
    'Start e-petitions, sign them and follow how the authorities answer — in the open and within the time limits set by law.',
  homeStatsTitle: 'The platform in figures',
  homeNearTitle: 'Close to the threshold',
  homeNearEmpty: 'No petition is close to its threshold right now.',
  homeAllPetitions: 'All petitions',
  homeAuthorities: 'Authorities on the platform',
  homeHowTitle: 'How it works',
  homeHow1: 'You address a petition to an authority; a moderator checks it within 2 working days.',
  homeHow2: 'Once published, the petition collects signatures (usually for 90 days).',
  homeHow3: 'When it reaches the threshold, the authority considers it and publishes its answer.',

  petitionsTitle: 'E-petitions',
  petitionsIntro: 'Petitions to public authorities: collecting signatures, under consideration or already answered.',
  petitionsEmpty: 'There are no petitions yet.',
  filterTitle: 'Search and filters',
  filterQuery: 'Search by title',
  filterAuthority: 'Authority',
  filterStatus: 'Status',
  filterAny: 'All',
  filterSubmit: 'Show',
  filterReset: 'Clear filters',
  filterNoScript:
    "Filters need JavaScript. Without it all petitions are listed; an authority's petitions are also on its own page.",
  paginationLabel: 'Petition list pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',

  authority: 'Authority',
  author: 'Author',
  status: 'Status',
  petitionText: 'Text of the petition',
  progressTitle: 'Signatures',
  collectionEnds: 'Collecting signatures until',
  keyDates: 'Key dates',
  dateSubmitted: 'Submitted',
  dateModerationDue: 'Moderation due',
  dateCollectionStarts: 'Collection started',
  dateCollectionEnds: 'Collection ends',
  dateThresholdReached: 'Threshold reached',
  dateAnswerDue: 'Answer due',
  dateAnswered: 'Answered',
  timelineTitle: 'Timeline',
  signTitle: 'Sign the petition',
  signButton: 'Sign the petition',
  signHint:
    'Anyone signed in with a confirmed email address can sign. One signature per person; a signature cannot be withdrawn.',
  collectionClosed: 'Signature collection for this petition has ended.',
  notSupportedText: 'The collection period is over and the petition did not reach its threshold.',
  answerTitle: "The authority's answer",
  answerOnTime: 'Answered on time',
  answerLate: 'Answered late',
  answerOverdue: 'Answer overdue',
  answerPending: 'No answer yet.',
  rejectionTitle: 'The petition was rejected at moderation',
  rejectionReason: 'Reason',
  rejectionNote: "Moderator's note",
  withheldTitle: 'A petition rejected for its content',
  withheldText: "The text of this petition and its author's name are not published: the law forbids spreading such statements.",
  duplicateOriginal: 'The original petition',
  resubmitTitle: 'Are you the author? Correct the petition and submit it again',
  resubmitIntro: 'The corrected petition returns to moderation under the same number; the reason it was rejected stays in its history. Only its author can submit it.',
  resubmitButton: 'Submit again',
  backToList: 'Back to the petitions',

  newTitle: 'Start a petition',
  newIntro:
    'A moderator checks the petition within 2 working days. Once published it collects signatures; the text cannot be changed after publication.',
  newLoginNeeded: 'To submit a petition, sign in with an account whose email address is confirmed.',
  fieldAuthority: 'Authority you are addressing',
  fieldAuthorityChoose: 'Choose an authority',
  fieldTitle: 'Title of the petition',
  fieldTitleHint: '10 to 200 characters: what the petition is about, in short.',
  fieldText: 'Text of the petition',
  fieldTextHint: '50 to 10,000 characters. Describe the problem and state a clear request.',
  authorNote: 'The petition is published under the name of your verified identity (Diia, BankID); without verification, as “A citizen”.',
  authorVerified: 'identity verified',
  authorUnverified: 'A citizen (identity not verified)',
  submitPetition: 'Submit for moderation',

  loginTitle: 'Sign in',
  loginIntro: 'Sign in to sign petitions and start your own.',
  signedInDone: 'You are signed in.',
  registeredDone: 'Almost done! We have sent you an email. Follow the link in it to confirm your address.',
  fieldIdentifier: 'Email address or user name',
  fieldPassword: 'Password',
  loginButton: 'Sign in',
  noAccount: 'No account yet?',
  registerLink: 'Create an account',
  forgotLink: 'Forgot your password?',
  registerTitle: 'Create an account',
  registerIntro: 'After you register we will send an email to confirm your address.',
  fieldUsername: 'User name',
  fieldUsernameHint: '3 to 50 characters. Not shown on petitions.',
  fieldEmail: 'Email address',
  fieldNewPassword: 'Password',
  fieldNewPasswordHint: 'At least 12 characters. A few unrelated words work best; common passwords are refused.',
  fieldPasswordConfirm: 'Repeat the password',
  registerButton: 'Create an account',
  haveAccount: 'Already have an account?',
  confirmedTitle: 'Email address confirmed',
  confirmedText: 'Thank you! Your email address is confirmed. You can now sign in, sign and start petitions.',
  forgotTitle: 'Reset your password',
  forgotIntro: 'Enter the address you registered with. We will send a link to set a new password.',
  forgotButton: 'Send the link',
  resetTitle: 'Set a new password',
  resetIntro: 'Choose a new password for your account.',
  fieldCode: 'Code from the email',
  fieldCodeHint: 'Filled in for you when you follow the link in the email.',
  resetButton: 'Save the password',
  requestNewLink: 'Send a new link',

  authoritiesTitle: 'Authorities',
  authoritiesIntro: 'Public authorities and communities that accept e-petitions on the platform.',
  authoritiesEmpty: 'No authority has been added yet.',
  contacts: 'Contacts',
  contactEmail: 'Email',
  contactPhone: 'Phone',
  contactWebsite: 'Website',
  contactAddress: 'Address',
  parentAuthority: 'Parent authority',
  noContacts: 'No contacts given.',
  authorityPetitions: 'Petitions to this authority',
  authorityNoPetitions: 'No petition to this authority has been published yet.',
  startPetitionHere: 'Start a petition to this authority',

  notFoundTitle: 'Page not found',
  notFoundText: 'The address may be mistyped, or the page has moved.',
  redirectTitle: 'Going to the Ukrainian version of the site',
};

export const ui: Record<Lang, Ui> = { uk: ukUi, en: enUi };

/** Messages the browser scripts show (forms, signing, session, filters). */
export const clientUi = {
  uk: {
    sending: 'Надсилаємо…',
    networkError: "Не вдалося зв'язатися із сервером. Перевірте з'єднання та спробуйте ще раз.",
    genericError: 'Сталася помилка. Спробуйте ще раз трохи пізніше.',
    tooManyRequests: 'Забагато спроб. Зачекайте хвилину й спробуйте знову.',
    fixErrors: 'Форму не надіслано: виправте позначені поля.',
    required: 'Заповніть це поле.',
    choose: 'Оберіть значення зі списку.',
    tooShort: 'Щонайменше {n} символів.',
    tooLong: 'Не більше {n} символів.',
    badEmail: 'Введіть адресу електронної пошти, наприклад name@example.com.',
    passwordsDiffer: 'Паролі не збігаються.',
    signedIn: 'Ви увійшли як',
    logout: 'Вийти',
    loggedOut: 'Ви вийшли з облікового запису.',
    login: 'Увійти',
    signThanks: 'Дякуємо! Ваш підпис враховано.',
    signedAlready: 'Ви підписали цю петицію {date}.',
    alreadySigned: 'Ви вже підписали цю петицію.',
    signLoginNeeded: 'Щоб підписати петицію, увійдіть до облікового запису.',
    signUnconfirmed: 'Підтвердіть адресу електронної пошти за посиланням з листа, щоб підписувати петиції.',
    collectionClosed: 'Збір підписів під цією петицією завершено.',
    loginWrong: 'Невірна адреса або пароль.',
    loginUnconfirmed: 'Підтвердіть адресу електронної пошти за посиланням з листа, а потім увійдіть.',
    loginBlocked: 'Обліковий запис заблоковано.',
    loginDone: 'Ви увійшли. Переходимо далі…',
    registerDone: 'Майже готово! Ми надіслали лист на адресу {email}. Перейдіть за посиланням у ньому, щоб підтвердити адресу.',
    forgotSent: 'Якщо цю адресу зареєстровано, ми надіслали на неї лист із посиланням для встановлення нового пароля.',
    resetDone: 'Пароль змінено. Тепер увійдіть з новим паролем.',
    resetBadCode: 'Посилання недійсне або вже використане. Запросіть нове.',
    petitionCreated: 'Петицію надіслано на модерацію. Після перевірки її буде оприлюднено на сайті — зазвичай протягом 2 робочих днів.',
    petitionResubmitted: 'Виправлену петицію знову надіслано на модерацію. Після перевірки її буде оприлюднено на сайті.',
    withheldTitle: 'Петицію відхилено через неприпустимий зміст',
    petitionLoginNeeded: 'Щоб подати петицію, увійдіть до облікового запису.',
    filterNoMatches: 'Жодна петиція не відповідає вибраним фільтрам.',
    filterLoadFailed: 'Не вдалося завантажити дані для пошуку. Показано всі петиції.',
    showMore: 'Показати ще',
    checkField: 'Перевірте значення цього поля.',
    requestNewLink: 'Надіслати нове посилання',
  },
  en: {
    sending: 'Sending…',
    networkError: 'Could not reach the server. Check your connection and try again.',
    genericError: 'Something went wrong. Please try again a little later.',
    tooManyRequests: 'Too many attempts. Wait a minute and try again.',
    fixErrors: 'The form was not sent: please correct the marked fields.',
    required: 'Fill in this field.',
    choose: 'Choose a value from the list.',
    tooShort: 'At least {n} characters.',
    tooLong: 'No more than {n} characters.',
    badEmail: 'Enter an email address, for example name@example.com.',
    passwordsDiffer: 'The passwords do not match.',
    signedIn: 'Signed in as',
    logout: 'Sign out',
    loggedOut: 'You have signed out.',
    login: 'Sign in',
    signThanks: 'Thank you! Your signature has been counted.',
    signedAlready: 'You signed this petition on {date}.',
    alreadySigned: 'You have already signed this petition.',
    signLoginNeeded: 'To sign the petition, please sign in.',
    signUnconfirmed: 'Confirm your email address with the link we sent you to sign petitions.',
    collectionClosed: 'Signature collection for this petition has ended.',
    loginWrong: 'Wrong email or password.',
    loginUnconfirmed: 'Confirm your email address with the link we sent you, then sign in.',
    loginBlocked: 'The account is blocked.',
    loginDone: 'You are signed in. Taking you on…',
    registerDone: 'Almost done! We sent an email to {email}. Follow the link in it to confirm your address.',
    forgotSent: 'If this address is registered, we have sent it an email with a link to set a new password.',
    resetDone: 'Your password has been changed. Sign in with the new password.',
    resetBadCode: 'The link is invalid or has already been used. Request a new one.',
    petitionCreated: 'The petition has been sent for moderation. Once checked it will be published on the site — usually within 2 working days.',
    petitionResubmitted: 'The corrected petition has been sent for moderation again. Once checked it will be published on the site.',
    withheldTitle: 'A petition rejected for its content',
    petitionLoginNeeded: 'To submit a petition, please sign in.',
    filterNoMatches: 'No petition matches the selected filters.',
    filterLoadFailed: 'The search data could not be loaded. All petitions are shown.',
    showMore: 'Show more',
    checkField: 'Please check this field.',
    requestNewLink: 'Send a new link',
  },
} satisfies Record<Lang, Record<string, string>>;

export type ClientUi = (typeof clientUi)['uk'];

export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

/** "46 з 50 підписів" / "46 of 50 signatures" (uk genitive after «з»: 1, 21 → підпису; otherwise підписів). */
export function signaturesOf(signatures: number, threshold: number, lang: Lang): string {
  const s = formatNumber(signatures, lang);
  const t = formatNumber(threshold, lang);
  if (lang === 'uk') return `${s} з ${t} ${pluralOf(threshold, 'uk') === 'one' ? 'підпису' : 'підписів'}`;
  return `${s} of ${t} ${threshold === 1 ? 'signature' : 'signatures'}`;
}

/** "Залишилося 51 день" / "51 days left"; 0 means the collection ends today. */
export function daysLeftText(days: number, lang: Lang): string {
  const n = formatNumber(days, lang);
  if (lang === 'uk') {
    if (days === 0) return 'Останній день збору підписів';
    const form = pluralOf(days, 'uk');
    if (form === 'one') return `Залишився ${n} день`;
    return `Залишилося ${n} ${form === 'few' ? 'дні' : 'днів'}`;
  }
  if (days === 0) return 'Last day of signature collection';
  return `${n} ${days === 1 ? 'day' : 'days'} left`;
}

/** "12 петицій" / "12 petitions" */
export function petitionsCount(count: number, lang: Lang): string {
  const n = formatNumber(count, lang);
  if (lang === 'uk') {
    const form = pluralOf(count, 'uk');
    return `${n} ${form === 'one' ? 'петиція' : form === 'few' ? 'петиції' : 'петицій'}`;
  }
  return `${n} ${count === 1 ? 'petition' : 'petitions'}`;
}

/** "Знайдено 3 петиції" / "3 petitions found" (uk accusative: 1 петицію, 2 петиції, 5 петицій). */
export function petitionsFound(count: number, lang: Lang): string {
  const n = formatNumber(count, lang);
  if (lang === 'uk') {
    const form = pluralOf(count, 'uk');
    return `Знайдено ${n} ${form === 'one' ? 'петицію' : form === 'few' ? 'петиції' : 'петицій'}`;
  }
  return `${n} ${count === 1 ? 'petition' : 'petitions'} found`;
}

export function pageOf(page: number, pageCount: number, lang: Lang): string {
  return lang === 'uk' ? `Сторінка ${page} з ${pageCount}` : `Page ${page} of ${pageCount}`;
}

export function answeredOn(date: string, lang: Lang): string {
  return lang === 'uk' ? `Відповідь надано ${date}` : `Answered on ${date}`;
}

export function answerDueBy(date: string, lang: Lang): string {
  return lang === 'uk' ? `Відповідь має бути надана до ${date}` : `The answer is due by ${date}`;
}

export const authorityName = (a: { nameUk: string; nameEn: string }, lang: Lang): string =>
  lang === 'uk' ? a.nameUk : a.nameEn || a.nameUk;

/** "92% від необхідної кількості" / "92% of the threshold" */
export function percentOfThreshold(percent: number, lang: Lang): string {
  return lang === 'uk' ? `${percent}% від необхідної кількості` : `${percent}% of the threshold`;
}
