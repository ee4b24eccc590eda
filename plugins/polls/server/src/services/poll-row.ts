import type { Authority } from '@vzd/core/server';
import type { Audience, PollState, PollStatus, Question } from '../domain';

export const POLL = 'plugin::polls.poll';

/** A poll as the query engine returns it (camelCase attributes, authority populated). */
export interface PollRecord {
  id: number;
  documentId: string;
  title: string;
  description: string | null;
  status: PollStatus;
  audience: Audience;
  anonymous: boolean;
  liveResults: boolean;
  questions: unknown;
  opensAt: Date | string | null;
  closesAt: Date | string | null;
  openedAt: Date | string | null;
  closedAt: Date | string | null;
  closedBy: 'schedule' | 'official' | null;
  createdAt: Date | string;
  authority: Authority;
}

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export function stateOf(r: Pick<PollRecord, 'status' | 'opensAt' | 'closesAt' | 'openedAt' | 'closedAt' | 'closedBy'>): PollState {
  return {
    status: r.status,
    opensAt: date(r.opensAt),
    closesAt: date(r.closesAt),
    openedAt: date(r.openedAt),
    closedAt: date(r.closedAt),
    closedBy: r.closedBy ?? null,
  };
}

/** The attributes a transition may change, in the shape the query engine writes. */
export function stateAttributes(s: PollState): Record<string, unknown> {
  return { status: s.status, opensAt: s.opensAt, closesAt: s.closesAt, openedAt: s.openedAt, closedAt: s.closedAt, closedBy: s.closedBy };
}

/** Questions are stored as JSON written only by `defineQuestions`; the pg driver may hand jsonb back as text. */
export function questionsOf(r: Pick<PollRecord, 'questions'>): Question[] {
  const raw = typeof r.questions === 'string' ? JSON.parse(r.questions) : r.questions;
  return Array.isArray(raw) ? (raw as Question[]) : [];
}

export const iso = (d: Date | string | null | undefined): string | null => (d == null ? null : new Date(d).toISOString());
