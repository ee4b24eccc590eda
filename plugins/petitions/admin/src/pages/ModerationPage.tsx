import { ModerationActions } from '../components/ModerationActions';
import { PetitionCard } from '../components/PetitionCard';
import { PetitionList } from '../components/PetitionList';
import { useOfficialPermissions } from '../hooks/useOfficialPermissions';
import { usePetitionList } from '../hooks/usePetitionList';
import { T } from '../labels';

/** Submitted petitions, oldest first, each to be published or rejected before its moderation deadline. */
export const ModerationPage = () => {
  const list = usePetitionList('moderation');
  const { canModerate } = useOfficialPermissions();
  return (
    <PetitionList
      state={list}
      emptyText={T.emptyModeration}
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
