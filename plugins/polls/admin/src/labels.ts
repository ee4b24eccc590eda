import { AUDIENCE_LABELS, STATUS_LABELS, type Audience, type PollStatus } from '../../server/src/domain/statuses';
import { QUESTION_TYPE_LABELS, type QuestionType } from '../../server/src/domain/questions';

/** Every label in the panel reads Ukrainian first, then English — the same wording the domain uses. */
export const bi = (m: { uk: string; en: string }) => `${m.uk} / ${m.en}`;

export const statusLabel = (status: PollStatus) => bi(STATUS_LABELS[status]);
export const audienceLabel = (audience: Audience) => bi(AUDIENCE_LABELS[audience]);
export const questionTypeLabel = (type: QuestionType) => bi(QUESTION_TYPE_LABELS[type]);

export type { Audience, PollStatus, QuestionType };

export const T = {
  pageTitle: 'Опитування / Polls',
  pageSubtitle: 'Електронні опитування органів, до яких вас призначено / E-polls of the authorities you are assigned to',
  tabsLabel: 'Розділи опитувань / Poll lists',
  activeTab: 'Тривають і заплановані / Open and scheduled',
  draftTab: 'Чернетки / Drafts',
  closedTab: 'Завершені / Closed',
  loading: 'Завантаження… / Loading…',
  loadFailed: 'Не вдалося завантажити дані / Could not load the data',
  retry: 'Спробувати ще раз / Try again',
  refresh: 'Оновити / Refresh',
  close: 'Закрити / Close',
  cancel: 'Скасувати / Cancel',
  back: 'До списку опитувань / Back to the polls',
  emptyActive: 'Немає відкритих чи запланованих опитувань / No open or scheduled polls',
  emptyDraft: 'Немає чернеток / No drafts',
  emptyClosed: 'Немає завершених опитувань / No closed polls',
  authority: 'Орган / Authority',
  audience: 'Хто відповідає / Audience',
  opensAt: 'Початок / Opens',
  openedAt: 'Відкрито / Opened',
  closesAt: 'Завершення / Closes',
  closedAt: 'Завершено / Closed',
  closedEarly: 'Завершено достроково / Closed early',
  responses: 'Відповіді / Responses',
  questions: 'Питання / Questions',
  notSet: 'Не визначено / Not set',
  liveResults: 'Результати видно під час опитування / Live results',
  anonymous: 'Анонімне / Anonymous',
  named: 'Не анонімне / Not anonymous',
  open: 'Відкрити зараз / Open now',
  openTitle: 'Відкрити опитування зараз? / Open the poll now?',
  openBody: 'Опитування стане доступним для відповідей негайно. / The poll starts taking answers at once.',
  opened: 'Опитування відкрито / The poll is open',
  closePoll: 'Завершити / Close',
  closeTitle: 'Завершити опитування? / Close the poll?',
  closeBody:
    'Відповіді більше не прийматимуться, результати буде оприлюднено. Скасувати це неможливо. / ' +
    'No more answers will be accepted and the results will be published. This cannot be undone.',
  closed: 'Опитування завершено / The poll is closed',
  moderate: 'Модерація відповідей / Moderate answers',
  pending: (n: number) => `${n} на модерації / ${n} pending`,
  results: 'Результати / Results',
  moderationTitle: 'Модерація відповідей / Moderation of free-text answers',
  moderationHint:
    'Відповіді оприлюднюються лише після схвалення; відхилені враховуються в кількості, але не показуються. / ' +
    'Answers are published only once approved; rejected ones are counted but never shown.',
  statePending: 'На модерації / Pending',
  stateApproved: 'Схвалені / Approved',
  stateRejected: 'Відхилені / Rejected',
  emptyTexts: 'Немає відповідей у цьому розділі / No answers here',
  approve: 'Схвалити / Approve',
  reject: 'Відхилити / Reject',
  approved: 'Відповідь оприлюднено / The answer is published',
  rejected: 'Відповідь відхилено / The answer is rejected',
  answeredAt: 'Надіслано / Sent',
  resultsTitle: 'Результати опитування / Poll results',
  notFinal: 'Попередні результати: опитування ще триває / Preliminary: the poll is still open',
  final: 'Остаточні результати / Final results',
  respondents: (n: number) => `Відповіли: ${n} / Answered: ${n}`,
  option: 'Варіант / Option',
  count: 'Кількість / Count',
  percent: '%',
  points: 'Бали Борда / Borda points',
  averageRank: 'Середнє місце / Average rank',
  place: 'Місце / Place',
  mean: (value: number | null) => `Середня оцінка: ${value ?? '—'} / Mean rating: ${value ?? '—'}`,
  rating: 'Оцінка / Rating',
  publishedTexts: (n: number) => `Оприлюднено відповідей: ${n} / Published answers: ${n}`,
  downloadCsv: 'Завантажити CSV / Download CSV',
} as const;
