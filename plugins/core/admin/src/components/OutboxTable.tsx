import { Button, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { OutboxMessage } from '../api';
import { useTranslate } from '../i18n';
import { formatTime } from '../format';

interface OutboxTableProps {
  messages: OutboxMessage[];
  canRetry: boolean;
  busyId: number | null;
  onRetry: (id: number) => void;
}

/** The messages of one status; dead ones carry a retry button for those allowed to manage the outbox. */
export const OutboxTable = ({ messages, canRetry, busyId, onRetry }: OutboxTableProps) => {
  const t = useTranslate();
  return (
  <Table colCount={8} rowCount={messages.length + 1}>
    <Thead>
      <Tr>
        <Th><Typography variant="sigma">{t('id')}</Typography></Th>
        <Th><Typography variant="sigma">{t('createdAt')}</Typography></Th>
        <Th><Typography variant="sigma">{t('to')}</Typography></Th>
        <Th><Typography variant="sigma">{t('subject')}</Typography></Th>
        <Th><Typography variant="sigma">{t('category')}</Typography></Th>
        <Th><Typography variant="sigma">{t('attempts')}</Typography></Th>
        <Th><Typography variant="sigma">{t('lastError')}</Typography></Th>
        <Th><Typography variant="sigma">{t('actions')}</Typography></Th>
      </Tr>
    </Thead>
    <Tbody>
      {messages.map((m) => (
        <Tr key={m.id}>
          <Td><Typography>{m.id}</Typography></Td>
          <Td><Typography>{formatTime(m.createdAt, t.locale)}</Typography></Td>
          <Td><Typography>{m.toAddress || '—'}</Typography></Td>
          <Td><Typography ellipsis title={m.subject}>{m.subject}</Typography></Td>
          <Td><Typography>{m.category}</Typography></Td>
          <Td>
            <Typography>{m.attempts}</Typography>
            {m.status === 'failed' ? (
              <Typography variant="pi" textColor="neutral600" tag="div">{`${t('next')}: ${formatTime(m.nextAttemptAt, t.locale)}`}</Typography>
            ) : null}
          </Td>
          <Td><Typography variant="pi" textColor="danger600">{m.lastError ?? '—'}</Typography></Td>
          <Td>
            {m.status === 'dead' && canRetry ? (
              <Button size="S" variant="secondary" loading={busyId === m.id} onClick={() => onRetry(m.id)}>
                {t('retry')}
              </Button>
            ) : null}
          </Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
  );
};
