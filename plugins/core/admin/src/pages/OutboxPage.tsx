import * as React from 'react';
import { Alert, Box, Button, EmptyStateLayout, Flex, Loader, Tabs, Typography } from '@strapi/design-system';
import { ArrowClockwise, PaperPlane } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { describeError, STATUS_ORDER, useOutboxApi, type OutboxStatus } from '../api';
import { OutboxTable } from '../components/OutboxTable';
import { PERMISSIONS } from '../constants';
import { useOutbox } from '../hooks/useOutbox';
import { useTranslate } from '../i18n';

/** The mail outbox by status, dead letters first: what never reached its recipient, and a way to try again. */
export const OutboxPage = () => {
  const t = useTranslate();
  const [status, setStatus] = React.useState<OutboxStatus>('dead');
  const { page, error, isLoading, refetch } = useOutbox(status);
  const api = useOutboxApi();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ manage: PERMISSIONS.manage });
  const canManage = Boolean(allowedActions.canManage);
  const [busyId, setBusyId] = React.useState<number | null>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      toggleNotification({ type: 'success', message: done });
    } catch (e) {
      toggleNotification({ type: 'danger', title: t('actionFailed'), message: describeError(e) });
    } finally {
      setBusyId(null);
      void refetch();
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('pageTitle')}</Page.Title>
      <Layouts.Header
        title={t('pageTitle')}
        subtitle={t('pageSubtitle')}
        primaryAction={
          canManage ? (
            <Button startIcon={<PaperPlane />} onClick={() => act(() => api.deliver(), t('sent'))}>
              {t('sendNow')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Tabs.Root value={status} onValueChange={(value) => setStatus(value as OutboxStatus)}>
          <Tabs.List aria-label={t('tabsLabel')}>
            {STATUS_ORDER.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {page ? t('tabCount', { label: t(`status.${s}`), count: page.meta.counts[s] ?? 0 }) : t(`status.${s}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={status}>
            <Box paddingTop={6}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Flex justifyContent="space-between" gap={4}>
                  <Typography variant="pi" textColor="neutral600">
                    {status === 'dead' ? t('deadHint') : ''}
                  </Typography>
                  <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void refetch()} loading={isLoading}>
                    {t('refresh')}
                  </Button>
                </Flex>
                {error ? (
                  <Alert variant="danger" title={t('loadFailed')} closeLabel={t('close')}>
                    {error}
                  </Alert>
                ) : null}
                {page === null && isLoading ? (
                  <Flex justifyContent="center" padding={8}>
                    <Loader>{t('loading')}</Loader>
                  </Flex>
                ) : null}
                {page && page.data.length === 0 ? <EmptyStateLayout content={t('empty')} hasRadius shadow="tableShadow" /> : null}
                {page && page.data.length > 0 ? (
                  <OutboxTable
                    messages={page.data}
                    canRetry={canManage}
                    busyId={busyId}
                    onRetry={(id) => {
                      setBusyId(id);
                      void act(() => api.retry(id), t('retried'));
                    }}
                  />
                ) : null}
              </Flex>
            </Box>
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
