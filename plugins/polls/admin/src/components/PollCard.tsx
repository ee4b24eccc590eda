import * as React from 'react';
import { Box, Flex, LinkButton, Typography, useId } from '@strapi/design-system';
import { ChartPie, Check, Discuss, Lock } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { usePollsApi, type OfficialPoll } from '../api';
import { PLUGIN_ID } from '../constants';
import { usePollAction } from '../hooks/usePollAction';
import { useTranslate } from '../i18n';
import { AUDIENCE_LABELS } from '../labels';
import { ConfirmAction, MetaItem, ToneBadge, formatDateTime, formatNumber } from '@vzd/core/admin-ui';
import { StatusBadge } from './StatusBadge';

interface PollCardProps {
  poll: OfficialPoll;
  canManage: boolean;
  canModerate: boolean;
  onChanged: () => void | Promise<void>;
}

/** One poll of the official's authorities: its times and figures, and what can be done with it now. */
export const PollCard = ({ poll, canManage, canModerate, onChanged }: PollCardProps) => {
  const t = useTranslate();
  const titleId = useId();
  const api = usePollsApi();
  const act = usePollAction(onChanged);
  const hasTexts = poll.questions.some((q) => q.type === 'text');
  const base = `/plugins/${PLUGIN_ID}/${encodeURIComponent(poll.documentId)}`;
  return (
    <Box tag="article" aria-labelledby={titleId} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Typography tag="h2" id={titleId} variant="delta">
              {poll.title}
            </Typography>
            <Flex gap={2} wrap="wrap">
              <StatusBadge status={poll.status} />
              {poll.closedBy === 'official' ? <ToneBadge>{t('closedEarly')}</ToneBadge> : null}
              {poll.liveResults ? <ToneBadge>{t('liveResults')}</ToneBadge> : null}
              <ToneBadge>{poll.anonymous ? t('anonymous') : t('named')}</ToneBadge>
            </Flex>
          </Flex>
          <Flex gap={2} wrap="wrap">
            {canManage && (poll.status === 'draft' || poll.status === 'scheduled') ? (
              <ConfirmAction
                label={t('open')}
                title={t('openTitle')}
                description={t('openBody')}
                subject={poll.title}
                icon={<Check />}
                variant="success"
                onConfirm={async () => (await act(() => api.open(poll.documentId), t('opened'))).ok}
              />
            ) : null}
            {canManage && poll.status === 'open' ? (
              <ConfirmAction
                label={t('closePoll')}
                title={t('closeTitle')}
                description={t('closeBody')}
                subject={poll.title}
                icon={<Lock />}
                variant="danger-light"
                onConfirm={async () => (await act(() => api.close(poll.documentId), t('closed'))).ok}
              />
            ) : null}
            {canModerate && hasTexts && (poll.status === 'open' || poll.status === 'closed') ? (
              <LinkButton tag={NavLink} to={`${base}/texts`} variant="secondary" startIcon={<Discuss />}>
                {poll.pendingTexts > 0 ? `${t('moderate')} · ${t('pending', { count: poll.pendingTexts })}` : t('moderate')}
              </LinkButton>
            ) : null}
            {poll.status === 'open' || poll.status === 'closed' ? (
              <LinkButton tag={NavLink} to={`${base}/results`} variant="tertiary" startIcon={<ChartPie />}>
                {t('results')}
              </LinkButton>
            ) : null}
          </Flex>
        </Flex>
        <Flex tag="dl" gap={6} wrap="wrap" alignItems="flex-start">
          <MetaItem label={t('authority')}>{t.pick({ uk: poll.authority.nameUk, en: poll.authority.nameEn })}</MetaItem>
          <MetaItem label={t('audience')}>{t.pick(AUDIENCE_LABELS[poll.audience])}</MetaItem>
          {poll.openedAt ? (
            <MetaItem label={t('openedAt')}>{formatDateTime(poll.openedAt, t.locale)}</MetaItem>
          ) : (
            <MetaItem label={t('opensAt')}>{formatDateTime(poll.opensAt, t.locale) ?? t('notSet')}</MetaItem>
          )}
          {poll.closedAt ? (
            <MetaItem label={t('closedAt')}>{formatDateTime(poll.closedAt, t.locale)}</MetaItem>
          ) : (
            <MetaItem label={t('closesAt')}>{formatDateTime(poll.closesAt, t.locale) ?? t('notSet')}</MetaItem>
          )}
          <MetaItem label={t('questions')}>{formatNumber(poll.questionCount, t.locale)}</MetaItem>
          <MetaItem label={t('responses')}>{formatNumber(poll.responses, t.locale)}</MetaItem>
        </Flex>
        {poll.description ? (
          <Typography variant="omega" textColor="neutral700">
            {poll.description}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
};
