import { Badge } from '@strapi/design-system';
import { statusLabel, type PetitionStatus } from '../labels';

type Variant = 'success' | 'primary' | 'danger' | 'warning' | 'neutral' | 'secondary' | 'alternative';

const VARIANTS: Record<PetitionStatus, Variant> = {
  draft: 'neutral',
  submitted: 'warning',
  collecting: 'primary',
  threshold_reached: 'success',
  under_consideration: 'secondary',
  answered: 'success',
  not_supported: 'neutral',
  rejected: 'danger',
};

export const StatusBadge = ({ status }: { status: PetitionStatus }) => (
  <Badge variant={VARIANTS[status]}>{statusLabel(status)}</Badge>
);
