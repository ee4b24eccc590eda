import type { Bilingual } from './bilingual';

/**
 * A poll is prepared as a draft, announced for a start time (scheduled) or opened at once, and closed either when
 * its closing time comes or by an official. Nothing leaves "closed": its results are the public record.
 */
export const POLL_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

/** Statuses the public sees; a draft stays with the officials of its authority. */
export const PUBLIC_STATUSES = ['scheduled', 'open', 'closed'] as const satisfies readonly PollStatus[];

export const STATUS_LABELS: Record<PollStatus, Bilingual> = {
  draft: { uk: 'Чернетка', en: 'Draft' },
  scheduled: { uk: 'Заплановане', en: 'Scheduled' },
  open: { uk: 'Триває', en: 'Open' },
  closed: { uk: 'Завершене', en: 'Closed' },
};

/** Who may answer: anybody with an account, residents of the authority's community, or registered CSOs. */
export const AUDIENCES = ['everyone', 'residents', 'csos'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, Bilingual> = {
  everyone: { uk: 'Усі охочі', en: 'Everyone' },
  residents: { uk: 'Мешканці громади', en: 'Residents of the community' },
  csos: { uk: 'Зареєстровані інститути громадянського суспільства', en: 'Registered civil-society organisations' },
};

export function isPollStatus(value: unknown): value is PollStatus {
  return typeof value === 'string' && (POLL_STATUSES as readonly string[]).includes(value);
}

export function isPublicStatus(value: unknown): value is (typeof PUBLIC_STATUSES)[number] {
  return typeof value === 'string' && (PUBLIC_STATUSES as readonly string[]).includes(value);
}
