import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { describeError, summarize, type ApiProblem } from '../api';

export type ActionOutcome = { ok: true } | { ok: false; problem: ApiProblem };

/** Runs one official action: notifies, refreshes, and hands field errors back to the form that asked. */
export function useAction(onDone: () => void | Promise<void>) {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async (run: () => Promise<unknown>, successMessage: string): Promise<ActionOutcome> => {
      try {
        await run();
      } catch (e) {
        const problem = describeError(e);
        toggleNotification({ type: 'danger', message: summarize(problem) });
        if (problem.status === 404 || problem.status === 409) void onDone();
        return { ok: false, problem };
      }
      toggleNotification({ type: 'success', message: successMessage });
      void onDone();
      return { ok: true };
    },
    [onDone, toggleNotification],
  );
}
