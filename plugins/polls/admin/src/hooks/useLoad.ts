import { useLoad as useSharedLoad, type LoadState } from '@vzd/core/admin-ui';
import { describeError } from '../api';

const messageOf = (error: unknown) => describeError(error).message;

/** The core loader with this module's reading of API errors. */
export const useLoad = <T,>(load: () => Promise<T>): LoadState<T> => useSharedLoad(load, messageOf);
export type { LoadState };
