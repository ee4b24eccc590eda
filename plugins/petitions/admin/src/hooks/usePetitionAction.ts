import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { describeError, summarize, type ApiProblem } from '../api';

export type ActionOutcome = { ok: true } | { ok: false; problem: ApiProblem };

/**
 * Runs one official action: on success it notifies and refreshes the queue, on failure it shows the
 * server's message and hands the field errors back to the form that asked.
 */
export function usePetitionAction(onDone: () => void | Promise<void>) {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async (run: () => Promise<unknown>, successMessage: string): Promise<ActionOutcome> => {
      try {
        await run();
      } catch (e) {
        const problem = describeError(e);
        toggleNotification({ type: 'danger', message: summarize(problem) });
        // Someone else moved the petition on: show the queue as it is now.
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
