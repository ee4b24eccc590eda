import * as React from 'react';
import { Button, Flex } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { usePollsApi, type OfficialPoll, type PollFilter } from '../api';
import { LoadState } from '../components/LoadState';
import { PollCard } from '../components/PollCard';
import { useLoad } from '../hooks/useLoad';
import { useOfficialPermissions } from '../hooks/useOfficialPermissions';
import { useTranslate, type MessageKey } from '../i18n';

const EMPTY = { active: 'emptyActive', draft: 'emptyDraft', closed: 'emptyClosed' } as const satisfies Record<Exclude<PollFilter, 'all'>, MessageKey>;

/** The polls of the official's authorities in one list (open and scheduled, drafts, or closed). */
export const PollsPage = ({ filter }: { filter: Exclude<PollFilter, 'all'> }) => {
  const t = useTranslate();
  const api = usePollsApi();
  const load = React.useCallback(() => api.list(filter), [api, filter]);
  const state = useLoad<OfficialPoll[]>(load);
  const { canManage, canModerate } = useOfficialPermissions();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="flex-end">
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void state.refetch()} loading={state.isLoading}>
          {t('refresh')}
        </Button>
      </Flex>
      <LoadState state={state} isEmpty={(polls) => polls.length === 0} emptyText={t(EMPTY[filter])}>
        {(polls) =>
          polls.map((poll) => (
            <PollCard key={poll.documentId} poll={poll} canManage={canManage} canModerate={canModerate} onChanged={state.refetch} />
          ))
        }
      </LoadState>
    </Flex>
  );
};
