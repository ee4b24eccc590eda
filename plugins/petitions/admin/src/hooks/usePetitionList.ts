import * as React from 'react';
import { useLoad } from '@vzd/core/admin-ui';
import { describeError, usePetitionsApi, type OfficialPetition, type QueueFilter } from '../api';

export interface PetitionListState {
  petitions: OfficialPetition[] | null;
  error: string | null;
  isLoading: boolean;
  refetch: () => Promise<void>;
}

const messageOf = (error: unknown) => describeError(error).message;

/** Loads one queue; a refetch keeps the current list on screen until the new one arrives. */
export function usePetitionList(filter: QueueFilter): PetitionListState {
  const api = usePetitionsApi();
  const load = React.useCallback(() => api.list(filter), [api, filter]);
  const { data, error, isLoading, refetch } = useLoad(load, messageOf);
  return { petitions: data, error, isLoading, refetch };
}
