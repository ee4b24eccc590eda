import * as React from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { EyeStriked } from '@strapi/icons';
import type { OfficialContribution } from '../api';
import { ToneBadge, formatDateTime } from '@vzd/core/admin-ui';
import { useTranslate } from '../i18n';
import { DISPOSITION_LABELS } from '../labels';

interface ContributionCardProps {
  contribution: OfficialContribution;
  actions?: React.ReactNode;
}

/** A comment, reply or position paper as moderators and the report's authors need to see it. */
export const ContributionCard = ({ contribution: c, actions }: ContributionCardProps) => {
  const t = useTranslate();
  return (
  <Box background={c.hidden ? 'neutral100' : 'neutral0'} hasRadius shadow="tableShadow" padding={5} marginLeft={c.kind === 'reply' ? 8 : 0}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex gap={2} wrap="wrap" alignItems="center">
          <ToneBadge>{t(`kind.${c.kind}`)}</ToneBadge>
          <Typography variant="pi" textColor="neutral600">
            {c.sectionNumber ? t('section', { number: c.sectionNumber }) : t('wholeAct')}
            {' · '}
            {c.authorName ?? t('unverifiedAuthor')}
            {c.organisation ? ` (${c.organisation})` : null}
            {' · '}
            {formatDateTime(c.createdAt, t.locale)}
          </Typography>
          {c.reports > 0 ? <ToneBadge tone="danger">{t('reports', { count: c.reports })}</ToneBadge> : null}
          {c.disposition ? <ToneBadge tone="success">{t.pick(DISPOSITION_LABELS[c.disposition])}</ToneBadge> : null}
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
          <Typography variant="pi" textColor="danger600">{`${t('hiddenBecause')} ${c.hiddenReason ?? ''}`}</Typography>
        </Flex>
      ) : null}
      {c.dispositionReason ? (
        <Typography variant="pi" textColor="neutral700">{`${t('dispositionReason')}: ${c.dispositionReason}`}</Typography>
      ) : null}
    </Flex>
  </Box>
  );
};
