import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead' | 'skipped';

/** The order of the tabs: what needs a person first. */
export const STATUS_ORDER: OutboxStatus[] = ['dead', 'failed', 'pending', 'sending', 'sent', 'skipped'];

export interface OutboxMessage {
  id: number;
  category: string;
  template: string | null;
  toAddress: string;
  language: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPage {
  data: OutboxMessage[];
  meta: { counts: Record<OutboxStatus, number> };
}

/** The outbox endpoints of the core (admin API under /core/notifications); the admin JWT is added by Strapi. */
export function useOutboxApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (status: OutboxStatus) =>
        (await get<OutboxPage>('/core/notifications/outbox', { params: { status, limit: 100 } })).data,
      retry: async (id: number) => (await post<{ data: { id: number } }>(`/core/notifications/outbox/${id}/retry`)).data.data,
      deliver: async () => (await post<{ data: Record<string, number> }>('/core/notifications/deliver')).data.data,
    }),
    [get, post],
  );
}

export function describeError(error: unknown): string {
  if (isFetchError(error)) {
    const body = error.response?.data?.error as { message?: string } | undefined;
    return body?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
