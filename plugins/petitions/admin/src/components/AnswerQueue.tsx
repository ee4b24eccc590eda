import * as React from 'react';
import type { QueueFilter } from '../api';
import { byDue } from '../format';
import { useOfficialPermissions } from '../hooks/useOfficialPermissions';
import { usePetitionList } from '../hooks/usePetitionList';
import { AnswerActions } from './AnswerActions';
import { PetitionCard } from './PetitionCard';
import { PetitionList } from './PetitionList';

interface AnswerQueueProps {
  filter: Extract<QueueFilter, 'answer' | 'overdue'>;
  emptyText: string;
}

const byAnswerDue = byDue((petition: { answerDueAt: string | null }) => petition.answerDueAt);

/** Petitions that reached the threshold, most urgent answer deadline first. */
export const AnswerQueue = ({ filter, emptyText }: AnswerQueueProps) => {
  const list = usePetitionList(filter);
  const { canAnswer } = useOfficialPermissions();
  const sorted = React.useMemo(() => list.petitions && [...list.petitions].sort(byAnswerDue), [list.petitions]);
  return (
    <PetitionList
      state={{ ...list, petitions: sorted }}
      emptyText={emptyText}
      renderItem={(petition) => (
        <PetitionCard
          petition={petition}
          deadline="answer"
          actions={canAnswer ? <AnswerActions petition={petition} onDone={list.refetch} /> : null}
        />
      )}
    />
  );
};
