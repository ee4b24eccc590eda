import type { Knex } from 'knex';

/**
 * Gives a module's participation rows of an account their per-item person keys: `keyFor(scope)` is the key of the
 * person just verified for one item (see domain/participation-key.ts).
 */
export type ParticipationClaim = (trx: Knex.Transaction, userId: number, keyFor: (scope: string) => string) => Promise<void>;

/**
 * Modules that count participation register here in their bootstrap. When an account is verified, each claims
 * the rows the account wrote at email level, in the verification's transaction: a signature given before
 * verifying then counts for the person too, so deleting the account and verifying a new one does not free it.
 * The identity plugin never reads the modules' tables itself.
 */
const participation = () => {
  const claims = new Map<string, ParticipationClaim>();
  return {
    register(module: string, claim: ParticipationClaim): void {
      if (claims.has(module)) throw new Error(`Participation of ${module} is registered twice`);
      claims.set(module, claim);
    },
    async claimAll(trx: Knex.Transaction, userId: number, keyFor: (scope: string) => string): Promise<void> {
      for (const claim of claims.values()) await claim(trx, userId, keyFor);
    },
  };
};

export default participation;

/**
 * The claim of a plain participation table with `user_id`, `level`, `person_key` and a unique index on
 * (item, person_key). A row stays at email level when the person already counted on that item through another
 * (deleted) account: the earlier row holds the key, and a signature is never taken back.
 */
export function claimRows(table: string, itemColumn: string, scopeOf: (itemId: number) => string): ParticipationClaim {
  return async (trx, userId, keyFor) => {
    const rows = (await trx(table).where({ user_id: userId }).whereNull('person_key').select('id', itemColumn)) as Record<string, number>[];
    for (const row of rows) {
      const key = keyFor(scopeOf(Number(row[itemColumn])));
      await trx(table)
        .where({ id: row.id })
        .whereNotExists((q) => q.select(trx.raw('1')).from(table).where({ [itemColumn]: row[itemColumn], person_key: key }))
        .update({ level: 'verified', person_key: key });
    }
  };
}
