import { formatNumber } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';
import type { OfficialPetition } from '../api';

type Props = Pick<OfficialPetition, 'signatures' | 'threshold' | 'percent'>;

export const SignatureCount = ({ signatures, threshold, percent }: Props) => {
  const { locale } = useTranslate();
  return (
    <>
      {formatNumber(signatures, locale)} / {formatNumber(threshold, locale)} ({formatNumber(Math.floor(percent), locale)}%)
    </>
  );
};
