import { formatNumber, pluralOf } from './format';
import type { Lang } from './i18n';

/** Words of the e-poll pages, Ukrainian first (kept apart from lib/i18n.ts so each module owns its own). */

export type PollStatus = 'draft' | 'scheduled' | 'open' | 'closed';

export const pollStatusLabels: Record<Lang, Record<PollStatus, string>> = {
  uk: { draft: 'Чернетка', scheduled: 'Заплановано', open: 'Триває', closed: 'Завершено' },
  en: { draft: 'Draft', scheduled: 'Scheduled', open: 'Open', closed: 'Closed' },
};

export const audienceLabels: Record<Lang, Record<'everyone' | 'residents' | 'csos', string>> = {
  uk: { everyone: 'Усі охочі', residents: 'Мешканці громади', csos: 'Громадські організації' },
  en: { everyone: 'Everyone', residents: 'Residents of the community', csos: 'Civil society organisations' },
};

const uk = {
  nav: 'Опитування',
  title: 'Електронні опитування',
  intro: 'Опитування органів влади: висловіть свою думку, а після завершення перегляньте результати.',
  empty: 'Опитувань у цьому стані немає.',
  groupOpen: 'Тривають',
  groupScheduled: 'Заплановані',
  groupClosed: 'Завершені',
  authority: 'Орган влади',
  status: 'Статус',
  audience: 'Хто може взяти участь',
  opensAt: 'Початок',
  closesAt: 'Завершення',
  responses: 'Відповідей',
  anonymous: 'Анонімне опитування: ваші відповіді не повʼязуються з вашим іменем у результатах.',
  formTitle: 'Ваші відповіді',
  required: "(обов'язково)",
  optional: "(необов'язково)",
  chooseUpTo: 'Оберіть не більше {n}.',
  rankingHint: 'Поставте кожному варіанту місце: 1 — найважливіше. Кожне місце — лише один раз.',
  place: 'Місце',
  choosePlace: '—',
  scaleHint: 'Від 1 до 5.',
  textHint: 'До 2000 символів.',
  submit: 'Надіслати відповіді',
  changeHint: 'Відповідь можна змінити, доки опитування триває: надішліть форму ще раз.',
  loginNeeded: 'Щоб відповісти, увійдіть до облікового запису.',
  notOpen: 'Опитування ще не розпочалося.',
  closedNotice: 'Опитування завершено, відповіді більше не приймаються.',
  resultsLink: 'Результати опитування',
  resultsTitle: 'Результати',
  resultsAfterClose: 'Результати буде оприлюднено після завершення опитування.',
  resultsLive: 'Попередні результати: опитування ще триває, цифри змінюватимуться.',
  resultsFinal: 'Остаточні результати.',
  respondents: 'Відповіли на запитання',
  option: 'Варіант',
  count: 'Кількість',
  percent: 'Частка',
  points: 'Бали (метод Борда)',
  averageRank: 'Середнє місце',
  firstPlaces: 'Перших місць',
  mean: 'Середня оцінка',
  value: 'Оцінка',
  publishedTexts: 'Оприлюднені відповіді',
  noPublishedTexts: 'Оприлюднених відповідей немає.',
  csv: 'Завантажити результати (CSV)',
  backToPoll: 'До опитування',
  backToList: 'До списку опитувань',
  chartOf: 'Діаграма: {q}',
};

export type PollUi = Record<keyof typeof uk, string>;

const en: PollUi = {
  nav: 'Polls',
  title: 'E-polls',
  intro: "Authorities' polls: give your opinion and see the results once the poll closes.",
  empty: 'No poll in this state.',
  groupOpen: 'Open',
  groupScheduled: 'Scheduled',
  groupClosed: 'Closed',
  authority: 'Authority',
  status: 'Status',
  audience: 'Who can take part',
  opensAt: 'Opens',
  closesAt: 'Closes',
  responses: 'Responses',
  anonymous: 'Anonymous poll: your answers are not linked to your name in the results.',
  formTitle: 'Your answers',
  required: '(required)',
  optional: '(optional)',
  chooseUpTo: 'Choose up to {n}.',
  rankingHint: 'Give every option a place: 1 is the most important. Each place only once.',
  place: 'Place',
  choosePlace: '—',
  scaleHint: 'From 1 to 5.',
  textHint: 'Up to 2,000 characters.',
  submit: 'Send the answers',
  changeHint: 'You can change your answers while the poll is open: send the form again.',
  loginNeeded: 'To answer, please sign in.',
  notOpen: 'The poll has not opened yet.',
  closedNotice: 'The poll is closed; answers are no longer accepted.',
  resultsLink: 'Poll results',
  resultsTitle: 'Results',
  resultsAfterClose: 'Results will be published after the poll closes.',
  resultsLive: 'Interim results: the poll is still open and the figures will change.',
  resultsFinal: 'Final results.',
  respondents: 'Answered the question',
  option: 'Option',
  count: 'Count',
  percent: 'Share',
  points: 'Points (Borda count)',
  averageRank: 'Average place',
  firstPlaces: 'First places',
  mean: 'Average rating',
  value: 'Rating',
  publishedTexts: 'Published answers',
  noPublishedTexts: 'No published answers.',
  csv: 'Download the results (CSV)',
  backToPoll: 'Back to the poll',
  backToList: 'Back to the polls',
  chartOf: 'Chart: {q}',
};

export const pollUi: Record<Lang, PollUi> = { uk, en };

export const pollClientUi = {
  uk: {
    saved: 'Дякуємо! Вашу відповідь збережено.',
    changed: 'Вашу відповідь змінено.',
    unchanged: 'Ви надіслали ті самі відповіді — нічого не змінилося.',
    respondedOn: 'Ви відповіли {date}. Можна змінити відповідь, доки опитування триває.',
    receipt: 'Квитанція',
    closed: 'Опитування завершено, відповіді більше не приймаються.',
    residence: 'Це опитування лише для мешканців громади, підтверджених через електронну ідентифікацію.',
    cso: 'Це опитування лише для громадських організацій.',
    notOpen: 'Опитування ще не розпочалося.',
    loginNeeded: 'Щоб відповісти, увійдіть до облікового запису.',
    tooMany: 'Оберіть не більше {n}.',
    rankingIncomplete: 'Поставте кожному варіанту окреме місце.',
    chooseOne: 'Оберіть варіант.',
  },
  en: {
    saved: 'Thank you! Your response has been saved.',
    changed: 'Your response has been changed.',
    unchanged: 'You sent the same answers — nothing changed.',
    respondedOn: 'You answered on {date}. You can change your answers while the poll is open.',
    receipt: 'Receipt',
    closed: 'The poll is closed; answers are no longer accepted.',
    residence: 'This poll is for residents of the community verified by electronic identification.',
    cso: 'This poll is for civil society organisations only.',
    notOpen: 'The poll has not opened yet.',
    loginNeeded: 'To answer, please sign in.',
    tooMany: 'Choose up to {n}.',
    rankingIncomplete: 'Give every option a different place.',
    chooseOne: 'Choose an option.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** "12 відповідей" / "12 responses" */
export function responsesCount(n: number, lang: Lang): string {
  const v = formatNumber(n, lang);
  if (lang === 'uk') {
    const form = pluralOf(n, 'uk');
    return `${v} ${form === 'one' ? 'відповідь' : form === 'few' ? 'відповіді' : 'відповідей'}`;
  }
  return `${v} ${n === 1 ? 'response' : 'responses'}`;
}

/** "42,5 %" / "42.5%" with at most one decimal. */
export function percentText(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  return lang === 'uk' ? `${formatNumber(rounded, lang)} %` : `${formatNumber(rounded, lang)}%`;
}

/** Labels of the figures the module reports to the core (`stats`), for the home page. */
export const pollStatLabels: Record<Lang, Record<string, string>> = {
  uk: { open: 'Тривають', scheduled: 'Заплановані', closed: 'Завершені', responses: 'Відповідей загалом' },
  en: { open: 'Open', scheduled: 'Scheduled', closed: 'Closed', responses: 'Responses in total' },
};
