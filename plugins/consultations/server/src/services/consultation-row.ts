import type { Authority } from '@vzd/core/server';
import type { Attachment } from '../../../shared/contracts';
import type { ConsultationState } from '../domain';

/** A consultation as the query engine returns it (camelCase attributes), with its authority. */
export interface ConsultationRecord extends ConsultationState {
  id: number;
  documentId: string;
  title: string;
  summary: string;
  explanatoryNote: string;
  targetGroups: unknown;
  areas: unknown;
  questionnaire: unknown;
  createdAt: Date | string;
  authority: Authority;
  attachments?: { id: number; name: string; url: string; mime: string; size: number | string | null }[] | null;
}

export const CONSULTATION = 'plugin::consultations.consultation';

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export const iso = (d: Date | string | null | undefined): string | null => (d == null ? null : new Date(d).toISOString());

export const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function stateOf(row: object): ConsultationState {
  const r = row as Record<string, unknown>;
  return {
    status: r.status as ConsultationState['status'],
    periodWorkingDays: Number(r.periodWorkingDays),
    opensAt: date(r.opensAt),
    closesAt: date(r.closesAt),
    closedAt: date(r.closedAt),
    reportDueAt: date(r.reportDueAt),
    reportPublishedAt: date(r.reportPublishedAt),
    reportSummary: (r.reportSummary as string | null) ?? null,
  };
}

/** The attributes a transition may change, in the shape the query engine writes. */
export function stateAttributes(s: ConsultationState): Record<string, unknown> {
  return {
    status: s.status,
    periodWorkingDays: s.periodWorkingDays,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    closedAt: s.closedAt,
    reportDueAt: s.reportDueAt,
    reportPublishedAt: s.reportPublishedAt,
    reportSummary: s.reportSummary,
  };
}

/** Strapi stores a file's size in kilobytes (a decimal). */
export function attachmentOf(file: { id: number; name: string; url: string; mime: string; size: number | string | null }): Attachment {
  return {
    id: file.id,
    name: file.name,
    url: file.url,
    mime: file.mime,
    sizeBytes: file.size == null ? null : Math.round(Number(file.size) * 1024),
  };
}

export const authorityRef = (a: Pick<Authority, 'slug' | 'nameUk' | 'nameEn'>) => ({ slug: a.slug, nameUk: a.nameUk, nameEn: a.nameEn });
