import { useAction, type ActionOutcome as CoreActionOutcome } from '@vzd/core/admin-ui';
import { describeError, summarize, type ApiProblem } from '../api';

export type ActionOutcome = CoreActionOutcome<ApiProblem>;

/** The core action runner with this module's reading of API errors; a 404/409 means someone else moved the petition on. */
export const usePetitionAction = (onDone: () => void | Promise<void>) => useAction(onDone, describeError, summarize);
