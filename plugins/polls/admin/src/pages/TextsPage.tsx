import * as React from 'react';
import { Flex, Tabs, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { usePollsApi, type TextAnswer, type TextState } from '../api';
import { LoadState } from '../components/LoadState';
import { TextAnswerCard } from '../components/TextAnswerCard';
import { useLoad } from '../hooks/useLoad';
import { usePollAction } from '../hooks/usePollAction';
import { useTranslate, type MessageKey } from '../i18n';
import { BackLink } from './BackLink';

const STATES = [
  { value: 'pending', label: 'statePending' },
  { value: 'approved', label: 'stateApproved' },
  { value: 'rejected', label: 'stateRejected' },
] as const satisfies readonly { value: TextState; label: MessageKey }[];

/** Free-text answers of one poll, by moderation state; approving publishes an answer with the results. */
export const TextsPage = () => {
  const t = useTranslate();
  const { id = '' } = useParams();
  const api = usePollsApi();
  const [state, setState] = React.useState<TextState>('pending');
  const load = React.useCallback(() => api.texts(id, state), [api, id, state]);
  const texts = useLoad<TextAnswer[]>(load);
  const act = usePollAction(texts.refetch);
  const [busy, setBusy] = React.useState<number | null>(null);

  const decide = async (answer: TextAnswer, decision: 'approved' | 'rejected') => {
    setBusy(answer.id);
    await act(() => api.moderate(id, answer.id, decision), decision === 'approved' ? t('approved') : t('rejected'));
    setBusy(null);
  };

  return (
    <Page.Main>
      <Page.Title>{t('moderationTitle')}</Page.Title>
      <Layouts.Header navigationAction={<BackLink />} title={t('moderationTitle')} subtitle={t('moderationHint')} />
      <Layouts.Content>
        <Tabs.Root value={state} onValueChange={(value) => setState(value as TextState)}>
          <Tabs.List aria-label={t('moderationTitle')}>
            {STATES.map((s) => (
              <Tabs.Trigger key={s.value} value={s.value}>
                {t(s.label)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={state}>
            <Flex direction="column" alignItems="stretch" gap={4} paddingTop={6}>
              <LoadState state={texts} isEmpty={(list) => list.length === 0} emptyText={t('emptyTexts')}>
                {(list) =>
                  list.map((answer) => (
                    <TextAnswerCard key={answer.id} answer={answer} busy={busy === answer.id} onDecide={(d) => void decide(answer, d)} />
                  ))
                }
              </LoadState>
              <Typography variant="pi" textColor="neutral600">
                {t('moderationHint')}
              </Typography>
            </Flex>
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
