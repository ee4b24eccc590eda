import * as React from 'react';
import { useLoad as useSharedLoad, type LoadState } from '@vzd/core/admin-ui';
import { describeError } from '../api';
import { useTranslate } from '../i18n';

/** The core loader with this module's reading of API errors. */
export function useLoad<T>(load: () => Promise<T>): LoadState<T> {
  const t = useTranslate();
  const messageOf = React.useCallback((error: unknown) => describeError(error, t).message, [t]);
  return useSharedLoad(load, messageOf);
}
export type { LoadState };
