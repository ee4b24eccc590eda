import { AnswerQueue } from '../components/AnswerQueue';
import { useTranslate } from '../i18n';

export const AnswerPage = () => {
  const t = useTranslate();
  return <AnswerQueue filter="answer" emptyText={t('emptyAnswer')} />;
};
