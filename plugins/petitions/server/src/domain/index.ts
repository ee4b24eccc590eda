export type { Bilingual } from './bilingual';
export * from './statuses';
export * from './settings';
export type { DeadlinePort } from './deadlines';
export * from './state-machine';
export * from './signing';
export * from './progress';
