import { ERASED_AUTHOR_NAME } from '@vzd/core/server';
import type { PetitionState } from '../domain';

/** A petition as stored (Strapi's query engine returns camelCase attributes). */
export interface PetitionRecord extends PetitionState {
  id: number;
  documentId: string;
  title: string;
  text: string;
  authorName: string | null;
  authorVerified: boolean | null;
  createdAt: Date | string;
  authority: { id: number; slug: string; nameUk: string; nameEn: string; calendar: unknown; moduleSettings: Record<string, unknown> | null };
  author?: { id: number } | null;
}

/**
 * The author as the public sees them: the verified name, the neutral name left when the author deleted the
 * account, or no name (the site shows "a citizen"). A name stored before names came only from verification was
 * typed by whoever filed, so it is not published.
 */
export function publicAuthor(r: { authorName: string | null; authorVerified: boolean | null }): { authorName: string | null; authorVerified: boolean } {
  const verified = r.authorVerified === true && r.authorName !== null;
  if (verified) return { authorName: r.authorName, authorVerified: true };
  return { authorName: r.authorName === ERASED_AUTHOR_NAME ? ERASED_AUTHOR_NAME : null, authorVerified: false };
}

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export function stateOf(r: Record<string, unknown>): PetitionState {
  return {
    status: r.status as PetitionState['status'],
    threshold: Number(r.threshold),
    submittedAt: date(r.submittedAt),
    moderationDueAt: date(r.moderationDueAt),
    collectionStartsAt: date(r.collectionStartsAt),
    collectionEndsAt: date(r.collectionEndsAt),
    thresholdReachedAt: date(r.thresholdReachedAt),
    answerDueAt: date(r.answerDueAt),
    consideredAt: date(r.consideredAt),
    answeredAt: date(r.answeredAt),
    answer: (r.answer as string | null) ?? null,
    rejectedAt: date(r.rejectedAt),
    rejectionReason: (r.rejectionReason as PetitionState['rejectionReason']) ?? null,
    rejectionNote: (r.rejectionNote as string | null) ?? null,
    duplicateOf: (r.duplicateOf as string | null) ?? null,
    closedAt: date(r.closedAt),
  };
}

/** The attributes a transition may change, in the shape the query engine writes. */
export function stateAttributes(s: PetitionState): Record<string, unknown> {
  return {
    status: s.status,
    threshold: s.threshold,
    submittedAt: s.submittedAt,
    moderationDueAt: s.moderationDueAt,
    collectionStartsAt: s.collectionStartsAt,
    collectionEndsAt: s.collectionEndsAt,
    thresholdReachedAt: s.thresholdReachedAt,
    answerDueAt: s.answerDueAt,
    consideredAt: s.consideredAt,
    answeredAt: s.answeredAt,
    answer: s.answer,
    rejectedAt: s.rejectedAt,
    rejectionReason: s.rejectionReason,
    rejectionNote: s.rejectionNote,
    duplicateOf: s.duplicateOf,
    closedAt: s.closedAt,
  };
}
