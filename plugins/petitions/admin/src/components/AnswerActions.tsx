import { ArrowRight } from '@strapi/icons';
import { usePetitionsApi, type OfficialPetition } from '../api';
import { usePetitionAction } from '../hooks/usePetitionAction';
import { useTranslate } from '../i18n';
import { AnswerModal } from './AnswerModal';
import { ConfirmAction } from '@vzd/core/admin-ui';

interface AnswerActionsProps {
  petition: OfficialPetition;
  onDone: () => void | Promise<void>;
}

export const AnswerActions = ({ petition, onDone }: AnswerActionsProps) => {
  const t = useTranslate();
  const api = usePetitionsApi();
  const act = usePetitionAction(onDone);
  const id = petition.documentId;
  return (
    <>
      {petition.status === 'threshold_reached' ? (
        <ConfirmAction
          label={t('consider')}
          title={t('considerTitle')}
          description={t('considerBody')}
          subject={petition.title}
          icon={<ArrowRight />}
          variant="secondary"
          onConfirm={async () => (await act(() => api.startConsideration(id), t('considered'))).ok}
        />
      ) : null}
      <AnswerModal petitionTitle={petition.title} onAnswer={(text) => act(() => api.answer(id, text), t('answered'))} />
    </>
  );
};
