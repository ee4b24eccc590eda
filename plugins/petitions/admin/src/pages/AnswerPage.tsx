import { AnswerQueue } from '../components/AnswerQueue';
import { T } from '../labels';

export const AnswerPage = () => <AnswerQueue filter="answer" emptyText={T.emptyAnswer} />;
