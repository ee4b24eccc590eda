import * as React from 'react';
import { describeError, isAbort, usePetitionsApi, type OfficialPetition, type QueueFilter } from '../api';

export interface PetitionListState {
  petitions: OfficialPetition[] | null;
  error: string | null;
  isLoading: boolean;
  refetch: () => Promise<void>;
}

/** Loads one queue; a refetch keeps the current list on screen until the new one arrives. */
export function usePetitionList(filter: QueueFilter): PetitionListState {
  const api = usePetitionsApi();
  const [petitions, setPetitions] = React.useState<OfficialPetition[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);
  const latest = React.useRef(0);

  const refetch = React.useCallback(async () => {
    const request = ++latest.current;
    setIsLoading(true);
    try {
      const data = await api.list(filter);
      if (request !== latest.current) return;
      setPetitions(data);
      setError(null);
    } catch (e) {
      if (request !== latest.current || isAbort(e)) return;
      setError(describeError(e).message);
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }, [api, filter]);

  React.useEffect(() => {
    void refetch();
  }, [refetch]);

  return { petitions, error, isLoading, refetch };
}
