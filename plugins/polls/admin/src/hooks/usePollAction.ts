import { useAction } from '@vzd/core/admin-ui';
import { describeError } from '../api';

/** The core action runner with this module's reading of API errors (the message already lists the fields). */
export const usePollAction = (onDone: () => void | Promise<void>) => useAction(onDone, describeError);
