export type { Bilingual } from './bilingual';
export type { DeadlinePort } from './deadlines';
export * from './statuses';
export * from './settings';
export * from './state-machine';
export * from './participation';
export * from './questionnaire';
export * from './report';
export * from './document-format';
