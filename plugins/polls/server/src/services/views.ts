import type { Core } from '@strapi/strapi';
import type { ListQuery, PollDetail, PollSummary } from '../../../shared/contracts';
import { PUBLIC_STATUSES, pollSettings, resultsVisibility } from '../domain';
import { iso, POLL, questionsOf, stateOf, type PollRecord } from './poll-row';

export type OfficialFilter = 'active' | 'draft' | 'closed' | 'all';
const OFFICIAL_FILTERS: Record<OfficialFilter, string[] | null> = {
  active: ['scheduled', 'open'],
  draft: ['draft'],
  closed: ['closed'],
  all: null,
};

/** Public and officials' read models of polls. */
const views = ({ strapi }: { strapi: Core.Strapi }) => {
  const responses = () => strapi.plugin('polls').service('responses');

  const summary = (poll: PollRecord, count: number): PollSummary => {
    const state = stateOf(poll);
    return {
      documentId: poll.documentId,
      title: poll.title,
      status: state.status,
      audience: poll.audience,
      authority: { slug: poll.authority.slug, nameUk: poll.authority.nameUk, nameEn: poll.authority.nameEn },
      opensAt: iso(state.opensAt),
      closesAt: iso(state.closesAt),
      openedAt: iso(state.openedAt),
      closedAt: iso(state.closedAt),
      closedBy: state.closedBy,
      liveResults: Boolean(poll.liveResults),
      resultsAvailable: resultsVisibility(state.status, Boolean(poll.liveResults)).visible,
      questionCount: questionsOf(poll).length,
      responses: count,
      createdAt: new Date(poll.createdAt).toISOString(),
    };
  };

  const withCounts = async (polls: PollRecord[]) => {
    const counts = (await responses().countMany(polls.map((p) => p.id))) as Map<number, number>;
    return polls.map((p) => summary(p, counts.get(p.id) ?? 0));
  };

  return {
    /** A poll the public may see (not a draft), with its authority. */
    async findPublic(documentId: string): Promise<PollRecord | null> {
      return (await strapi.db.query(POLL).findOne({
        where: { documentId, status: { $in: [...PUBLIC_STATUSES] } },
        populate: ['authority'],
      })) as PollRecord | null;
    },

    async findAny(documentId: string): Promise<PollRecord | null> {
      return (await strapi.db.query(POLL).findOne({ where: { documentId }, populate: ['authority'] })) as PollRecord | null;
    },

    async list(query: ListQuery) {
      const where: Record<string, unknown> = { status: query.status ?? { $in: [...PUBLIC_STATUSES] } };
      if (query.authority) where.authority = { slug: query.authority };
      const [rows, total] = await Promise.all([
        strapi.db.query(POLL).findMany({
          where,
          populate: ['authority'],
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }) as Promise<PollRecord[]>,
        strapi.db.query(POLL).count({ where }),
      ]);
      return {
        data: await withCounts(rows),
        meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
      };
    },

    async detail(documentId: string): Promise<PollDetail | null> {
      const poll = await this.findPublic(documentId);
      if (!poll) return null;
      const [withCount] = await withCounts([poll]);
      const { responseLevel } = strapi.plugin('core').service('authorities').moduleSettings(poll.authority, 'polls', pollSettings);
      return { ...withCount, description: poll.description ?? '', anonymous: Boolean(poll.anonymous), responseLevel, questions: questionsOf(poll) };
    },

    /** For officials: polls of the given authorities (null scope = every authority), with texts awaiting moderation. */
    async forOfficials(scope: number[] | null, filter: OfficialFilter) {
      const where: Record<string, unknown> = {};
      if (scope) where.authority = { id: { $in: scope } };
      const statuses = OFFICIAL_FILTERS[filter];
      if (statuses) where.status = { $in: statuses };
      const rows = (await strapi.db.query(POLL).findMany({
        where,
        populate: ['authority'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 200,
      })) as PollRecord[];
      const [summaries, pending] = await Promise.all([
        withCounts(rows),
        strapi.plugin('polls').service('moderation').pendingCounts(rows.map((r) => r.id)) as Promise<Map<number, number>>,
      ]);
      return summaries.map((s, i) => ({
        ...s,
        description: rows[i].description ?? '',
        anonymous: Boolean(rows[i].anonymous),
        questions: questionsOf(rows[i]),
        pendingTexts: pending.get(rows[i].id) ?? 0,
      }));
    },
  };
};

export default views;
