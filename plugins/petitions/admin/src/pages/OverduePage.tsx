import { AnswerQueue } from '../components/AnswerQueue';
import { T } from '../labels';

/** Petitions whose answer deadline has passed and which are still unanswered. */
export const OverduePage = () => <AnswerQueue filter="overdue" emptyText={T.emptyOverdue} />;
