import type { PetitionState } from './state-machine';
import { isSigningStatus } from './statuses';

/** What the public page shows next to a petition (art. 23-1: count, progress to threshold, time left, answer). */
export interface PetitionProgress {
  signatures: number;
  threshold: number;
  /** 0..100, rounded down so the bar never shows 100 % before the threshold is actually met. */
  percent: number;
  remaining: number;
  /** Whole calendar days until collectionEndsAt (rounded up; 0 once past); null when signing is not open. */
  daysLeft: number | null;
  /** null until answered or overdue; true when answered no later than answerDueAt. */
  answerOnTime: boolean | null;
  /** Not answered and the answer deadline has passed. */
  answerOverdue: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Progress of a petition for display. `signatures` comes from the signature store, not from the state, because
 * the count keeps moving while the state does not. Before publication the threshold is 0 and progress is empty.
 */
export function progressOf(state: PetitionState, signatures: number, now: Date): PetitionProgress {
  const count = Number.isFinite(signatures) ? Math.max(0, Math.floor(signatures)) : 0;
  const threshold = state.threshold;
  const percent = threshold > 0 ? Math.min(100, Math.floor((count * 100) / threshold)) : 0;

  // "Time left" stays meaningful after the threshold is reached, since signing continues until the window ends.
  const daysLeft =
    isSigningStatus(state.status) && state.collectionEndsAt !== null
      ? Math.max(0, Math.ceil((state.collectionEndsAt.getTime() - now.getTime()) / DAY_MS))
      : null;

  const { answerDueAt, answeredAt } = state;
  const answerOverdue = answerDueAt !== null && answeredAt === null && now.getTime() > answerDueAt.getTime();
  let answerOnTime: boolean | null = null;
  if (answerDueAt !== null && answeredAt !== null) answerOnTime = answeredAt.getTime() <= answerDueAt.getTime();
  else if (answerOverdue) answerOnTime = false;

  return {
    signatures: count,
    threshold,
    percent,
    remaining: Math.max(0, threshold - count),
    daysLeft,
    answerOnTime,
    answerOverdue,
  };
}

/**
 * The collecting petitions closest to their threshold, most advanced first (the home page's list). "Close" means
 * some support already: a petition at 0 % is not near anything, however few petitions are collecting.
 */
export function nearestToThreshold<T extends { percent: number; signatures: number }>(petitions: T[], limit: number): T[] {
  return petitions
    .filter((p) => p.signatures > 0)
    .sort((a, b) => b.percent - a.percent || b.signatures - a.signatures)
    .slice(0, limit);
}
