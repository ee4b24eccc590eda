import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AnswerSet } from '../domain';

/** Questionnaire answers: one set per person and consultation, enforced by a unique index. */
const answers = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  return {
    /** Stores the answer set unless this person already answered; null means "already answered". */
    async insert(trx: Knex.Transaction, consultationId: number, userId: number, set: AnswerSet): Promise<Date | null> {
      const result = await trx.raw(
        `INSERT INTO consultations_answers (consultation_id, user_id, answers) VALUES (?, ?, ?::jsonb)
         ON CONFLICT (consultation_id, user_id) DO NOTHING RETURNING submitted_at`,
        [consultationId, userId, JSON.stringify(set)],
      );
      return result.rows[0]?.submitted_at ?? null;
    },

    async all(consultationId: number): Promise<AnswerSet[]> {
      const rows = await db()('consultations_answers').where({ consultation_id: consultationId }).orderBy('id').select('answers');
      return rows.map((r: { answers: AnswerSet | string }) => (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers));
    },

    async count(consultationId: number): Promise<number> {
      const [row] = await db()('consultations_answers').where({ consultation_id: consultationId }).count<{ count: string }[]>('* as count');
      return Number(row.count);
    },

    async submittedAt(consultationId: number, userId: number): Promise<Date | null> {
      const row = await db()('consultations_answers').where({ consultation_id: consultationId, user_id: userId }).first('submitted_at');
      return row?.submitted_at ?? null;
    },
  };
};

export default answers;
