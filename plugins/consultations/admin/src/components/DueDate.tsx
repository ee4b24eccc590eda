import { Badge, Flex } from '@strapi/design-system';
import { dueState, formatDateTime } from '../format';
import { T } from '../labels';
import { MetaItem } from '@vzd/core/admin-ui';

interface DueDateProps {
  label: string;
  at: string | null;
  /** A deadline already met is not flagged, however late it was. */
  met?: boolean;
}

/** A deadline in Kyiv time, flagged when it is today or already past. */
export const DueDate = ({ label, at, met = false }: DueDateProps) => {
  const state = met ? 'none' : dueState(at);
  return (
    <MetaItem label={label}>
      <Flex tag="span" gap={2} wrap="wrap">
        <span>{formatDateTime(at) ?? T.notSet}</span>
        {state === 'overdue' && <Badge variant="danger">{T.overdue}</Badge>}
        {state === 'today' && <Badge variant="warning">{T.dueToday}</Badge>}
      </Flex>
    </MetaItem>
  );
};
