import { Flex } from '@strapi/design-system';
import { dueState, formatDateTime } from './format';
import { MetaItem } from './MetaItem';
import { ToneBadge } from './ToneBadge';

export interface DueDateLabels {
  notSet: string;
  overdue: string;
  dueToday: string;
}

interface DueDateProps {
  label: string;
  at: string | null;
  /** A deadline already met is not flagged, however late it was. */
  met?: boolean;
  locale: string;
  labels: DueDateLabels;
}

/** A deadline in Kyiv time, flagged when it is today or already past (each module passes its own words). */
export const DueDate = ({ label, at, met = false, locale, labels }: DueDateProps) => {
  const state = met ? 'none' : dueState(at);
  return (
    <MetaItem label={label}>
      <Flex tag="span" gap={2} wrap="wrap">
        <span>{formatDateTime(at, locale) ?? labels.notSet}</span>
        {state === 'overdue' && <ToneBadge tone="danger">{labels.overdue}</ToneBadge>}
        {state === 'today' && <ToneBadge tone="warning">{labels.dueToday}</ToneBadge>}
      </Flex>
    </MetaItem>
  );
};
