import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export interface SectionRow {
  id: number;
  number: number;
  heading: string;
  text: string;
}

const toSection = (r: { id: string | number; number: number; heading: string; body: string }): SectionRow => ({
  id: Number(r.id),
  number: Number(r.number),
  heading: r.heading,
  text: r.body,
});

/** The numbered sections of a draft act (plain table, see database/consultations-schema.ts). */
const sections = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = (trx?: Knex.Transaction) => trx ?? strapi.db.connection;
  return {
    /** Numbers the sections 1, 2, 3… in the order the official gave them. */
    async insert(trx: Knex.Transaction, consultationId: number, list: { heading: string; text: string }[]): Promise<void> {
      if (list.length === 0) return;
      await trx('consultations_sections').insert(
        list.map((s, i) => ({ consultation_id: consultationId, number: i + 1, heading: s.heading, body: s.text })),
      );
    },

    async of(consultationId: number, trx?: Knex.Transaction): Promise<SectionRow[]> {
      const rows = await db(trx)('consultations_sections').where({ consultation_id: consultationId }).orderBy('number');
      return rows.map(toSection);
    },

    async byNumber(consultationId: number, number: number, trx?: Knex.Transaction): Promise<SectionRow | null> {
      const row = await db(trx)('consultations_sections').where({ consultation_id: consultationId, number }).first();
      return row ? toSection(row) : null;
    },

    async count(consultationId: number, trx?: Knex.Transaction): Promise<number> {
      const [row] = await db(trx)('consultations_sections').where({ consultation_id: consultationId }).count<{ count: string }[]>('* as count');
      return Number(row.count);
    },
  };
};

export default sections;
