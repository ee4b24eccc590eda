import { Box, Flex, Typography, useId } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import type { OfficialConsultation } from '../api';
import { PLUGIN_ID } from '../constants';
import { useTranslate } from '../i18n';
import { DueDate } from './DueDate';
import { MetaItem, ToneBadge, formatDateTime } from '@vzd/core/admin-ui';
import { StatusBadge } from './StatusBadge';

/** One consultation in the officials' list: where it stands and what still needs doing. */
export const ConsultationCard = ({ consultation: c }: { consultation: OfficialConsultation }) => {
  const t = useTranslate();
  const titleId = useId();
  return (
    <Box tag="article" aria-labelledby={titleId} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography tag="h2" id={titleId} variant="delta">
            <Link to={`/plugins/${PLUGIN_ID}/${c.documentId}`}>{c.title}</Link>
          </Typography>
          <Flex gap={2} wrap="wrap">
            <StatusBadge status={c.status} />
            {c.undisposed > 0 && c.status === 'closed' ? <ToneBadge tone="warning">{t('undisposedCount', { count: c.undisposed })}</ToneBadge> : null}
            {c.reported > 0 ? <ToneBadge tone="danger">{t('reports', { count: c.reported })}</ToneBadge> : null}
          </Flex>
        </Flex>
        <Flex tag="dl" gap={6} wrap="wrap" alignItems="flex-start">
          <MetaItem label={t('authority')}>{t.pick({ uk: c.authority.nameUk, en: c.authority.nameEn })}</MetaItem>
          {c.status === 'draft' ? <MetaItem label={t('period')}>{c.periodWorkingDays}</MetaItem> : <MetaItem label={t('opensAt')}>{formatDateTime(c.opensAt, t.locale)}</MetaItem>}
          {c.status === 'open' ? <DueDate label={t('closesAt')} at={c.closesAt} /> : null}
          {c.status === 'closed' ? <DueDate label={t('reportDue')} at={c.reportDueAt} /> : null}
          {c.status === 'report_published' ? <MetaItem label={t('reportPublished')}>{formatDateTime(c.reportPublishedAt, t.locale)}</MetaItem> : null}
          <MetaItem label={t('proposals')}>{c.proposals}</MetaItem>
          <MetaItem label={t('comments')}>{c.comments}</MetaItem>
        </Flex>
      </Flex>
    </Box>
  );
};
