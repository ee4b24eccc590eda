import * as React from 'react';
import { Box, Flex, Typography, useId } from '@strapi/design-system';
import type { OfficialPetition } from '../api';
import { useTranslate } from '../i18n';
import { DueDate } from './DueDate';
import { MetaItem, formatDateTime } from '@vzd/core/admin-ui';
import { PetitionText } from './PetitionText';
import { SignatureCount } from './SignatureCount';
import { StatusBadge } from './StatusBadge';

interface PetitionCardProps {
  petition: OfficialPetition;
  /** Which deadline matters in this queue. */
  deadline: 'moderation' | 'answer';
  actions?: React.ReactNode;
}

export const PetitionCard = ({ petition, deadline, actions }: PetitionCardProps) => {
  const t = useTranslate();
  const titleId = useId();
  const { authority } = petition;
  return (
    <Box tag="article" aria-labelledby={titleId} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Typography tag="h2" id={titleId} variant="delta">
              {petition.title}
            </Typography>
            <StatusBadge status={petition.status} />
          </Flex>
          {actions ? (
            <Flex gap={2} wrap="wrap">
              {actions}
            </Flex>
          ) : null}
        </Flex>
        <Flex tag="dl" gap={6} wrap="wrap" alignItems="flex-start">
          <MetaItem label={t('authority')}>
            {t.pick({ uk: authority.nameUk, en: authority.nameEn || authority.nameUk })}
          </MetaItem>
          <MetaItem label={t('author')}>
            {petition.authorName ? t('authorVerifiedName', { name: petition.authorName }) : t('authorUnverified')}
          </MetaItem>
          <MetaItem label={t('submittedAt')}>{formatDateTime(petition.submittedAt ?? petition.createdAt, t.locale)}</MetaItem>
          {deadline === 'moderation' ? (
            <DueDate label={t('moderationDue')} at={petition.moderationDueAt} />
          ) : (
            <>
              <MetaItem label={t('signatures')}>
                <SignatureCount {...petition} />
              </MetaItem>
              <DueDate label={t('answerDue')} at={petition.answerDueAt} />
            </>
          )}
        </Flex>
        <PetitionText text={petition.text} answer={petition.answer} />
      </Flex>
    </Box>
  );
};
