import * as React from 'react';
import { useLoad } from '@vzd/core/admin-ui';
import { describeError, usePetitionsApi, type OfficialPetition, type QueueFilter } from '../api';
import { useTranslate } from '../i18n';

export interface PetitionListState {
  petitions: OfficialPetition[] | null;
  error: string | null;
  isLoading: boolean;
  refetch: () => Promise<void>;
}

/** Loads one queue; a refetch keeps the current list on screen until the new one arrives. */
export function usePetitionList(filter: QueueFilter): PetitionListState {
  const t = useTranslate();
  const messageOf = React.useCallback((error: unknown) => describeError(error, t).message, [t]);
  const api = usePetitionsApi();
  const load = React.useCallback(() => api.list(filter), [api, filter]);
  const { data, error, isLoading, refetch } = useLoad(load, messageOf);
  return { petitions: data, error, isLoading, refetch };
}
