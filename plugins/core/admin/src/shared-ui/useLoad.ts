import * as React from 'react';

export interface LoadState<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  refetch: () => Promise<void>;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Loads with `load`; a refetch keeps the current data on screen until the new one arrives, and a stale answer is
 * dropped. `describe` turns a failure into the message shown (each module reads its API's errors its own way); pass
 * a function defined once, outside the component, so the loader is not recreated on every render.
 */
export function useLoad<T>(load: () => Promise<T>, describe: (error: unknown) => string): LoadState<T> {
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
      setError(describe(e));
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }, [load, describe]);

  React.useEffect(() => {
    void refetch();
  }, [refetch]);

  return { data, error, isLoading, refetch };
}
