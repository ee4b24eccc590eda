import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';

export interface ActionProblem {
  /** The server's message, as the server words it. */
  message: string;
  status?: number;
}

export type ActionOutcome<P extends ActionProblem = ActionProblem> = { ok: true } | { ok: false; problem: P };

/**
 * Runs one official action: on success it notifies and refreshes; on failure it shows the server's message,
 * refreshes too when someone else moved the item on meanwhile (404, 409), and hands the problem back to the form
 * that asked (for its field errors). `describe` and `summarize` read the module's API errors; pass functions
 * defined once, outside the component.
 */
export function useAction<P extends ActionProblem>(
  onDone: () => void | Promise<void>,
  describe: (error: unknown) => P,
  summarize: (problem: P) => string = (problem) => problem.message,
) {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async (run: () => Promise<unknown>, successMessage: string): Promise<ActionOutcome<P>> => {
      try {
        await run();
      } catch (e) {
        const problem = describe(e);
        toggleNotification({ type: 'danger', message: summarize(problem) });
        if (problem.status === 404 || problem.status === 409) void onDone();
        return { ok: false, problem };
      }
      toggleNotification({ type: 'success', message: successMessage });
      void onDone();
      return { ok: true };
    },
    [onDone, describe, summarize, toggleNotification],
  );
}
