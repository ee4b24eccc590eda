import type { ConsultationStatusContract } from '@vzd/consultations/contracts';
import { formatNumber, pluralOf } from './format';
import type { Lang } from './i18n';

/** Words of the e-consultation pages, Ukrainian first (kept apart from lib/i18n.ts so each module owns its own). */

export type ConsultationStatus = ConsultationStatusContract;
export type Disposition = 'accepted' | 'partly_accepted' | 'rejected';

export const consultationStatusLabels: Record<Lang, Record<ConsultationStatus, string>> = {
  uk: { draft: 'Чернетка', open: 'Триває обговорення', closed: 'Обговорення завершено', report_published: 'Звіт оприлюднено' },
  en: { draft: 'Draft', open: 'Open for comments', closed: 'Closed', report_published: 'Report published' },
};

export const consultationTimelineLabels: Record<Lang, Record<ConsultationStatus, string>> = {
  uk: { draft: 'Підготовлено проєкт', open: 'Розпочато обговорення', closed: 'Обговорення завершено', report_published: 'Оприлюднено звіт' },
  en: { draft: 'Draft prepared', open: 'Consultation opened', closed: 'Consultation closed', report_published: 'Report published' },
};

export const dispositionLabels: Record<Lang, Record<Disposition, string>> = {
  uk: { accepted: 'Враховано', partly_accepted: 'Враховано частково', rejected: 'Не враховано' },
  en: { accepted: 'Accepted', partly_accepted: 'Partly accepted', rejected: 'Not accepted' },
};

const uk = {
  nav: 'Консультації',
  title: 'Електронні консультації',
  intro: 'Обговорення проєктів рішень органів влади: коментуйте положення проєкту, відповідайте на запитання і стежте, які пропозиції враховано.',
  empty: 'Консультацій у цьому стані немає.',
  groupOpen: 'Тривають',
  groupClosed: 'Завершені, звіт готується',
  groupReport: 'Зі звітом',
  authority: 'Орган влади',
  status: 'Статус',
  period: 'Період обговорення',
  closesAt: 'Коментарі приймаються до',
  reportDue: 'Строк звіту',
  reportOverdue: 'Строк звіту порушено',
  reportLate: 'Звіт оприлюднено із запізненням',
  targetGroups: 'Для кого',
  comments: 'Коментарі',
  proposals: 'Пропозиції',
  participants: 'Учасники',
  explanatoryNote: 'Пояснювальна записка',
  attachments: 'Документи',
  text: 'Текст проєкту',
  sectionsNav: 'Розділи проєкту',
  section: 'Розділ',
  openSection: 'Коментарі до розділу',
  backToConsultation: 'До консультації',
  backToList: 'До списку консультацій',
  timeline: 'Хронологія',
  noComments: 'До цього розділу ще немає коментарів.',
  replies: 'Відповіді',
  reply: 'Відповісти',
  commentTitle: 'Ваш коментар до розділу',
  commentHint: 'Коментар оприлюднюється одразу від вашого імені. Модератор може приховати образливий або нерелевантний текст.',
  authorNote: 'Коментар буде показано під вашим іменем із підтвердженої особи (Дія, BankID); без підтвердження — без імені.',
  authorUnverified: 'Учасник (особу не підтверджено)',
  fieldBody: 'Коментар або пропозиція',
  fieldBodyHint: 'Від 5 до 5000 символів. Запропонуйте конкретну зміну до тексту.',
  fieldReply: 'Текст відповіді',
  submitComment: 'Надіслати коментар',
  submitReply: 'Надіслати відповідь',
  loginNeeded: 'Щоб коментувати й відповідати на запитання, увійдіть до облікового запису.',
  closedNotice: 'Обговорення завершено: нові коментарі не приймаються.',
  questionnaire: 'Опитувальник',
  questionnaireIntro: 'Одна відповідь від однієї особи; змінити її не можна.',
  submitAnswers: 'Надіслати відповіді',
  requiredMark: "(обов'язково)",
  reportLink: 'Звіт за результатами консультації',
  reportTitle: 'Звіт за результатами консультації',
  reportSummary: 'Підсумок',
  reportTotals: 'Підсумки в цифрах',
  reportPublished: 'Звіт оприлюднено',
  proposalsTitle: 'Пропозиції та їх розгляд',
  filterLabel: 'Показати пропозиції',
  filterAll: 'Усі',
  hiddenByModerator: 'Приховано модератором',
  noDisposition: 'Без рішення',
  dispositionReason: 'Обґрунтування',
  positionPaper: 'Позиційний документ',
  organisation: 'Організація',
  csv: 'Завантажити звіт (CSV)',
  print: 'Версія для друку: скористайтеся друком у браузері.',
  questionnaireResults: 'Результати опитувальника',
  freeTextCounted: 'Відповідей у вільній формі',
  answered: 'Відповіли',
  noReportYet: 'Звіт ще не оприлюднено.',
  totalAccepted: 'Враховано',
  totalPartly: 'Враховано частково',
  totalRejected: 'Не враховано',
  totalHidden: 'Приховано',
  totalReplies: 'Відповідей в обговоренні',
  totalAnswers: 'Відповідей на опитувальник',
};

export type ConsultationUi = Record<keyof typeof uk, string>;

const en: ConsultationUi = {
  nav: 'Consultations',
  title: 'E-consultations',
  intro: 'Public consultations on draft decisions: comment on the provisions, answer the questionnaire and see which proposals were taken on board.',
  empty: 'No consultation in this state.',
  groupOpen: 'Open',
  groupClosed: 'Closed, report in preparation',
  groupReport: 'With a report',
  authority: 'Authority',
  status: 'Status',
  period: 'Consultation period',
  closesAt: 'Comments accepted until',
  reportDue: 'Report due',
  reportOverdue: 'Report overdue',
  reportLate: 'Report published late',
  targetGroups: 'Who it concerns',
  comments: 'Comments',
  proposals: 'Proposals',
  participants: 'Participants',
  explanatoryNote: 'Explanatory note',
  attachments: 'Documents',
  text: 'Text of the draft',
  sectionsNav: 'Sections of the draft',
  section: 'Section',
  openSection: 'Comments on section',
  backToConsultation: 'Back to the consultation',
  backToList: 'Back to the consultations',
  timeline: 'Timeline',
  noComments: 'No comments on this section yet.',
  replies: 'Replies',
  reply: 'Reply',
  commentTitle: 'Your comment on the section',
  commentHint: 'Comments are published at once under your name. A moderator may hide offensive or off-topic text.',
  authorNote: 'The comment is shown under the name of your verified identity (Diia, BankID); without verification, without a name.',
  authorUnverified: 'A participant (identity not verified)',
  fieldBody: 'Comment or proposal',
  fieldBodyHint: '5 to 5,000 characters. Suggest a concrete change to the text.',
  fieldReply: 'Your reply',
  submitComment: 'Send the comment',
  submitReply: 'Send the reply',
  loginNeeded: 'To comment and answer the questionnaire, please sign in.',
  closedNotice: 'The consultation is closed: no new comments are accepted.',
  questionnaire: 'Questionnaire',
  questionnaireIntro: 'One set of answers per person; it cannot be changed.',
  submitAnswers: 'Send the answers',
  requiredMark: '(required)',
  reportLink: 'Consultation report',
  reportTitle: 'Consultation report',
  reportSummary: 'Summary',
  reportTotals: 'In figures',
  reportPublished: 'Report published',
  proposalsTitle: 'Proposals and how they were handled',
  filterLabel: 'Show proposals',
  filterAll: 'All',
  hiddenByModerator: 'Hidden by a moderator',
  noDisposition: 'No decision',
  dispositionReason: 'Reason',
  positionPaper: 'Position paper',
  organisation: 'Organisation',
  csv: 'Download the report (CSV)',
  print: "Printable: use your browser's print command.",
  questionnaireResults: 'Questionnaire results',
  freeTextCounted: 'Free-text answers',
  answered: 'Answered',
  noReportYet: 'The report has not been published yet.',
  totalAccepted: 'Accepted',
  totalPartly: 'Partly accepted',
  totalRejected: 'Not accepted',
  totalHidden: 'Hidden',
  totalReplies: 'Replies in the discussion',
  totalAnswers: 'Questionnaire answers',
};

export const consultationUi: Record<Lang, ConsultationUi> = { uk, en };

/** Messages of the browser scripts (comment, reply, questionnaire). */
export const consultationClientUi = {
  uk: {
    commentThanks: 'Дякуємо! Ваш коментар оприлюднено; він зʼявиться на сторінці після її оновлення.',
    replyThanks: 'Дякуємо! Вашу відповідь оприлюднено.',
    answersThanks: 'Дякуємо! Ваші відповіді враховано.',
    alreadyAnswered: 'Ви вже відповіли на опитувальник.',
    duplicate: 'Ви вже надіслали такий самий текст.',
    loginNeeded: 'Щоб взяти участь, увійдіть до облікового запису.',
    closed: 'Обговорення завершено.',
    filterShown: 'Показано {shown} з {total} пропозицій.',
  },
  en: {
    commentThanks: 'Thank you! Your comment is published; it appears on this page once reloaded.',
    replyThanks: 'Thank you! Your reply is published.',
    answersThanks: 'Thank you! Your answers have been counted.',
    alreadyAnswered: 'You have already answered the questionnaire.',
    duplicate: 'You have already sent this same text.',
    loginNeeded: 'To take part, please sign in.',
    closed: 'The consultation is closed.',
    filterShown: 'Showing {shown} of {total} proposals.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** "5 коментарів" / "5 comments" */
export function commentsCount(n: number, lang: Lang): string {
  const v = formatNumber(n, lang);
  if (lang === 'uk') {
    const form = pluralOf(n, 'uk');
    return `${v} ${form === 'one' ? 'коментар' : form === 'few' ? 'коментарі' : 'коментарів'}`;
  }
  return `${v} ${n === 1 ? 'comment' : 'comments'}`;
}

/** "Залишилося 3 робочі дні" / "3 working days left" */
export function workingDaysLeftText(n: number, lang: Lang): string {
  const v = formatNumber(n, lang);
  if (lang === 'uk') {
    const form = pluralOf(n, 'uk');
    if (form === 'one') return `Залишився ${v} робочий день`;
    return `Залишилося ${v} ${form === 'few' ? 'робочі дні' : 'робочих днів'}`;
  }
  return `${v} working ${n === 1 ? 'day' : 'days'} left`;
}

/** Labels of the figures the module reports to the core (`stats`), for the home page. */
export const consultationStatLabels: Record<Lang, Record<string, string>> = {
  uk: { open: 'Тривають обговорення', awaitingReport: 'Очікують звіту', reportsOverdue: 'Звіт прострочено', reportsPublished: 'Звітів оприлюднено', proposals: 'Пропозицій' },
  en: { open: 'Open for comments', awaitingReport: 'Awaiting a report', reportsOverdue: 'Report overdue', reportsPublished: 'Reports published', proposals: 'Proposals' },
};
