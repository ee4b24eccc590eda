import { formatDateTime } from '@vzd/core/admin-ui';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import type { TextAnswer } from '../api';
import { useTranslate } from '../i18n';

interface TextAnswerCardProps {
  answer: TextAnswer;
  onDecide: (decision: 'approved' | 'rejected') => void;
  busy: boolean;
}

/** One free-text answer with its question; an official publishes or rejects it. */
export const TextAnswerCard = ({ answer, onDecide, busy }: TextAnswerCardProps) => {
  const t = useTranslate();
  return (
  <Box tag="article" background="neutral0" hasRadius shadow="tableShadow" padding={5}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="sigma" textColor="neutral600">
        {answer.questionText} · {t('answeredAt')}: {formatDateTime(answer.answeredAt, t.locale)}
      </Typography>
      <Typography variant="omega" style={{ whiteSpace: 'pre-wrap' }}>
        {answer.text}
      </Typography>
      <Flex gap={2}>
        {answer.state !== 'approved' ? (
          <Button variant="success-light" startIcon={<Check />} disabled={busy} onClick={() => onDecide('approved')}>
            {t('approve')}
          </Button>
        ) : null}
        {answer.state !== 'rejected' ? (
          <Button variant="danger-light" startIcon={<Cross />} disabled={busy} onClick={() => onDecide('rejected')}>
            {t('reject')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  </Box>
  );
};
