import * as React from 'react';
import { useAction as useSharedAction, type ActionOutcome as CoreActionOutcome } from '@vzd/core/admin-ui';
import { describeError, summarize, type ApiProblem } from '../api';
import { useTranslate } from '../i18n';

export type ActionOutcome = CoreActionOutcome<ApiProblem>;

/** The core action runner with this module's reading of API errors (field errors included). */
export function useAction(onDone: () => void | Promise<void>) {
  const t = useTranslate();
  const describe = React.useCallback((error: unknown) => describeError(error, t), [t]);
  return useSharedAction(onDone, describe, summarize);
}
