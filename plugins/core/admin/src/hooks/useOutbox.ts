import * as React from 'react';
import { describeError, useOutboxApi, type OutboxPage, type OutboxStatus } from '../api';

/** One status of the outbox, newest first; a refetch keeps the list on screen until the new one arrives. */
export function useOutbox(status: OutboxStatus) {
  const api = useOutboxApi();
  const [page, setPage] = React.useState<OutboxPage | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);
  const latest = React.useRef(0);

  const refetch = React.useCallback(async () => {
    const request = ++latest.current;
    setIsLoading(true);
    try {
      const next = await api.list(status);
      if (request !== latest.current) return;
      setPage(next);
      setError(null);
    } catch (e) {
      if (request === latest.current) setError(describeError(e));
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }, [api, status]);

  React.useEffect(() => {
    void refetch();
  }, [refetch]);

  return { page, error, isLoading, refetch };
}
