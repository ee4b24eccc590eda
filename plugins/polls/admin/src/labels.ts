export { AUDIENCE_LABELS, STATUS_LABELS, type Audience, type PollStatus } from '../../server/src/domain/statuses';
export { QUESTION_TYPE_LABELS, type QuestionType } from '../../server/src/domain/questions';
