import { Check } from '@strapi/icons';
import { usePetitionsApi, type OfficialPetition } from '../api';
import { usePetitionAction } from '../hooks/usePetitionAction';
import { useTranslate } from '../i18n';
import { ConfirmAction } from '@vzd/core/admin-ui';
import { RejectModal } from './RejectModal';

interface ModerationActionsProps {
  petition: OfficialPetition;
  onDone: () => void | Promise<void>;
}

export const ModerationActions = ({ petition, onDone }: ModerationActionsProps) => {
  const t = useTranslate();
  const api = usePetitionsApi();
  const act = usePetitionAction(onDone);
  const id = petition.documentId;
  return (
    <>
      <ConfirmAction
        label={t('publish')}
        title={t('publishTitle')}
        description={t('publishBody')}
        subject={petition.title}
        icon={<Check />}
        variant="success"
        onConfirm={async () => (await act(() => api.publish(id), t('published'))).ok}
      />
      <RejectModal petitionId={id} petitionTitle={petition.title} loadCandidates={() => api.list('all')} onReject={(body) => act(() => api.reject(id, body), t('rejected'))} />
    </>
  );
};
