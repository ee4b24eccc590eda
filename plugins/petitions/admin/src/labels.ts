import {
  REJECTION_REASONS,
  REJECTION_REASON_LABELS,
  STATUS_LABELS,
  type PetitionStatus,
  type RejectionReason,
} from '../../server/src/domain/statuses';

/** Every label in the panel reads Ukrainian first, then English — the same wording the domain uses. */
export const bi = (m: { uk: string; en: string }) => `${m.uk} / ${m.en}`;

export const statusLabel = (status: PetitionStatus) => bi(STATUS_LABELS[status]);

export const REJECTION_OPTIONS = REJECTION_REASONS.map((reason) => ({
  value: reason,
  label: bi(REJECTION_REASON_LABELS[reason]),
}));

export type { PetitionStatus, RejectionReason };

export const T = {
  pageTitle: 'Петиції / Petitions',
  pageSubtitle:
    'Електронні петиції органів, до яких вас призначено / E-petitions of the authorities you are assigned to',
  tabsLabel: 'Розділи петицій / Petition queues',
  moderationTab: 'Черга модерації / Moderation queue',
  answerTab: 'Очікують відповіді / Awaiting answer',
  overdueTab: 'Прострочені / Overdue',
  loading: 'Завантаження петицій… / Loading petitions…',
  loadFailed: 'Не вдалося завантажити петиції / Could not load the petitions',
  retry: 'Спробувати ще раз / Try again',
  refresh: 'Оновити / Refresh',
  emptyModeration: 'Немає петицій на модерації / No petitions awaiting moderation',
  emptyAnswer: 'Немає петицій, що очікують відповіді / No petitions awaiting an answer',
  emptyOverdue: 'Немає прострочених петицій / No overdue petitions',
  authority: 'Орган / Authority',
  author: 'Автор / Author',
  authorVerified: 'особу підтверджено / identity verified',
  authorUnverified: 'Громадянин, особу не підтверджено / A citizen, identity not verified',
  submittedAt: 'Подано / Submitted',
  createdAt: 'Створено / Created',
  moderationDue: 'Модерація до / Moderate by',
  answerDue: 'Відповідь до / Answer by',
  collectionEnds: 'Збір підписів до / Collecting until',
  signatures: 'Підписи / Signatures',
  overdue: 'Прострочено / Overdue',
  dueToday: 'Спливає сьогодні / Due today',
  notSet: 'Не визначено / Not set',
  petitionText: 'Текст петиції / Petition text',
  existingAnswer: 'Відповідь / Answer',
  cancel: 'Скасувати / Cancel',
  close: 'Закрити / Close',
  confirm: 'Підтвердити / Confirm',
  publish: 'Оприлюднити / Publish',
  publishTitle: 'Оприлюднити петицію? / Publish the petition?',
  publishBody:
    'Петиція стане публічною, і почнеться збір підписів. / The petition becomes public and signature collection starts.',
  published: 'Петицію оприлюднено / The petition is published',
  reject: 'Відхилити / Reject',
  rejectTitle: 'Відхилити петицію / Reject the petition',
  rejectReason: 'Причина відхилення / Reason for rejection',
  rejectReasonPlaceholder: 'Оберіть причину / Choose a reason',
  rejectReasonRequired: 'Оберіть причину відхилення / Choose a reason for rejection',
  rejectNote: 'Примітка для автора / Note to the author',
  rejectNoteHint: 'Обовʼязкова для причини «Інша причина» / Required for “Other reason”',
  rejectNoteRequired: 'Поясніть причину в примітці / Explain the reason in a note',
  rejected: 'Петицію відхилено / The petition is rejected',
  consider: 'Взяти до розгляду / Take into consideration',
  considerTitle: 'Взяти петицію до розгляду? / Take the petition into consideration?',
  considerBody:
    'Статус зміниться на «На розгляді». / The status changes to “Under consideration”.',
  considered: 'Петицію взято до розгляду / The petition is under consideration',
  answer: 'Надати відповідь / Answer',
  answerTitle: 'Відповідь на петицію / Answer to the petition',
  answerLabel: 'Текст відповіді / Answer text',
  answerSubmit: 'Оприлюднити відповідь / Publish the answer',
  answered: 'Відповідь оприлюднено / The answer is published',
  tooLong: (max: number) => `Не більше ${max} символів / At most ${max} characters`,
  tooShort: (min: number) => `Щонайменше ${min} символів / At least ${min} characters`,
  characters: (count: number, max: number) => `${count} / ${max} символів / characters`,
} as const;

const ukPlural = new Intl.PluralRules('uk-UA');
const UK_PETITIONS: Record<string, string> = { one: 'петиція', few: 'петиції', many: 'петицій', other: 'петиції' };

export const petitionCount = (count: number, formatted: string) =>
  `${formatted} ${UK_PETITIONS[ukPlural.select(count)] ?? 'петицій'} / ${formatted} ${count === 1 ? 'petition' : 'petitions'}`;
