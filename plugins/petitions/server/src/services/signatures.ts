import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** Who signs, as the identity plugin describes them: the level the signature counts at and, if verified, the person. */
export interface Signer {
  userId: number;
  level: 'email' | 'verified';
  personKey: string | null;
}

/** The identity plugin's scope of a petition's signatures: the person key differs for every petition. */
export const signatureScope = (petitionId: number) => `petitions:signature:${petitionId}`;

/** Reads and writes of the plain signatures table (see database/signatures-schema.ts). */
const signatures = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  return {
    /**
     * Inserts the signature unless this account or this verified person already signed (either unique index
     * refuses it); null means "already signed".
     */
    async insert(trx: Knex.Transaction, petitionId: number, signer: Signer): Promise<Date | null> {
      const result = await trx.raw(
        `INSERT INTO petitions_signatures (petition_id, user_id, level, person_key) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING RETURNING signed_at`,
        [petitionId, signer.userId, signer.level, signer.personKey],
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

    /** This account's signature, or the verified person's from any account (also one since deleted). */
    async signedAt(petitionId: number, userId: number, personKey: string | null): Promise<Date | null> {
      const row = await db()('petitions_signatures')
        .where({ petition_id: petitionId })
        .andWhere((q) => {
          q.where({ user_id: userId });
          if (personKey) q.orWhere({ person_key: personKey });
        })
        .orderBy('signed_at')
        .first('signed_at');
      return row?.signed_at ?? null;
    },
  };
};

export default signatures;
