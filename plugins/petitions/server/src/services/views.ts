import type { Core } from '@strapi/strapi';
import { identityService, meetsLevel } from '@vzd/identity/server';
import type { ListQuery, MyPetition, PetitionDetail, PetitionSummary } from '../../../shared/contracts';
import {
  canSign,
  CONTENT_WITHHELD_REASONS,
  isContentWithheld,
  isCorrectable,
  nearestToThreshold,
  petitionSettings,
  progressOf,
  type PetitionSettings,
  type PetitionState,
  type PetitionStatus,
} from '../domain';
import { publicAuthor, stateOf } from './petition-row';
import { signatureScope } from './signatures';

const PETITION = 'plugin::petitions.petition';
const PUBLIC_STATUSES: PetitionStatus[] = ['collecting', 'threshold_reached', 'under_consideration', 'answered', 'not_supported', 'rejected'];
/** Statuses recorded in the timeline, by the audit action that leads to them. */
const ACTION_STATUS: Record<string, PetitionStatus> = {
  'petition.submit': 'submitted',
  'petition.publish': 'collecting',
  'petition.reject': 'rejected',
  'petition.resubmit': 'submitted',
  'petition.reach_threshold': 'threshold_reached',
  'petition.start_consideration': 'under_consideration',
  'petition.answer': 'answered',
  'petition.close_window': 'not_supported',
};

type Row = Record<string, unknown> & {
  id: number;
  documentId: string;
  title: string;
  text: string;
  authorName: string | null;
  authorVerified: boolean | null;
  createdAt: Date | string;
  authority: { slug: string; kind: 'central' | 'regional' | 'community'; nameUk: string; nameEn: string; moduleSettings: Record<string, unknown> | null };
};

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A petition rejected as offensive or unlawful: the public sees that it was rejected and why, nothing it said. */
const withheld = (state: PetitionState) => state.status === 'rejected' && isContentWithheld(state.rejectionReason);

/** Search must not find a withheld petition by its words, or the words would leak through the result list. */
const SEARCHABLE = { $or: [{ status: { $ne: 'rejected' } }, { rejectionReason: { $notIn: [...CONTENT_WITHHELD_REASONS] } }] };

/** Public read models of petitions: what the site and the API show. */
const views = ({ strapi }: { strapi: Core.Strapi }) => {
  const signatures = () => strapi.plugin('petitions').service('signatures');

  const summary = (row: Row, count: number, now: Date): PetitionSummary => {
    const state = stateOf(row);
    const progress = progressOf(state, count, now);
    const hidden = withheld(state);
    return {
      documentId: row.documentId,
      title: hidden ? null : row.title,
      contentWithheld: hidden,
      status: state.status,
      authority: { slug: row.authority.slug, nameUk: row.authority.nameUk, nameEn: row.authority.nameEn },
      signatures: count,
      threshold: state.threshold,
      percent: progress.percent,
      daysLeft: progress.daysLeft,
      collectionEndsAt: iso(state.collectionEndsAt),
      createdAt: new Date(row.createdAt).toISOString(),
    };
  };

  const withCounts = async (rows: Row[]): Promise<PetitionSummary[]> => {
    const counts = await signatures().countMany(rows.map((r) => r.id));
    const now = new Date();
    return rows.map((r) => summary(r, counts.get(r.id) ?? 0, now));
  };

  const settingsOf = (row: Row) =>
    strapi.plugin('core').service('authorities').moduleSettings(row.authority, 'petitions', petitionSettings) as PetitionSettings;

  const findPublic = async (documentId: string): Promise<Row | null> =>
    (await strapi.db.query(PETITION).findOne({
      where: { documentId, status: { $in: PUBLIC_STATUSES } },
      populate: ['authority'],
    })) as Row | null;

  return {
    async list(query: ListQuery) {
      const where: Record<string, unknown> = { status: query.status ? query.status : { $in: PUBLIC_STATUSES } };
      if (query.authority) where.authority = { slug: query.authority };
      if (query.q) where.$and = [{ $or: [{ title: { $containsi: query.q } }, { text: { $containsi: query.q } }] }, SEARCHABLE];
      const [rows, total] = await Promise.all([
        strapi.db.query(PETITION).findMany({
          where,
          populate: ['authority'],
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }) as Promise<Row[]>,
        strapi.db.query(PETITION).count({ where }),
      ]);
      return {
        data: await withCounts(rows),
        meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
      };
    },

    /** Collecting petitions closest to their threshold, for the home page. */
    async nearThreshold(limit: number): Promise<PetitionSummary[]> {
      const rows = (await strapi.db.query(PETITION).findMany({ where: { status: 'collecting' }, populate: ['authority'] })) as Row[];
      return nearestToThreshold(await withCounts(rows), limit);
    },

    async detail(documentId: string): Promise<PetitionDetail | null> {
      const row = await findPublic(documentId);
      if (!row) return null;
      const count = await signatures().count(row.id);
      const now = new Date();
      const state = stateOf(row);
      const progress = progressOf(state, count, now);
      const settings = settingsOf(row);
      const events = (await strapi.plugin('core').service('audit').forItem('petitions', documentId, Object.keys(ACTION_STATUS))) as {
        action: string;
        occurredAt: string;
      }[];
      const hidden = withheld(state);
      return {
        ...summary(row, count, now),
        text: hidden ? null : row.text,
        ...(hidden ? { authorName: null, authorVerified: false } : publicAuthor(row)),
        submittedAt: iso(state.submittedAt),
        moderationDueAt: iso(state.moderationDueAt),
        collectionStartsAt: iso(state.collectionStartsAt),
        thresholdReachedAt: iso(state.thresholdReachedAt),
        answerDueAt: iso(state.answerDueAt),
        answeredAt: iso(state.answeredAt),
        answer: state.answer,
        answerOnTime: progress.answerOnTime,
        answerOverdue: progress.answerOverdue,
        rejectionReason: state.rejectionReason,
        rejectionNote: hidden ? null : state.rejectionNote,
        duplicateOf: state.duplicateOf,
        correctable: state.status === 'rejected' && isCorrectable(state.rejectionReason),
        signatureLevel: settings.signatureLevel,
        filingLevel: settings.filingLevel,
        timeline: events.map((e) => ({ status: ACTION_STATUS[e.action], at: e.occurredAt })),
      };
    },

    async liveCount(documentId: string) {
      const row = await findPublic(documentId);
      if (!row) return null;
      const count = await signatures().count(row.id);
      const s = summary(row, count, new Date());
      return { documentId, signatures: count, percent: s.percent, status: s.status };
    },

    /** Asked in advance with the same identity answer signing uses, so the page can say what is missing. */
    async signatureStatus(documentId: string, userId: number) {
      const row = await findPublic(documentId);
      if (!row) return null;
      const signer = await identityService(strapi, 'assurance').participantOf(userId, signatureScope(row.id));
      const signedAt = await signatures().signedAt(row.id, userId, signer.personKey);
      const verdict = canSign(stateOf(row), new Date());
      let reason: string | null = signedAt ? 'already_signed' : verdict.ok ? null : verdict.code;
      if (!reason && !meetsLevel(signer.level, settingsOf(row).signatureLevel)) reason = 'verification_required';
      return { signed: signedAt !== null, signedAt: iso(signedAt), canSign: reason === null, reason };
    },

    /** The author's own petitions, including those in moderation or rejected: in full, with what they may do next. */
    async mine(userId: number): Promise<MyPetition[]> {
      const rows = (await strapi.db.query(PETITION).findMany({
        where: { author: { id: userId } },
        populate: ['authority'],
        orderBy: [{ createdAt: 'desc' }],
      })) as Row[];
      const summaries = await withCounts(rows);
      return summaries.map((s, i) => {
        const state = stateOf(rows[i]);
        return {
          ...s,
          title: rows[i].title,
          text: rows[i].text,
          rejectionReason: state.rejectionReason,
          rejectionNote: state.rejectionNote,
          duplicateOf: state.duplicateOf,
          canResubmit: state.status === 'rejected' && isCorrectable(state.rejectionReason),
        };
      });
    },

    /** For officials: petitions of the given authorities in a status (null scope = every authority). */
    async forOfficials(scope: number[] | null, filter: 'moderation' | 'answer' | 'overdue' | 'all') {
      const where: Record<string, unknown> = {};
      if (scope) where.authority = { id: { $in: scope } };
      if (filter === 'moderation') where.status = 'submitted';
      if (filter === 'answer') where.status = { $in: ['threshold_reached', 'under_consideration'] };
      if (filter === 'overdue') {
        where.status = { $in: ['threshold_reached', 'under_consideration'] };
        where.answerDueAt = { $lt: new Date() };
      }
      const rows = (await strapi.db.query(PETITION).findMany({
        where,
        populate: ['authority'],
        orderBy: [{ submittedAt: 'asc' }],
        limit: 200,
      })) as Row[];
      const summaries = await withCounts(rows);
      // Officials see everything, also what the public never does.
      return summaries.map((s, i) => ({
        ...s,
        title: rows[i].title,
        text: rows[i].text,
        rejectionReason: stateOf(rows[i]).rejectionReason,
        duplicateOf: stateOf(rows[i]).duplicateOf,
        ...publicAuthor(rows[i]),
        submittedAt: iso(stateOf(rows[i]).submittedAt),
        moderationDueAt: iso(stateOf(rows[i]).moderationDueAt),
        answerDueAt: iso(stateOf(rows[i]).answerDueAt),
        answer: stateOf(rows[i]).answer,
      }));
    },
  };
};

export default views;
