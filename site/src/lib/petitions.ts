import type { PetitionDetail, PetitionSummary } from '@vzd/petitions/contracts';
import { ui, type Lang, type PetitionStatus } from './i18n';

/** Petitions per list page (`/uk/petitions/`, `/uk/petitions/page/2/`, …). */
export const PAGE_SIZE = 20;

/** Statuses the public list can be filtered by, in lifecycle order. */
export const publicStatuses: PetitionStatus[] = [
  'collecting',
  'threshold_reached',
  'under_consideration',
  'answered',
  'not_supported',
  'rejected',
];

/** Newest first, as the API lists them; the id breaks ties so every build orders the same way. */
export function newestFirst<T extends Pick<PetitionSummary, 'createdAt' | 'documentId'>>(petitions: T[]): T[] {
  return [...petitions].sort((a, b) =>
    a.createdAt === b.createdAt ? a.documentId.localeCompare(b.documentId) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

export function pageCountOf(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageSlice<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/** Signatures are accepted while collecting, also after the threshold, until the window closes (signing.ts). */
export function isSigningOpen(p: Pick<PetitionSummary, 'status' | 'daysLeft'>): boolean {
  return (p.status === 'collecting' || p.status === 'threshold_reached') && p.daysLeft !== null;
}

export type AnswerTimeliness = 'on-time' | 'late' | 'overdue';

/** The badge next to the answer: every authority's responsiveness is public (DOMAIN.md, deadlines). */
export function answerTimeliness(
  p: Pick<PetitionDetail, 'answer' | 'answeredAt' | 'answerOnTime' | 'answerOverdue'>,
): AnswerTimeliness | null {
  if (p.answeredAt) return p.answerOnTime === false ? 'late' : p.answerOnTime === true ? 'on-time' : null;
  return p.answerOverdue ? 'overdue' : null;
}

/** The progress bar never overflows; the text still shows the real count. */
export const progressValue = (p: Pick<PetitionSummary, 'signatures' | 'threshold'>): number =>
  Math.min(p.signatures, p.threshold);

/** The title to show: a petition rejected as offensive or unlawful has none in public, only a neutral label. */
export function titleOf(p: Pick<PetitionSummary, 'title'>, lang: Lang): string {
  return p.title ?? ui[lang].withheldTitle;
}

/** Shape of `/data/petitions.json`, the index the list page filters in the browser. */
export interface PetitionIndexEntry {
  id: string;
  /** Null for a petition whose content is withheld (rejected as offensive or unlawful). */
  title: string | null;
  status: PetitionStatus;
  authority: { slug: string; nameUk: string; nameEn: string };
  signatures: number;
  threshold: number;
  percent: number;
  daysLeft: number | null;
  collectionEndsAt: string | null;
  createdAt: string;
}

export function toIndexEntry(p: PetitionSummary): PetitionIndexEntry {
  return {
    id: p.documentId,
    title: p.title,
    status: p.status,
    authority: p.authority,
    signatures: p.signatures,
    threshold: p.threshold,
    percent: p.percent,
    daysLeft: p.daysLeft,
    collectionEndsAt: p.collectionEndsAt,
    createdAt: p.createdAt,
  };
}

/** Plain text from the API as paragraphs (blank lines split them; single line breaks stay, via CSS). */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
