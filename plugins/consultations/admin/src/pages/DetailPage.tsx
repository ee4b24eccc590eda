import * as React from 'react';
import { Box, Flex, LinkButton, Tabs, Typography } from '@strapi/design-system';
import { ArrowLeft, Check, EyeStriked, File } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link, useParams } from 'react-router-dom';
import { useConsultationsApi, type ConsultationDetail, type OfficialContribution, type ProposalsFilter } from '../api';
import { ContributionCard } from '../components/ContributionCard';
import { DispositionModal } from '../components/DispositionModal';
import { DueDate } from '../components/DueDate';
import { LoadFrame } from '../components/LoadFrame';
import { ConfirmAction, MetaItem, formatDateTime } from '@vzd/core/admin-ui';
import { StatusBadge } from '../components/StatusBadge';
import { TextModal } from '../components/TextModal';
import { PLUGIN_ID } from '../constants';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { useOfficialPermissions } from '../hooks/useOfficialPermissions';
import { useTranslate, type MessageKey } from '../i18n';

const FILTERS = [
  { value: 'all', label: 'filterAll' },
  { value: 'undisposed', label: 'filterUndisposed' },
  { value: 'reported', label: 'filterReported' },
  { value: 'hidden', label: 'filterHidden' },
] as const satisfies readonly { value: ProposalsFilter; label: MessageKey }[];

/** One consultation: its state and dates, the way to open it, its contributions with moderation and dispositions, the report. */
export const DetailPage = () => {
  const t = useTranslate();
  const { documentId = '' } = useParams<{ documentId: string }>();
  const api = useConsultationsApi();
  const loadDetail = React.useCallback(() => api.detail(documentId), [api, documentId]);
  const detail = useLoad(loadDetail);
  return (
    <Page.Main>
      <Page.Title>{detail.data?.title ?? t('pageTitle')}</Page.Title>
      <Layouts.Header
        title={detail.data?.title ?? t('pageTitle')}
        navigationAction={
          <Flex>
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}`} variant="tertiary" startIcon={<ArrowLeft />}>
              {t('back')}
            </LinkButton>
          </Flex>
        }
      />
      <Layouts.Content>
        <LoadFrame state={detail}>{(c) => <ConsultationView consultation={c} onChanged={detail.refetch} />}</LoadFrame>
      </Layouts.Content>
    </Page.Main>
  );
};

const ConsultationView = ({ consultation: c, onChanged }: { consultation: ConsultationDetail; onChanged: () => Promise<void> }) => {
  const t = useTranslate();
  const api = useConsultationsApi();
  const { canManage, canModerate, canReport } = useOfficialPermissions();
  const [filter, setFilter] = React.useState<ProposalsFilter>('all');
  const loadContributions = React.useCallback(() => api.contributions(c.documentId, filter), [api, c.documentId, filter]);
  const contributions = useLoad(loadContributions);
  const refresh = React.useCallback(async () => {
    await Promise.all([onChanged(), contributions.refetch()]);
  }, [onChanged, contributions.refetch]);
  const act = useAction(refresh);

  const actionsFor = (x: OfficialContribution) => (
    <>
      {canReport && c.status === 'closed' && x.kind !== 'reply' && !x.hidden ? (
        <DispositionModal
          proposal={x.body}
          current={{ disposition: x.disposition, reason: x.dispositionReason }}
          onSave={(body) => act(() => api.dispose(c.documentId, x.id, body), t('dispositionSaved'))}
        />
      ) : null}
      {canModerate && !x.hidden && c.status !== 'draft' ? (
        <TextModal
          trigger={t('hide')}
          title={t('hideTitle')}
          subject={x.body}
          label={t('hideReason')}
          field="reason"
          minLength={5}
          maxLength={1000}
          submitLabel={t('hide')}
          variant="danger-light"
          icon={<EyeStriked />}
          onSubmit={(reason) => act(() => api.hide(c.documentId, x.id, reason), t('hidden'))}
        />
      ) : null}
    </>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex justifyContent="space-between" gap={4} wrap="wrap">
            <StatusBadge status={c.status} />
            <Flex gap={2}>
              {canManage && c.status === 'draft' ? (
                <ConfirmAction
                  label={t('publish')}
                  title={t('publishTitle')}
                  description={t('publishBody')}
                  subject={c.title}
                  icon={<Check />}
                  variant="success"
                  onConfirm={async () => (await act(() => api.publish(c.documentId), t('published'))).ok}
                />
              ) : null}
              {canReport && c.status === 'closed' && c.undisposed > 0 ? (
                <Typography variant="pi" textColor="neutral800">
                  {t('reportNeedsDispositions', { count: c.undisposed })}
                </Typography>
              ) : null}
              {canReport && c.status === 'closed' ? (
                <TextModal
                  trigger={t('publishReport')}
                  title={t('reportTitle')}
                  subject={c.title}
                  disabled={c.undisposed > 0}
                  label={t('reportSummary')}
                  field="summary"
                  minLength={20}
                  maxLength={20000}
                  submitLabel={t('publishReport')}
                  variant="success"
                  icon={<File />}
                  onSubmit={(summary) => act(() => api.publishReport(c.documentId, summary), t('reportPublishedOk'))}
                />
              ) : null}
            </Flex>
          </Flex>
          <Typography>{c.summary}</Typography>
          <Flex tag="dl" gap={6} wrap="wrap" alignItems="flex-start">
            <MetaItem label={t('authority')}>{t.pick({ uk: c.authority.nameUk, en: c.authority.nameEn })}</MetaItem>
            <MetaItem label={t('period')}>{c.periodWorkingDays}</MetaItem>
            {c.opensAt ? <MetaItem label={t('opensAt')}>{formatDateTime(c.opensAt, t.locale)}</MetaItem> : null}
            {c.closesAt ? <DueDate label={t('closesAt')} at={c.closesAt} met={c.status !== 'open'} /> : null}
            {c.reportDueAt ? <DueDate label={t('reportDue')} at={c.reportDueAt} met={c.reportPublishedAt !== null} /> : null}
            {c.reportPublishedAt ? <MetaItem label={t('reportPublished')}>{formatDateTime(c.reportPublishedAt, t.locale)}</MetaItem> : null}
            <MetaItem label={t('proposals')}>{c.proposals}</MetaItem>
            <MetaItem label={t('answers')}>{c.answers}</MetaItem>
          </Flex>
          <Typography variant="sigma" textColor="neutral600">
            {t('sections')}
          </Typography>
          <Flex tag="ol" direction="column" alignItems="stretch" gap={1}>
            {c.sections.map((s) => (
              <Typography tag="li" key={s.number}>{t('sectionComments', { number: s.number, heading: s.heading, count: s.comments })}</Typography>
            ))}
          </Flex>
        </Flex>
      </Box>

      {c.status !== 'draft' ? (
        <Box>
          <Typography tag="h2" variant="beta">
            {t('contributions')}
          </Typography>
          <Tabs.Root value={filter} onValueChange={(value) => setFilter(value as ProposalsFilter)}>
            <Tabs.List aria-label={t('contributions')}>
              {FILTERS.map((f) => (
                <Tabs.Trigger key={f.value} value={f.value}>
                  {t(f.label)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <Tabs.Content value={filter}>
              <Box paddingTop={4}>
                <LoadFrame state={contributions} isEmpty={(data) => data.length === 0} emptyText={t('emptyContributions')}>
                  {(data) => (
                    <Flex direction="column" alignItems="stretch" gap={3}>
                      {data.map((x) => (
                        <ContributionCard key={x.id} contribution={x} actions={actionsFor(x)} />
                      ))}
                    </Flex>
                  )}
                </LoadFrame>
              </Box>
            </Tabs.Content>
          </Tabs.Root>
        </Box>
      ) : null}
    </Flex>
  );
};
