import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import type { Translate } from './i18n';
import type { Audience, PollStatus, QuestionType } from './labels';

export type PollFilter = 'active' | 'draft' | 'closed' | 'all';
export type TextState = 'pending' | 'approved' | 'rejected';

export interface OfficialPoll {
  documentId: string;
  title: string;
  description: string;
  status: PollStatus;
  audience: Audience;
  anonymous: boolean;
  liveResults: boolean;
  authority: { slug: string; nameUk: string; nameEn: string };
  opensAt: string | null;
  closesAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  closedBy: 'schedule' | 'official' | null;
  questionCount: number;
  questions: { id: string; type: QuestionType; text: string }[];
  responses: number;
  pendingTexts: number;
}

export interface TextAnswer {
  id: number;
  questionId: string;
  questionText: string;
  text: string;
  state: TextState;
  answeredAt: string;
  moderatedAt: string | null;
}

interface OptionCount { id: string; label: string; count: number; percent: number }
interface RankedOption { id: string; label: string; points: number; averageRank: number | null; firstPlaces: number; place: number | null }
export type QuestionResult =
  | { id: string; type: 'single' | 'multiple'; text: string; respondents: number; options: OptionCount[] }
  | { id: string; type: 'ranking'; text: string; respondents: number; options: RankedOption[] }
  | {
      id: string;
      type: 'scale';
      text: string;
      respondents: number;
      mean: number | null;
      minLabel: string | null;
      maxLabel: string | null;
      distribution: { value: number; count: number; percent: number }[];
    }
  | { id: string; type: 'text'; text: string; respondents: number; published: { id: number; text: string }[] };

export interface PollResults {
  documentId: string;
  title: string;
  status: PollStatus;
  final: boolean;
  responses: number;
  questions: QuestionResult[];
}

export interface TransitionResult {
  documentId: string;
  from: PollStatus;
  status: PollStatus;
}

const BASE = '/polls/polls';
const at = (documentId: string, rest: string) => `${BASE}/${encodeURIComponent(documentId)}${rest}`;

/** The officials' endpoints; the admin JWT is attached by Strapi's fetch client. */
export function usePollsApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (filter: PollFilter) => (await get<{ data: OfficialPoll[] }>(BASE, { params: { filter } })).data.data,
      open: async (documentId: string) => (await post<{ data: TransitionResult }>(at(documentId, '/open'), {})).data.data,
      close: async (documentId: string) => (await post<{ data: TransitionResult }>(at(documentId, '/close'), {})).data.data,
      texts: async (documentId: string, state: TextState) =>
        (await get<{ data: TextAnswer[] }>(at(documentId, '/texts'), { params: { state } })).data.data,
      moderate: async (documentId: string, answerId: number, decision: 'approved' | 'rejected') =>
        (await post<{ data: { id: number; state: TextState } }>(at(documentId, `/texts/${answerId}`), { decision })).data.data,
      results: async (documentId: string) => (await get<{ data: PollResults }>(at(documentId, '/results'))).data.data,
    }),
    [get, post],
  );
}

/** The server's message with any field messages (in the admin's language), for one notification line. */
export function describeError(error: unknown, t: Translate): { message: string; status?: number } {
  const fallback = t('requestFailed');
  if (!isFetchError(error)) return { message: error instanceof Error && error.message ? error.message : fallback };
  const body = error.response?.data?.error as
    | { message?: string; details?: { errors?: { message?: string; messageEn?: string }[] } }
    | undefined;
  const fields = (body?.details?.errors ?? []).flatMap((e) =>
    e.message ? [t.pick({ uk: e.message, en: e.messageEn || e.message })] : e.messageEn ? [e.messageEn] : [],
  );
  return { message: [body?.message || error.message || fallback, ...fields].join(' — '), status: error.status };
}
