/** Admin-panel building blocks every module's pages share (imported as `@vzd/core/admin-ui`). */
export { ConfirmAction } from './ConfirmAction';
export { MetaItem } from './MetaItem';
export { ToneBadge, type Tone } from './ToneBadge';
export { useLoad, type LoadState } from './useLoad';
export { useAction, type ActionOutcome, type ActionProblem } from './useAction';
export { createTranslations, registerTranslations, type Bilingual, type Translate } from './translations';
export { DueDate, type DueDateLabels } from './DueDate';
export { formatDateTime, formatNumber, dueState, characterCount, type DueState } from './format';
