import { ToneBadge, type Tone } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';
import { STATUS_LABELS, type PollStatus } from '../labels';

const VARIANTS: Record<PollStatus, Tone> = {
  draft: 'neutral',
  scheduled: 'secondary',
  open: 'success',
  closed: 'primary',
};

export const StatusBadge = ({ status }: { status: PollStatus }) => {
  const t = useTranslate();
  return <ToneBadge tone={VARIANTS[status]}>{t.pick(STATUS_LABELS[status])}</ToneBadge>;
};
