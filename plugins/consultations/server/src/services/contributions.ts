import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ERASED_AUTHOR_NAME } from '@vzd/core/server';
import type { ProposalsFilter } from '../../../shared/contracts';
import type { ContributionKind, Disposition } from '../domain';

export interface Contribution {
  id: number;
  consultationId: number;
  sectionId: number | null;
  sectionNumber: number | null;
  sectionHeading: string | null;
  parentId: number | null;
  kind: ContributionKind;
  userId: number | null;
  /**
   * The verified name, the neutral name left when the author deleted the account, or null (an unverified author,
   * or a name typed in before names came from verification).
   */
  authorName: string | null;
  authorVerified: boolean;
  organisation: string | null;
  body: string;
  fileId: number | null;
  createdAt: Date;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** Hidden itself or under a hidden comment: either way the public does not see it. */
  hidden: boolean;
  disposition: Disposition | null;
  dispositionReason: string | null;
  disposedAt: Date | null;
  reports: number;
}

export interface NewContribution {
  consultationId: number;
  sectionId: number | null;
  parentId: number | null;
  kind: ContributionKind;
  userId: number;
  /** The author's verified name, null when the identity is not verified. */
  verifiedName: string | null;
  organisation?: string | null;
  body: string;
  fileId?: number | null;
}

type Row = Record<string, unknown>;
const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

const toContribution = (r: Row): Contribution => ({
  id: Number(r.id),
  consultationId: Number(r.consultation_id),
  sectionId: r.section_id == null ? null : Number(r.section_id),
  sectionNumber: r.section_number == null ? null : Number(r.section_number),
  sectionHeading: (r.section_heading as string | null) ?? null,
  parentId: r.parent_id == null ? null : Number(r.parent_id),
  kind: r.kind as ContributionKind,
  userId: r.user_id == null ? null : Number(r.user_id),
  authorName: r.author_verified === true || r.author_name === ERASED_AUTHOR_NAME ? ((r.author_name as string | null) ?? null) : null,
  authorVerified: r.author_verified === true && r.author_name != null,
  organisation: (r.organisation as string | null) ?? null,
  body: r.body as string,
  fileId: r.file_id == null ? null : Number(r.file_id),
  createdAt: new Date(r.created_at as string),
  hiddenAt: date(r.hidden_at),
  hiddenReason: (r.hidden_reason as string | null) ?? null,
  hidden: r.hidden_at != null || r.parent_hidden_at != null,
  disposition: (r.disposition as Disposition | null) ?? null,
  dispositionReason: (r.disposition_reason as string | null) ?? null,
  disposedAt: date(r.disposed_at),
  reports: Number(r.reports ?? 0),
});

/** A visible contribution: not hidden, and not under a hidden comment. */
const VISIBLE = 'c.hidden_at IS NULL AND (c.parent_id IS NULL OR p.hidden_at IS NULL)';
const PROPOSAL = "c.kind IN ('comment', 'position_paper')";

/**
 * Reads and writes of the contributions table and its abuse reports (plain SQL; see the schema for why).
 * Every read joins the section and the parent so callers get numbers and visibility in one query.
 */
const contributions = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = (trx?: Knex.Transaction) => trx ?? strapi.db.connection;

  const select = (trx?: Knex.Transaction) =>
    db(trx)('consultations_contributions as c')
      .leftJoin('consultations_sections as s', 's.id', 'c.section_id')
      .leftJoin('consultations_contributions as p', 'p.id', 'c.parent_id')
      .select(
        'c.*',
        's.number as section_number',
        's.heading as section_heading',
        'p.hidden_at as parent_hidden_at',
        db(trx).raw('(SELECT count(*) FROM consultations_abuse_reports r WHERE r.contribution_id = c.id) AS reports'),
      );

  return {
    /** Stores a contribution unless the same person already sent the same text to the same place (null then). */
    async insert(trx: Knex.Transaction, c: NewContribution): Promise<{ id: number; createdAt: Date } | null> {
      const result = await trx.raw(
        `INSERT INTO consultations_contributions
           (consultation_id, section_id, parent_id, kind, user_id, author_name, author_verified, organisation, body, file_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING RETURNING id, created_at`,
        [
          c.consultationId,
          c.sectionId,
          c.parentId,
          c.kind,
          c.userId,
          c.verifiedName,
          c.verifiedName !== null,
          c.organisation ?? null,
          c.body,
          c.fileId ?? null,
        ],
      );
      const row = result.rows[0];
      return row ? { id: Number(row.id), createdAt: new Date(row.created_at) } : null;
    },

    async find(consultationId: number, id: number, trx?: Knex.Transaction): Promise<Contribution | null> {
      const row = await select(trx).where({ 'c.consultation_id': consultationId, 'c.id': id }).first();
      return row ? toContribution(row) : null;
    },

    /** Locks one contribution for a moderation or disposition change. */
    async lock(trx: Knex.Transaction, consultationId: number, id: number): Promise<Contribution | null> {
      const locked = await trx('consultations_contributions').where({ consultation_id: consultationId, id }).forUpdate().first('id');
      return locked ? this.find(consultationId, id, trx) : null;
    },

    /** Visible comments of one section, oldest first, replies included (the caller threads them). */
    async visibleInSection(sectionId: number): Promise<Contribution[]> {
      const rows = await select().where('c.section_id', sectionId).whereRaw(VISIBLE).orderBy('c.id');
      return rows.map(toContribution);
    },

    async ofUser(consultationId: number, userId: number): Promise<Contribution[]> {
      const rows = await select().where({ 'c.consultation_id': consultationId, 'c.user_id': userId }).orderBy('c.id');
      return rows.map(toContribution);
    },

    /** Proposals for the report, in the order of the act: by section, then as received; papers last. */
    async proposals(consultationId: number): Promise<Contribution[]> {
      const rows = await select()
        .where('c.consultation_id', consultationId)
        .whereRaw(PROPOSAL)
        .orderByRaw('s.number NULLS LAST, c.id');
      return rows.map(toContribution);
    },

    async forOfficials(consultationId: number, filter: ProposalsFilter): Promise<Contribution[]> {
      const query = select().where('c.consultation_id', consultationId);
      if (filter === 'proposals') query.whereRaw(PROPOSAL);
      if (filter === 'undisposed') query.whereRaw(`${PROPOSAL} AND ${VISIBLE} AND c.disposition IS NULL`);
      if (filter === 'reported') query.whereRaw('c.hidden_at IS NULL AND EXISTS (SELECT 1 FROM consultations_abuse_reports r WHERE r.contribution_id = c.id)');
      if (filter === 'hidden') query.whereNotNull('c.hidden_at');
      const rows = await query.orderByRaw('s.number NULLS LAST, coalesce(c.parent_id, c.id), c.id').limit(2000);
      return rows.map(toContribution);
    },

    /** Visible comments and replies per section of one consultation. */
    async visibleCountsBySection(consultationId: number): Promise<Map<number, number>> {
      const rows = (await db()('consultations_contributions as c')
        .leftJoin('consultations_contributions as p', 'p.id', 'c.parent_id')
        .where('c.consultation_id', consultationId)
        .whereNotNull('c.section_id')
        .whereRaw(VISIBLE)
        .groupBy('c.section_id')
        .select('c.section_id')
        .count('* as n')) as { section_id: string; n: string }[];
      return new Map(rows.map((r) => [Number(r.section_id), Number(r.n)]));
    },

    /** Visible comments and replies per consultation, for a page of consultations in one query. */
    async visibleCommentCounts(consultationIds: number[]): Promise<Map<number, number>> {
      if (consultationIds.length === 0) return new Map();
      const rows = (await db()('consultations_contributions as c')
        .leftJoin('consultations_contributions as p', 'p.id', 'c.parent_id')
        .whereIn('c.consultation_id', consultationIds)
        .whereIn('c.kind', ['comment', 'reply'])
        .whereRaw(VISIBLE)
        .groupBy('c.consultation_id')
        .select('c.consultation_id')
        .count('* as n')) as { consultation_id: number; n: string }[];
      return new Map(rows.map((r) => [Number(r.consultation_id), Number(r.n)]));
    },

    async publicCounts(consultationId: number): Promise<{ proposals: number; positionPapers: number; replies: number; participants: number }> {
      const { rows } = await db().raw(
        `SELECT
           count(*) FILTER (WHERE ${PROPOSAL} AND ${VISIBLE}) AS proposals,
           count(*) FILTER (WHERE c.kind = 'position_paper' AND ${VISIBLE}) AS position_papers,
           count(*) FILTER (WHERE c.kind = 'reply' AND ${VISIBLE}) AS replies,
           (SELECT count(*) FROM (
              SELECT user_id FROM consultations_contributions WHERE consultation_id = ? AND user_id IS NOT NULL
              UNION SELECT user_id FROM consultations_answers WHERE consultation_id = ? AND user_id IS NOT NULL) u) AS participants
         FROM consultations_contributions c
         LEFT JOIN consultations_contributions p ON p.id = c.parent_id
         WHERE c.consultation_id = ?`,
        [consultationId, consultationId, consultationId],
      );
      const r = rows[0];
      return { proposals: Number(r.proposals), positionPapers: Number(r.position_papers), replies: Number(r.replies), participants: Number(r.participants) };
    },

    /** What officials need to see at a glance for each of their consultations. */
    async officialCounts(consultationIds: number[]): Promise<Map<number, { proposals: number; undisposed: number; reported: number; hidden: number }>> {
      if (consultationIds.length === 0) return new Map();
      const { rows } = await db().raw(
        `SELECT c.consultation_id,
           count(*) FILTER (WHERE ${PROPOSAL} AND ${VISIBLE}) AS proposals,
           count(*) FILTER (WHERE ${PROPOSAL} AND ${VISIBLE} AND c.disposition IS NULL) AS undisposed,
           count(*) FILTER (WHERE c.hidden_at IS NULL AND EXISTS (SELECT 1 FROM consultations_abuse_reports r WHERE r.contribution_id = c.id)) AS reported,
           count(*) FILTER (WHERE c.hidden_at IS NOT NULL) AS hidden
         FROM consultations_contributions c
         LEFT JOIN consultations_contributions p ON p.id = c.parent_id
         WHERE c.consultation_id IN (${consultationIds.map(() => '?').join(', ')})
         GROUP BY c.consultation_id`,
        consultationIds,
      );
      return new Map(
        (rows as Row[]).map((r) => [
          Number(r.consultation_id),
          { proposals: Number(r.proposals), undisposed: Number(r.undisposed), reported: Number(r.reported), hidden: Number(r.hidden) },
        ]),
      );
    },

    /** Proposals still waiting for a disposition; read under the consultation's row lock before the report. */
    async undisposedCount(trx: Knex.Transaction, consultationId: number): Promise<number> {
      const [row] = await trx('consultations_contributions as c')
        .leftJoin('consultations_contributions as p', 'p.id', 'c.parent_id')
        .where('c.consultation_id', consultationId)
        .whereRaw(`${PROPOSAL} AND ${VISIBLE} AND c.disposition IS NULL`)
        .count<{ count: string }[]>('* as count');
      return Number(row.count);
    },

    async hide(trx: Knex.Transaction, id: number, officialId: number, reason: string, at: Date): Promise<void> {
      await trx('consultations_contributions').where({ id }).update({ hidden_at: at, hidden_reason: reason, hidden_by: officialId });
    },

    async dispose(trx: Knex.Transaction, id: number, officialId: number, disposition: Disposition, reason: string, at: Date): Promise<void> {
      await trx('consultations_contributions')
        .where({ id })
        .update({ disposition, disposition_reason: reason, disposed_at: at, disposed_by: officialId });
    },

    /** One abuse report per person and contribution; null means this person already reported it. */
    async report(trx: Knex.Transaction, contributionId: number, userId: number, reason: string | null): Promise<Date | null> {
      const result = await trx.raw(
        `INSERT INTO consultations_abuse_reports (contribution_id, user_id, reason) VALUES (?, ?, ?)
         ON CONFLICT (contribution_id, user_id) DO NOTHING RETURNING reported_at`,
        [contributionId, userId, reason],
      );
      return result.rows[0]?.reported_at ?? null;
    },
  };
};

export default contributions;
export type ContributionsService = ReturnType<typeof contributions>;
