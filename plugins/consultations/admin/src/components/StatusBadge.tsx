import { Badge } from '@strapi/design-system';
import { statusLabel, type ConsultationStatus } from '../labels';

type Variant = 'success' | 'primary' | 'danger' | 'warning' | 'neutral' | 'secondary' | 'alternative';

const VARIANTS: Record<ConsultationStatus, Variant> = {
  draft: 'neutral',
  open: 'primary',
  closed: 'warning',
  report_published: 'success',
};

export const StatusBadge = ({ status }: { status: ConsultationStatus }) => <Badge variant={VARIANTS[status]}>{statusLabel(status)}</Badge>;
