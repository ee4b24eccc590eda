import { ArrowRight } from '@strapi/icons';
import { usePetitionsApi, type OfficialPetition } from '../api';
import { usePetitionAction } from '../hooks/usePetitionAction';
import { T } from '../labels';
import { AnswerModal } from './AnswerModal';
import { ConfirmAction } from '@vzd/core/admin-ui';

interface AnswerActionsProps {
  petition: OfficialPetition;
  onDone: () => void | Promise<void>;
}

export const AnswerActions = ({ petition, onDone }: AnswerActionsProps) => {
  const api = usePetitionsApi();
  const act = usePetitionAction(onDone);
  const id = petition.documentId;
  return (
    <>
      {petition.status === 'threshold_reached' ? (
        <ConfirmAction
          label={T.consider}
          title={T.considerTitle}
          description={T.considerBody}
          subject={petition.title}
          icon={<ArrowRight />}
          variant="secondary"
          onConfirm={async () => (await act(() => api.startConsideration(id), T.considered)).ok}
        />
      ) : null}
      <AnswerModal petitionTitle={petition.title} onAnswer={(text) => act(() => api.answer(id, text), T.answered)} />
    </>
  );
};
