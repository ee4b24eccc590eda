import * as React from 'react';
import { useAction } from '@vzd/core/admin-ui';
import { describeError } from '../api';
import { useTranslate } from '../i18n';

/** The core action runner with this module's reading of API errors (the message already lists the fields). */
export function usePollAction(onDone: () => void | Promise<void>) {
  const t = useTranslate();
  const describe = React.useCallback((error: unknown) => describeError(error, t), [t]);
  return useAction(onDone, describe);
}
