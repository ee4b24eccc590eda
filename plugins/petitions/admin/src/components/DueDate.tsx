import { Flex } from '@strapi/design-system';
import { dueState, formatDateTime } from '../format';
import { useTranslate } from '../i18n';
import { MetaItem, ToneBadge } from '@vzd/core/admin-ui';

interface DueDateProps {
  label: string;
  at: string | null;
}

/** A deadline in Kyiv time, flagged when it is today or already past. */
export const DueDate = ({ label, at }: DueDateProps) => {
  const t = useTranslate();
  const state = dueState(at);
  return (
    <MetaItem label={label}>
      <Flex tag="span" gap={2} wrap="wrap">
        <span>{formatDateTime(at, t.locale) ?? t('notSet')}</span>
        {state === 'overdue' && <ToneBadge tone="danger">{t('overdue')}</ToneBadge>}
        {state === 'today' && <ToneBadge tone="warning">{t('dueToday')}</ToneBadge>}
      </Flex>
    </MetaItem>
  );
};
