import * as React from 'react';
import { Alert, Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import type { LoadState as Loaded } from '../hooks/useLoad';
import { useTranslate } from '../i18n';

interface LoadStateProps<T> {
  state: Loaded<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => React.ReactNode;
}

/** Loading, failure and empty states around data loaded with `useLoad`. */
export function LoadState<T>({ state, isEmpty, emptyText, children }: LoadStateProps<T>) {
  const t = useTranslate();
  const [dismissed, setDismissed] = React.useState(false);
  const retry = () => {
    setDismissed(false);
    void state.refetch();
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {state.error && !dismissed ? (
        <Alert
          variant="danger"
          title={t('loadFailed')}
          closeLabel={t('close')}
          onClose={() => setDismissed(true)}
          action={
            <Button variant="secondary" size="S" onClick={retry}>
              {t('retry')}
            </Button>
          }
        >
          {state.error}
        </Alert>
      ) : null}
      {state.data === null && state.isLoading ? (
        <Flex justifyContent="center" padding={8}>
          <Loader>{t('loading')}</Loader>
        </Flex>
      ) : null}
      {state.data !== null && isEmpty?.(state.data) ? <EmptyStateLayout content={emptyText ?? ''} hasRadius shadow="tableShadow" /> : null}
      {state.data !== null && !isEmpty?.(state.data) ? children(state.data) : null}
    </Flex>
  );
}
