import * as React from 'react';
import { Alert, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import type { OfficialPetition } from '../api';
import { formatNumber } from '../format';
import type { PetitionListState } from '../hooks/usePetitionList';
import { petitionCount, T } from '../labels';

interface PetitionListProps {
  state: PetitionListState;
  emptyText: string;
  renderItem: (petition: OfficialPetition) => React.ReactNode;
}

/** Loading, failure and empty states around one queue, with a refresh button. */
export const PetitionList = ({ state, emptyText, renderItem }: PetitionListProps) => {
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
          {petitions ? petitionCount(petitions.length, formatNumber(petitions.length)) : ''}
        </Typography>
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={refetch} loading={isLoading}>
          {T.refresh}
        </Button>
      </Flex>
      {error && !dismissed ? (
        <Alert
          variant="danger"
          title={T.loadFailed}
          closeLabel={T.close}
          onClose={() => setDismissed(true)}
          action={
            <Button variant="secondary" size="S" onClick={refetch}>
              {T.retry}
            </Button>
          }
        >
          {error}
        </Alert>
      ) : null}
      {petitions === null && isLoading ? (
        <Flex justifyContent="center" padding={8}>
          <Loader>{T.loading}</Loader>
        </Flex>
      ) : null}
      {petitions && petitions.length === 0 ? <EmptyStateLayout content={emptyText} hasRadius shadow="tableShadow" /> : null}
      {petitions?.map((petition) => (
        <React.Fragment key={petition.documentId}>{renderItem(petition)}</React.Fragment>
      ))}
    </Flex>
  );
};
