import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AnswerSet } from '../domain';

/** Who answers: the level the set counts at and, for a verified person, the per-consultation person key. */
export interface Respondent {
  userId: number;
  level: 'email' | 'verified';
  personKey: string | null;
}

/** Questionnaire answers: one set per account and per verified person, enforced by unique indexes. */
const answers = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  return {
    /** Stores the answer set unless this account or this verified person already answered; null means "already answered". */
    async insert(trx: Knex.Transaction, consultationId: number, respondent: Respondent, set: AnswerSet): Promise<Date | null> {
      const result = await trx.raw(
        `INSERT INTO consultations_answers (consultation_id, user_id, level, person_key, answers) VALUES (?, ?, ?, ?, ?::jsonb)
         ON CONFLICT DO NOTHING RETURNING submitted_at`,
        [consultationId, respondent.userId, respondent.level, respondent.personKey, JSON.stringify(set)],
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

    /** This account's answer set, or the verified person's from any account (also one since deleted). */
    async submittedAt(consultationId: number, userId: number, personKey: string | null): Promise<Date | null> {
      const row = await db()('consultations_answers')
        .where({ consultation_id: consultationId })
        .andWhere((q) => {
          q.where({ user_id: userId });
          if (personKey) q.orWhere({ person_key: personKey });
        })
        .orderBy('submitted_at')
        .first('submitted_at');
      return row?.submitted_at ?? null;
    },
  };
};

export default answers;
