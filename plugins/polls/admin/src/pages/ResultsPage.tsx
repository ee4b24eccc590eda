import * as React from 'react';
import { Flex, LinkButton } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { usePollsApi, type PollResults } from '../api';
import { LoadState } from '../components/LoadState';
import { QuestionResultView } from '../components/QuestionResultView';
import { useLoad } from '../hooks/useLoad';
import { ToneBadge, formatNumber } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';
import { BackLink } from './BackLink';

/** The aggregates of one poll as officials see them, also before they are published. */
export const ResultsPage = () => {
  const t = useTranslate();
  const { id = '' } = useParams();
  const api = usePollsApi();
  const load = React.useCallback(() => api.results(id), [api, id]);
  const results = useLoad<PollResults>(load);
  return (
    <Page.Main>
      <Page.Title>{t('resultsTitle')}</Page.Title>
      <Layouts.Header
        navigationAction={<BackLink />}
        title={results.data?.title ?? t('resultsTitle')}
        subtitle={results.data ? t('responsesCount', { count: formatNumber(results.data.responses, t.locale) }) : undefined}
      />
      <Layouts.Content>
        <LoadState state={results}>
          {(data) => (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Flex justifyContent="space-between" gap={4} wrap="wrap">
                <ToneBadge tone={data.final ? 'success' : 'warning'}>{data.final ? t('final') : t('notFinal')}</ToneBadge>
                {data.final ? (
                  <LinkButton href={`/api/polls/polls/${encodeURIComponent(id)}/results.csv`} variant="tertiary" startIcon={<Download />}>
                    {t('downloadCsv')}
                  </LinkButton>
                ) : null}
              </Flex>
              {data.questions.map((q, i) => (
                <QuestionResultView key={q.id} result={q} index={i} />
              ))}
            </Flex>
          )}
        </LoadState>
      </Layouts.Content>
    </Page.Main>
  );
};
