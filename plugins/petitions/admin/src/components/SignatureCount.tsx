import { formatNumber } from '../format';
import type { OfficialPetition } from '../api';

type Props = Pick<OfficialPetition, 'signatures' | 'threshold' | 'percent'>;

export const SignatureCount = ({ signatures, threshold, percent }: Props) => (
  <>
    {formatNumber(signatures)} / {formatNumber(threshold)} ({formatNumber(Math.floor(percent))}%)
  </>
);
