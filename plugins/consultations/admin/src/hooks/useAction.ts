import { useAction as useSharedAction, type ActionOutcome as CoreActionOutcome } from '@vzd/core/admin-ui';
import { describeError, summarize, type ApiProblem } from '../api';

export type ActionOutcome = CoreActionOutcome<ApiProblem>;

/** The core action runner with this module's reading of API errors (field errors included). */
export const useAction = (onDone: () => void | Promise<void>) => useSharedAction(onDone, describeError, summarize);
