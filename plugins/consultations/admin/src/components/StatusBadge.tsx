import { ToneBadge, type Tone } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';
import { STATUS_LABELS, type ConsultationStatus } from '../labels';

const VARIANTS: Record<ConsultationStatus, Tone> = {
  draft: 'neutral',
  open: 'primary',
  closed: 'warning',
  report_published: 'success',
};

export const StatusBadge = ({ status }: { status: ConsultationStatus }) => {
  const t = useTranslate();
  return <ToneBadge tone={VARIANTS[status]}>{t.pick(STATUS_LABELS[status])}</ToneBadge>;
};
