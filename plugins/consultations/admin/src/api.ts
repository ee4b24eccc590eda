import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import type {
  OfficialConsultationDetail as ConsultationDetail,
  CreateConsultationRequest,
  OfficialConsultation,
  OfficialContribution,
  ProposalsFilter,
} from '../../shared/contracts';
import type { Translate } from './i18n';
import type { ConsultationStatus, Disposition } from './labels';

export type { ConsultationDetail, OfficialConsultation, OfficialContribution, ProposalsFilter };
export type StatusFilter = 'all' | ConsultationStatus;
export type AuthorityOption = { slug: string; nameUk: string; nameEn: string };
export type NewConsultation = Omit<CreateConsultationRequest, 'attachments' | 'targetGroups' | 'areas'> &
  Partial<Pick<CreateConsultationRequest, 'attachments' | 'targetGroups' | 'areas'>>;
export interface TransitionResult {
  documentId: string;
  from: ConsultationStatus;
  status: ConsultationStatus;
}

const BASE = '/consultations/consultations';
const at = (documentId: string, rest = '') => `${BASE}/${encodeURIComponent(documentId)}${rest}`;

/** The officials' endpoints; the admin JWT is attached by Strapi's fetch client. */
export function useConsultationsApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      authorities: async () => (await get<{ data: AuthorityOption[] }>('/consultations/authorities')).data.data,
      list: async (status: StatusFilter) => (await get<{ data: OfficialConsultation[] }>(BASE, { params: { status } })).data.data,
      detail: async (documentId: string) => (await get<{ data: ConsultationDetail }>(at(documentId))).data.data,
      contributions: async (documentId: string, filter: ProposalsFilter) =>
        (await get<{ data: OfficialContribution[] }>(at(documentId, '/contributions'), { params: { filter } })).data.data,
      create: async (body: NewConsultation) => (await post<{ data: { documentId: string } }>(BASE, body)).data.data,
      publish: async (documentId: string) => (await post<{ data: TransitionResult }>(at(documentId, '/publish'))).data.data,
      hide: async (documentId: string, id: number, reason: string) =>
        (await post(at(documentId, `/comments/${id}/hide`), { reason })).data,
      dispose: async (documentId: string, id: number, body: { disposition: Disposition; reason: string }) =>
        (await post(at(documentId, `/comments/${id}/disposition`), body)).data,
      publishReport: async (documentId: string, summary: string) =>
        (await post<{ data: TransitionResult }>(at(documentId, '/report'), { summary })).data.data,
      /** The media library's own upload endpoint; the official needs its "upload" permission. */
      upload: async (file: File) => {
        const form = new FormData();
        form.append('files', file);
        return (await post<{ id: number; name: string; mime: string }[]>('/upload', form)).data[0];
      },
    }),
    [get, post],
  );
}

export interface ApiProblem {
  /** The server's message (the server words it in both languages). */
  message: string;
  status?: number;
  /** Field messages keyed by the path joined with dots ("sections.0.text", "reason"). */
  fields: Record<string, string>;
}

/** Field messages come in both languages and are shown in the admin's one. */
export function describeError(error: unknown, t: Translate): ApiProblem {
  const fallback = t('requestFailed');
  if (!isFetchError(error)) return { message: error instanceof Error && error.message ? error.message : fallback, fields: {} };
  const body = error.response?.data?.error as
    | { message?: string; details?: { errors?: { path?: (string | number)[]; message?: string; messageEn?: string }[] } }
    | undefined;
  const fields: Record<string, string> = {};
  for (const item of body?.details?.errors ?? []) {
    const key = (item.path ?? []).join('.');
    const text = item.message ? t.pick({ uk: item.message, en: item.messageEn || item.message }) : item.messageEn;
    if (text && !fields[key]) fields[key] = text;
  }
  return { message: body?.message || error.message || fallback, status: error.status, fields };
}


export const summarize = (problem: ApiProblem) => [problem.message, ...Object.values(problem.fields)].join(' — ');
