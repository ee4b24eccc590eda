import { AnswerQueue } from '../components/AnswerQueue';
import { useTranslate } from '../i18n';

/** Petitions whose answer deadline has passed and which are still unanswered. */
export const OverduePage = () => {
  const t = useTranslate();
  return <AnswerQueue filter="overdue" emptyText={t('emptyOverdue')} />;
};
