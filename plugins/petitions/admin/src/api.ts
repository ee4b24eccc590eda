import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import type { Translate } from './i18n';
import type { PetitionStatus, RejectionReason } from './labels';

export type QueueFilter = 'moderation' | 'answer' | 'overdue' | 'all';

export interface OfficialPetition {
  documentId: string;
  title: string;
  status: PetitionStatus;
  authority: { slug: string; nameUk: string; nameEn: string };
  signatures: number;
  threshold: number;
  percent: number;
  daysLeft: number | null;
  collectionEndsAt: string | null;
  createdAt: string;
  text: string;
  /** The verified name, or null for an author whose identity was not verified. */
  authorName: string | null;
  authorVerified: boolean;
  submittedAt: string | null;
  moderationDueAt: string | null;
  answerDueAt: string | null;
  answer: string | null;
}

export interface TransitionResult {
  documentId: string;
  from: PetitionStatus;
  status: PetitionStatus;
}

export interface RejectBody {
  reason: RejectionReason;
  note?: string;
  /** For a duplicate: the published petition it repeats. */
  duplicateOf?: string;
}

const BASE = '/petitions/petitions';
const at = (documentId: string, action: string) => `${BASE}/${encodeURIComponent(documentId)}/${action}`;

/** The officials' endpoints; the admin JWT is attached by Strapi's fetch client. */
export function usePetitionsApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (filter: QueueFilter) =>
        (await get<{ data: OfficialPetition[] }>(BASE, { params: { filter } })).data.data,
      publish: async (documentId: string) =>
        (await post<{ data: TransitionResult }>(at(documentId, 'publish'))).data.data,
      reject: async (documentId: string, body: RejectBody) =>
        (await post<{ data: TransitionResult }, RejectBody>(at(documentId, 'reject'), body)).data.data,
      startConsideration: async (documentId: string) =>
        (await post<{ data: TransitionResult }>(at(documentId, 'consideration'))).data.data,
      answer: async (documentId: string, text: string) =>
        (await post<{ data: TransitionResult }, { text: string }>(at(documentId, 'answer'), { text })).data.data,
    }),
    [get, post],
  );
}

export interface ApiProblem {
  /** The server's message (the server words it in both languages). */
  message: string;
  status?: number;
  /** Field messages keyed by the first path segment ("text", "note", "reason"). */
  fields: Record<string, string>;
}

interface FieldErrorBody {
  path?: Array<string | number> | string;
  message?: string;
  messageEn?: string;
}

/** Field messages come in both languages and are shown in the admin's one. */
export function describeError(error: unknown, t: Translate): ApiProblem {
  const fallback = t('requestFailed');
  if (!isFetchError(error)) {
    return { message: error instanceof Error && error.message ? error.message : fallback, fields: {} };
  }
  const body = error.response?.data?.error as
    | { message?: string; details?: { errors?: FieldErrorBody[] } }
    | undefined;
  const fields: Record<string, string> = {};
  for (const item of body?.details?.errors ?? []) {
    const key = String(Array.isArray(item.path) ? (item.path[0] ?? '') : (item.path ?? ''));
    const text = item.message ? t.pick({ uk: item.message, en: item.messageEn || item.message }) : item.messageEn;
    if (text && !fields[key]) fields[key] = text;
  }
  return { message: body?.message || error.message || fallback, status: error.status, fields };
}

/** One line for a notification: the message and any field messages. */
export const summarize = (problem: ApiProblem) =>
  [problem.message, ...Object.values(problem.fields)].join(' — ');
