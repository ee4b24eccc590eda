import * as React from 'react';
import { Alert, Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import type { LoadState } from '../hooks/useLoad';
import { useTranslate } from '../i18n';

interface LoadFrameProps<D> {
  state: LoadState<D>;
  isEmpty?: (data: D) => boolean;
  emptyText?: string;
  children: (data: D) => React.ReactNode;
}

/** Loading, failure and empty states around anything loaded, with a refresh button. */
export function LoadFrame<D>({ state, isEmpty, emptyText, children }: LoadFrameProps<D>) {
  const t = useTranslate();
  const { data, error, isLoading } = state;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="flex-end">
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void state.refetch()} loading={isLoading}>
          {t('refresh')}
        </Button>
      </Flex>
      {error ? (
        <Alert
          variant="danger"
          title={t('loadFailed')}
          closeLabel={t('close')}
          action={
            <Button variant="secondary" size="S" onClick={() => void state.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {error}
        </Alert>
      ) : null}
      {data === null && isLoading ? (
        <Flex justifyContent="center" padding={8}>
          <Loader>{t('loading')}</Loader>
        </Flex>
      ) : null}
      {data !== null && isEmpty?.(data) ? <EmptyStateLayout content={emptyText ?? t('empty')} hasRadius shadow="tableShadow" /> : null}
      {data !== null && !isEmpty?.(data) ? children(data) : null}
    </Flex>
  );
}
