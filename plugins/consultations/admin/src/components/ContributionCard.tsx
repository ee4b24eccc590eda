import * as React from 'react';
import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { EyeStriked } from '@strapi/icons';
import type { OfficialContribution } from '../api';
import { formatDateTime } from '../format';
import { dispositionLabel, KIND_LABELS, T } from '../labels';

interface ContributionCardProps {
  contribution: OfficialContribution;
  actions?: React.ReactNode;
}

/** A comment, reply or position paper as moderators and the report's authors need to see it. */
export const ContributionCard = ({ contribution: c, actions }: ContributionCardProps) => (
  <Box background={c.hidden ? 'neutral100' : 'neutral0'} hasRadius shadow="tableShadow" padding={5} marginLeft={c.kind === 'reply' ? 8 : 0}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex gap={2} wrap="wrap" alignItems="center">
          <Badge>{KIND_LABELS[c.kind]}</Badge>
          <Typography variant="pi" textColor="neutral600">
            {c.sectionNumber ? T.section(c.sectionNumber) : T.wholeAct}
            {' · '}
            {c.authorName ?? T.unverifiedAuthor}
            {c.organisation ? ` (${c.organisation})` : null}
            {' · '}
            {formatDateTime(c.createdAt)}
          </Typography>
          {c.reports > 0 ? <Badge variant="danger">{T.reports(c.reports)}</Badge> : null}
          {c.disposition ? <Badge variant="success">{dispositionLabel(c.disposition)}</Badge> : null}
        </Flex>
        {actions ? <Flex gap={2}>{actions}</Flex> : null}
      </Flex>
      <Typography style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Typography>
      {c.file ? (
        <Link href={c.file.url} isExternal>
          {c.file.name}
        </Link>
      ) : null}
      {c.hidden ? (
        <Flex gap={2} alignItems="center">
          <EyeStriked aria-hidden />
          <Typography variant="pi" textColor="danger600">{`${T.hiddenBecause} ${c.hiddenReason ?? ''}`}</Typography>
        </Flex>
      ) : null}
      {c.dispositionReason ? (
        <Typography variant="pi" textColor="neutral700">{`${T.dispositionReason}: ${c.dispositionReason}`}</Typography>
      ) : null}
    </Flex>
  </Box>
);
