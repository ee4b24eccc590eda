import { DueDate as SharedDueDate } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';

/** The shared deadline line (`@vzd/core/admin-ui`) in this module's words. */
export const DueDate = (props: { label: string; at: string | null; met?: boolean }) => {
  const t = useTranslate();
  return <SharedDueDate {...props} locale={t.locale} labels={{ notSet: t('notSet'), overdue: t('overdue'), dueToday: t('dueToday') }} />;
};
