import * as React from 'react';
import { Alert, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import type { OfficialPetition } from '../api';
import type { PetitionListState } from '../hooks/usePetitionList';
import { useTranslate } from '../i18n';

interface PetitionListProps {
  state: PetitionListState;
  emptyText: string;
  renderItem: (petition: OfficialPetition) => React.ReactNode;
}

/** Loading, failure and empty states around one queue, with a refresh button. */
export const PetitionList = ({ state, emptyText, renderItem }: PetitionListProps) => {
  const t = useTranslate();
  const { petitions, error, isLoading } = state;
  const [dismissed, setDismissed] = React.useState(false);
  const refetch = () => {
    setDismissed(false);
    void state.refetch();
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" gap={4}>
        <Typography variant="pi" textColor="neutral600" aria-live="polite">
          {petitions ? t('petitionCount', { count: petitions.length }) : ''}
        </Typography>
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={refetch} loading={isLoading}>
          {t('refresh')}
        </Button>
      </Flex>
      {error && !dismissed ? (
        <Alert
          variant="danger"
          title={t('loadFailed')}
          closeLabel={t('close')}
          onClose={() => setDismissed(true)}
          action={
            <Button variant="secondary" size="S" onClick={refetch}>
              {t('retry')}
            </Button>
          }
        >
          {error}
        </Alert>
      ) : null}
      {petitions === null && isLoading ? (
        <Flex justifyContent="center" padding={8}>
          <Loader>{t('loading')}</Loader>
        </Flex>
      ) : null}
      {petitions && petitions.length === 0 ? <EmptyStateLayout content={emptyText} hasRadius shadow="tableShadow" /> : null}
      {petitions?.map((petition) => (
        <React.Fragment key={petition.documentId}>{renderItem(petition)}</React.Fragment>
      ))}
    </Flex>
  );
};
