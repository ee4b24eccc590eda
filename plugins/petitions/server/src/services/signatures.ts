import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** Reads and writes of the plain signatures table (see database/signatures-schema.ts). */
const signatures = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  return {
    /** Inserts the signature unless this person already signed; null means "already signed". */
    async insert(trx: Knex.Transaction, petitionId: number, userId: number): Promise<Date | null> {
      const result = await trx.raw(
        `INSERT INTO petitions_signatures (petition_id, user_id) VALUES (?, ?)
         ON CONFLICT (petition_id, user_id) DO NOTHING RETURNING signed_at`,
        [petitionId, userId],
      );
      return result.rows[0]?.signed_at ?? null;
    },

    /** From the trigger-kept counter; inside a signing transaction it includes that transaction's own signature. */
    async count(petitionId: number, trx?: Knex.Transaction): Promise<number> {
      const row = await (trx ?? db())('petitions_signature_counts').where({ petition_id: petitionId }).first('signatures');
      return Number(row?.signatures ?? 0);
    },

    /** Counts for a page of petitions in one query. */
    async countMany(petitionIds: number[]): Promise<Map<number, number>> {
      if (petitionIds.length === 0) return new Map();
      const rows = (await db()('petitions_signature_counts')
        .select('petition_id', 'signatures')
        .whereIn('petition_id', petitionIds)) as { petition_id: number; signatures: number }[];
      return new Map(rows.map((r) => [r.petition_id, Number(r.signatures)]));
    },

    async signedAt(petitionId: number, userId: number): Promise<Date | null> {
      const row = await db()('petitions_signatures').where({ petition_id: petitionId, user_id: userId }).first('signed_at');
      return row?.signed_at ?? null;
    },
  };
};

export default signatures;
