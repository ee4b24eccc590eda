import * as React from 'react';
import { Box, Flex, LinkButton, Tabs } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { useConsultationsApi, type StatusFilter } from '../api';
import { ConsultationCard } from '../components/ConsultationCard';
import { LoadFrame } from '../components/LoadFrame';
import { PLUGIN_ID } from '../constants';
import { useLoad } from '../hooks/useLoad';
import { useOfficialPermissions } from '../hooks/useOfficialPermissions';
import { useTranslate, type Translate } from '../i18n';
import { STATUS_LABELS } from '../labels';

const FILTERS: StatusFilter[] = ['all', 'draft', 'open', 'closed', 'report_published'];

const filterLabel = (t: Translate, filter: StatusFilter) => (filter === 'all' ? t('all') : t.pick(STATUS_LABELS[filter]));

/** Consultations of the official's authorities, newest first, filtered by status. */
export const ListPage = () => {
  const t = useTranslate();
  const api = useConsultationsApi();
  const { canManage } = useOfficialPermissions();
  const [status, setStatus] = React.useState<StatusFilter>('all');
  const load = React.useCallback(() => api.list(status), [api, status]);
  const list = useLoad(load);
  return (
    <Page.Main>
      <Page.Title>{t('pageTitle')}</Page.Title>
      <Layouts.Header
        title={t('pageTitle')}
        subtitle={t('pageSubtitle')}
        primaryAction={
          canManage ? (
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/new`} startIcon={<Plus />}>
              {t('newConsultation')}
            </LinkButton>
          ) : null
        }
      />
      <Layouts.Content>
        <Tabs.Root value={status} onValueChange={(value) => setStatus(value as StatusFilter)}>
          <Tabs.List aria-label={t('tabsLabel')}>
            {FILTERS.map((f) => (
              <Tabs.Trigger key={f} value={f}>
                {filterLabel(t, f)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={status}>
            <Box paddingTop={6}>
              <LoadFrame state={list} isEmpty={(data) => data.length === 0}>
                {(data) => (
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    {data.map((c) => (
                      <ConsultationCard key={c.documentId} consultation={c} />
                    ))}
                  </Flex>
                )}
              </LoadFrame>
            </Box>
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
