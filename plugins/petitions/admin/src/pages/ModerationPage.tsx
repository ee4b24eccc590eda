import { ModerationActions } from '../components/ModerationActions';
import { PetitionCard } from '../components/PetitionCard';
import { PetitionList } from '../components/PetitionList';
import { useOfficialPermissions } from '../hooks/useOfficialPermissions';
import { usePetitionList } from '../hooks/usePetitionList';
import { useTranslate } from '../i18n';

/** Submitted petitions, oldest first, each to be published or rejected before its moderation deadline. */
export const ModerationPage = () => {
  const t = useTranslate();
  const list = usePetitionList('moderation');
  const { canModerate } = useOfficialPermissions();
  return (
    <PetitionList
      state={list}
      emptyText={t('emptyModeration')}
      renderItem={(petition) => (
        <PetitionCard
          petition={petition}
          deadline="moderation"
          actions={canModerate ? <ModerationActions petition={petition} onDone={list.refetch} /> : null}
        />
      )}
    />
  );
};
