import * as React from 'react';
import { describeError, isAbort } from '../api';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  refetch: () => Promise<void>;
}

/** Loads with `load`; a refetch keeps the current data on screen until the new data arrives. */
export function useLoader<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = React.useState<T | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);
  const latest = React.useRef(0);

  const refetch = React.useCallback(async () => {
    const request = ++latest.current;
    setIsLoading(true);
    try {
      const next = await load();
      if (request !== latest.current) return;
      setData(next);
      setError(null);
    } catch (e) {
      if (request !== latest.current || isAbort(e)) return;
      setError(describeError(e).message);
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }, [load]);

  React.useEffect(() => {
    void refetch();
  }, [refetch]);

  return { data, error, isLoading, refetch };
}
