import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { describeError } from '../api';

/**
 * Runs one official action: on success it notifies and refreshes, on failure it shows the server's message
 * (and refreshes too when someone else moved the poll on meanwhile).
 */
export function usePollAction(onDone: () => void | Promise<void>) {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async (run: () => Promise<unknown>, successMessage: string): Promise<boolean> => {
      try {
        await run();
      } catch (e) {
        const problem = describeError(e);
        toggleNotification({ type: 'danger', message: problem.message });
        if (problem.status === 404 || problem.status === 409) void onDone();
        return false;
      }
      toggleNotification({ type: 'success', message: successMessage });
      void onDone();
      return true;
    },
    [onDone, toggleNotification],
  );
}
