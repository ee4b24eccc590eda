import { ToneBadge, type Tone } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';
import { STATUS_LABELS, type PetitionStatus } from '../labels';

const VARIANTS: Record<PetitionStatus, Tone> = {
  draft: 'neutral',
  submitted: 'warning',
  collecting: 'primary',
  threshold_reached: 'success',
  under_consideration: 'secondary',
  answered: 'success',
  not_supported: 'neutral',
  rejected: 'danger',
};

export const StatusBadge = ({ status }: { status: PetitionStatus }) => {
  const t = useTranslate();
  return <ToneBadge tone={VARIANTS[status]}>{t.pick(STATUS_LABELS[status])}</ToneBadge>;
};
