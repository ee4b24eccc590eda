import { Badge } from '@strapi/design-system';
import { statusLabel, type PollStatus } from '../labels';

const VARIANTS: Record<PollStatus, 'neutral' | 'secondary' | 'success' | 'primary'> = {
  draft: 'neutral',
  scheduled: 'secondary',
  open: 'success',
  closed: 'primary',
};

export const StatusBadge = ({ status }: { status: PollStatus }) => <Badge variant={VARIANTS[status]}>{statusLabel(status)}</Badge>;
