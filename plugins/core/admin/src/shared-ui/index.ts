/** Admin-panel building blocks every module's pages share (imported as `@vzd/core/admin-ui`). */
export { ConfirmAction } from './ConfirmAction';
export { MetaItem } from './MetaItem';
export { useLoad, type LoadState } from './useLoad';
export { useAction, type ActionOutcome, type ActionProblem } from './useAction';
