import { Badge, Box, Flex, Typography, useId } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import type { OfficialConsultation } from '../api';
import { PLUGIN_ID } from '../constants';
import { formatDateTime } from '../format';
import { T } from '../labels';
import { DueDate } from './DueDate';
import { MetaItem } from '@vzd/core/admin-ui';
import { StatusBadge } from './StatusBadge';

/** One consultation in the officials' list: where it stands and what still needs doing. */
export const ConsultationCard = ({ consultation: c }: { consultation: OfficialConsultation }) => {
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
            {c.undisposed > 0 && c.status === 'closed' ? <Badge variant="warning">{`${T.undisposed}: ${c.undisposed}`}</Badge> : null}
            {c.reported > 0 ? <Badge variant="danger">{T.reports(c.reported)}</Badge> : null}
          </Flex>
        </Flex>
        <Flex tag="dl" gap={6} wrap="wrap" alignItems="flex-start">
          <MetaItem label={T.authority}>{`${c.authority.nameUk} / ${c.authority.nameEn}`}</MetaItem>
          {c.status === 'draft' ? <MetaItem label={T.period}>{c.periodWorkingDays}</MetaItem> : <MetaItem label={T.opensAt}>{formatDateTime(c.opensAt)}</MetaItem>}
          {c.status === 'open' ? <DueDate label={T.closesAt} at={c.closesAt} /> : null}
          {c.status === 'closed' ? <DueDate label={T.reportDue} at={c.reportDueAt} /> : null}
          {c.status === 'report_published' ? <MetaItem label={T.reportPublished}>{formatDateTime(c.reportPublishedAt)}</MetaItem> : null}
          <MetaItem label={T.proposals}>{c.proposals}</MetaItem>
          <MetaItem label={T.comments}>{c.comments}</MetaItem>
        </Flex>
      </Flex>
    </Box>
  );
};
