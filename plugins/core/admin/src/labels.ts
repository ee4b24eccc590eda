import type { OutboxStatus } from './api';

/** Every label reads Ukrainian first, then English. */
export const T = {
  menu: 'Сповіщення / Notifications',
  pageTitle: 'Черга листів / Mail outbox',
  pageSubtitle:
    'Листи платформи: недоставлені (dead) потребують уваги людини / The platform’s mail: dead letters need a person’s attention',
  tabsLabel: 'Стан листів / Message status',
  refresh: 'Оновити / Refresh',
  sendNow: 'Надіслати зараз / Send now',
  retry: 'Повторити / Retry',
  retried: 'Лист повернуто в чергу / The message is back in the queue',
  sent: 'Черга обробляється / The queue is being delivered',
  loading: 'Завантаження… / Loading…',
  loadFailed: 'Не вдалося завантажити чергу / Could not load the outbox',
  actionFailed: 'Дія не вдалася / The action failed',
  close: 'Закрити / Close',
  empty: 'Немає листів у цьому стані / No messages in this state',
  id: '№',
  createdAt: 'Створено / Queued',
  to: 'Кому / To',
  subject: 'Тема / Subject',
  category: 'Вид / Kind',
  attempts: 'Спроби / Attempts',
  lastError: 'Остання помилка / Last error',
  next: 'Наступна спроба / Next attempt',
  actions: 'Дії / Actions',
  deadHint:
    'Недоставлений лист більше не надсилається сам: повторіть його, коли причину усунуто. Лист, перерваний під час відправлення, міг дійти — перевірте, перш ніж повторювати. / A dead message is not sent again by itself: retry it once the cause is fixed. A message interrupted mid-send may have arrived — check before retrying.',
};

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  dead: 'Недоставлені / Dead',
  failed: 'Повторюються / Retrying',
  pending: 'Чекають / Pending',
  sending: 'Надсилаються / Sending',
  sent: 'Надіслані / Sent',
  skipped: 'Пропущені / Skipped',
};

export const STATUS_ORDER: OutboxStatus[] = ['dead', 'failed', 'pending', 'sending', 'sent', 'skipped'];

const dateTime = new Intl.DateTimeFormat('uk-UA', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Kyiv' });
export const formatTime = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : '—');
