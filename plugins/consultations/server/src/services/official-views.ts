import type { Core } from '@strapi/strapi';
import type { AdminUser } from '@vzd/core/server';
import type { OfficialConsultation, OfficialContribution, ProposalsFilter } from '../../../shared/contracts';
import { attachmentOf, CONSULTATION, iso, type ConsultationRecord } from './consultation-row';
import type { ContributionsService } from './contributions';
import { consultationNotFound } from './locks';
import { summaryOf } from './summaries';

/** What officials see in the admin panel: their authorities' consultations, drafts included, and every contribution. */
const officialViews = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('consultations').service(name);
  const store = () => service('contributions') as ContributionsService;
  const authorities = () => strapi.plugin('core').service('authorities');

  /** The consultation, if this official may see it (the same check as for every action). */
  const assigned = async (documentId: string, user: AdminUser, populate: string[] = ['authority']) => {
    const row = (await strapi.db.query(CONSULTATION).findOne({ where: { documentId }, populate })) as ConsultationRecord | null;
    if (!row) throw consultationNotFound();
    await authorities().assertOfficialOf(user, row.authority.id);
    return row;
  };

  return {
    async authorities(user: AdminUser): Promise<{ slug: string; nameUk: string; nameEn: string }[]> {
      const scope = (await authorities().scopeOf(user)) as number[] | null;
      const all = (await authorities().list()) as { id: number; slug: string; nameUk: string; nameEn: string }[];
      return all.filter((a) => !scope || scope.includes(a.id)).map((a) => ({ slug: a.slug, nameUk: a.nameUk, nameEn: a.nameEn }));
    },

    async list(user: AdminUser, status: string): Promise<OfficialConsultation[]> {
      const scope = (await authorities().scopeOf(user)) as number[] | null;
      const where: Record<string, unknown> = {};
      if (scope) where.authority = { id: { $in: scope } };
      if (status !== 'all') where.status = status;
      const rows = (await strapi.db.query(CONSULTATION).findMany({
        where,
        populate: ['authority'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 500,
      })) as ConsultationRecord[];
      const ids = rows.map((r) => r.id);
      const [comments, counts] = await Promise.all([store().visibleCommentCounts(ids), store().officialCounts(ids)]);
      const now = new Date();
      return rows.map((r) => ({
        ...summaryOf(strapi, r, comments.get(r.id) ?? 0, now),
        ...(counts.get(r.id) ?? { proposals: 0, undisposed: 0, reported: 0, hidden: 0 }),
      }));
    },

    /** The public detail (drafts included) plus what is still to be done. */
    async detail(documentId: string, user: AdminUser) {
      const row = await assigned(documentId, user, ['authority', 'attachments']);
      const [detail, counts] = await Promise.all([service('views').detail(documentId, row), store().officialCounts([row.id])]);
      return { ...detail, ...(counts.get(row.id) ?? { proposals: 0, undisposed: 0, reported: 0, hidden: 0 }) };
    },

    async contributions(documentId: string, user: AdminUser, filter: ProposalsFilter): Promise<OfficialContribution[]> {
      const row = await assigned(documentId, user);
      const list = await store().forOfficials(row.id, filter);
      const fileIds = list.map((c) => c.fileId).filter((id): id is number => id !== null);
      const files = fileIds.length
        ? ((await strapi.db.connection('files').whereIn('id', fileIds).select('id', 'name', 'url', 'mime', 'size')) as Parameters<typeof attachmentOf>[0][])
        : [];
      const byId = new Map(files.map((f) => [f.id, attachmentOf(f)]));
      return list.map((c) => ({
        id: c.id,
        kind: c.kind,
        parentId: c.parentId,
        sectionNumber: c.sectionNumber,
        sectionHeading: c.sectionHeading,
        authorName: c.authorName,
        authorVerified: c.authorVerified,
        organisation: c.organisation,
        body: c.body,
        file: c.fileId === null ? null : (byId.get(c.fileId) ?? null),
        createdAt: c.createdAt.toISOString(),
        reports: c.reports,
        hidden: c.hidden,
        hiddenAt: iso(c.hiddenAt),
        hiddenReason: c.hiddenReason,
        disposition: c.disposition,
        dispositionReason: c.dispositionReason,
        disposedAt: iso(c.disposedAt),
      }));
    },
  };
};

export default officialViews;
