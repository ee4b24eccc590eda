import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { loadEnv } from '@vzd/config';
import { quotaExceeded, tooManyBytes } from '@vzd/core/server';
import { checkPaperQuota, type PaperLimits, type PaperUsage } from '../domain';

const MB = 1024 * 1024;

/**
 * The limits on position papers (POSITION_PAPERS_* in the environment), checked twice: before the file is stored,
 * so a refused paper costs no storage, and again in the write's transaction under a lock per consultation, so
 * parallel uploads cannot slip past a limit together. Papers are few, so serialising their writes costs nothing.
 */
const paperQuota = ({ strapi }: { strapi: Core.Strapi }) => {
  const env = loadEnv();
  const limits: PaperLimits = {
    perPerson: env.POSITION_PAPERS_PER_PERSON,
    bytesPerPerson: env.POSITION_PAPERS_MB_PER_PERSON * MB,
    perConsultation: env.POSITION_PAPERS_PER_CONSULTATION,
    bytesPerConsultation: env.POSITION_PAPERS_MB_PER_CONSULTATION * MB,
  };

  /** Stored papers of the consultation and of this person there; Strapi keeps a file's size in kilobytes. */
  const usage = async (db: Knex | Knex.Transaction, consultationId: number, userId: number): Promise<{ person: PaperUsage; consultation: PaperUsage }> => {
    const { rows } = await db.raw(
      `SELECT count(*) FILTER (WHERE c.user_id = ?) AS person_count,
              coalesce(sum(f.size) FILTER (WHERE c.user_id = ?), 0) AS person_kb,
              count(*) AS all_count,
              coalesce(sum(f.size), 0) AS all_kb
         FROM consultations_contributions c
         LEFT JOIN files f ON f.id = c.file_id
        WHERE c.consultation_id = ? AND c.kind = 'position_paper'`,
      [userId, userId, consultationId],
    );
    const r = rows[0];
    return {
      person: { count: Number(r.person_count), bytes: Math.round(Number(r.person_kb) * 1024) },
      consultation: { count: Number(r.all_count), bytes: Math.round(Number(r.all_kb) * 1024) },
    };
  };

  const assertFits = async (db: Knex | Knex.Transaction, consultationId: number, userId: number, size: number) => {
    const used = await usage(db, consultationId, userId);
    const verdict = checkPaperQuota(limits, used.person, used.consultation, size);
    if (verdict.ok) return;
    throw verdict.status === 429 ? quotaExceeded(verdict.code, verdict.message) : tooManyBytes('files', verdict.code, verdict.message);
  };

  return {
    /** Before storing the file: an early, unlocked answer. */
    assertFits: (consultationId: number, userId: number, size: number) => assertFits(strapi.db.connection, consultationId, userId, size),
    /** In the write's transaction: the exact answer, under the consultation's paper lock (held until commit). */
    async lockAndAssertFits(trx: Knex.Transaction, consultationId: number, userId: number, size: number) {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`consultations.position-paper:${consultationId}`]);
      await assertFits(trx, consultationId, userId, size);
    },
  };
};

export default paperQuota;
