import * as React from 'react';
import { Badge, Box, Flex, LinkButton, Typography, useId } from '@strapi/design-system';
import { ChartPie, Check, Discuss, Lock } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { usePollsApi, type OfficialPoll } from '../api';
import { PLUGIN_ID } from '../constants';
import { formatDateTime, formatNumber } from '../format';
import { usePollAction } from '../hooks/usePollAction';
import { audienceLabel, T } from '../labels';
import { ConfirmAction, MetaItem } from '@vzd/core/admin-ui';
import { StatusBadge } from './StatusBadge';

interface PollCardProps {
  poll: OfficialPoll;
  canManage: boolean;
  canModerate: boolean;
  onChanged: () => void | Promise<void>;
}

/** One poll of the official's authorities: its times and figures, and what can be done with it now. */
export const PollCard = ({ poll, canManage, canModerate, onChanged }: PollCardProps) => {
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
              {poll.closedBy === 'official' ? <Badge>{T.closedEarly}</Badge> : null}
              {poll.liveResults ? <Badge>{T.liveResults}</Badge> : null}
              <Badge>{poll.anonymous ? T.anonymous : T.named}</Badge>
            </Flex>
          </Flex>
          <Flex gap={2} wrap="wrap">
            {canManage && (poll.status === 'draft' || poll.status === 'scheduled') ? (
              <ConfirmAction
                label={T.open}
                title={T.openTitle}
                description={T.openBody}
                subject={poll.title}
                icon={<Check />}
                variant="success"
                onConfirm={async () => (await act(() => api.open(poll.documentId), T.opened)).ok}
              />
            ) : null}
            {canManage && poll.status === 'open' ? (
              <ConfirmAction
                label={T.closePoll}
                title={T.closeTitle}
                description={T.closeBody}
                subject={poll.title}
                icon={<Lock />}
                variant="danger-light"
                onConfirm={async () => (await act(() => api.close(poll.documentId), T.closed)).ok}
              />
            ) : null}
            {canModerate && hasTexts && (poll.status === 'open' || poll.status === 'closed') ? (
              <LinkButton tag={NavLink} to={`${base}/texts`} variant="secondary" startIcon={<Discuss />}>
                {poll.pendingTexts > 0 ? `${T.moderate} · ${T.pending(poll.pendingTexts)}` : T.moderate}
              </LinkButton>
            ) : null}
            {poll.status === 'open' || poll.status === 'closed' ? (
              <LinkButton tag={NavLink} to={`${base}/results`} variant="tertiary" startIcon={<ChartPie />}>
                {T.results}
              </LinkButton>
            ) : null}
          </Flex>
        </Flex>
        <Flex tag="dl" gap={6} wrap="wrap" alignItems="flex-start">
          <MetaItem label={T.authority}>{poll.authority.nameUk}</MetaItem>
          <MetaItem label={T.audience}>{audienceLabel(poll.audience)}</MetaItem>
          {poll.openedAt ? (
            <MetaItem label={T.openedAt}>{formatDateTime(poll.openedAt)}</MetaItem>
          ) : (
            <MetaItem label={T.opensAt}>{formatDateTime(poll.opensAt) ?? T.notSet}</MetaItem>
          )}
          {poll.closedAt ? (
            <MetaItem label={T.closedAt}>{formatDateTime(poll.closedAt)}</MetaItem>
          ) : (
            <MetaItem label={T.closesAt}>{formatDateTime(poll.closesAt) ?? T.notSet}</MetaItem>
          )}
          <MetaItem label={T.questions}>{formatNumber(poll.questionCount)}</MetaItem>
          <MetaItem label={T.responses}>{formatNumber(poll.responses)}</MetaItem>
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
