import * as React from 'react';
import { Alert, Box, Button, EmptyStateLayout, Flex, Loader, Tabs, Typography } from '@strapi/design-system';
import { ArrowClockwise, PaperPlane } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { describeError, useOutboxApi, type OutboxStatus } from '../api';
import { OutboxTable } from '../components/OutboxTable';
import { PERMISSIONS } from '../constants';
import { useOutbox } from '../hooks/useOutbox';
import { STATUS_LABELS, STATUS_ORDER, T } from '../labels';

/** The mail outbox by status, dead letters first: what never reached its recipient, and a way to try again. */
export const OutboxPage = () => {
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
      toggleNotification({ type: 'danger', title: T.actionFailed, message: describeError(e) });
    } finally {
      setBusyId(null);
      void refetch();
    }
  };

  return (
    <Page.Main>
      <Page.Title>{T.pageTitle}</Page.Title>
      <Layouts.Header
        title={T.pageTitle}
        subtitle={T.pageSubtitle}
        primaryAction={
          canManage ? (
            <Button startIcon={<PaperPlane />} onClick={() => act(() => api.deliver(), T.sent)}>
              {T.sendNow}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Tabs.Root value={status} onValueChange={(value) => setStatus(value as OutboxStatus)}>
          <Tabs.List aria-label={T.tabsLabel}>
            {STATUS_ORDER.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {`${STATUS_LABELS[s]}${page ? ` (${page.meta.counts[s] ?? 0})` : ''}`}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={status}>
            <Box paddingTop={6}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Flex justifyContent="space-between" gap={4}>
                  <Typography variant="pi" textColor="neutral600">
                    {status === 'dead' ? T.deadHint : ''}
                  </Typography>
                  <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void refetch()} loading={isLoading}>
                    {T.refresh}
                  </Button>
                </Flex>
                {error ? (
                  <Alert variant="danger" title={T.loadFailed} closeLabel={T.close}>
                    {error}
                  </Alert>
                ) : null}
                {page === null && isLoading ? (
                  <Flex justifyContent="center" padding={8}>
                    <Loader>{T.loading}</Loader>
                  </Flex>
                ) : null}
                {page && page.data.length === 0 ? <EmptyStateLayout content={T.empty} hasRadius shadow="tableShadow" /> : null}
                {page && page.data.length > 0 ? (
                  <OutboxTable
                    messages={page.data}
                    canRetry={canManage}
                    busyId={busyId}
                    onRetry={(id) => {
                      setBusyId(id);
                      void act(() => api.retry(id), T.retried);
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
