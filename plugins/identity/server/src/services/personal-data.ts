import type { Knex } from 'knex';

/**
 * What a module holds about a citizen. `export` feeds the citizen's download; `erase` runs inside the account
 * deletion transaction for anything the database's own ON DELETE rules do not cover.
 */
export interface PersonalDataProvider {
  export(userId: number): Promise<unknown>;
  erase?(userId: number, trx: Knex.Transaction): Promise<void>;
}

/** Modules register here in their bootstrap; the identity plugin never reads their tables itself. */
const personalData = () => {
  const providers = new Map<string, PersonalDataProvider>();
  return {
    register(module: string, provider: PersonalDataProvider): void {
      if (providers.has(module)) throw new Error(`Personal data of ${module} is registered twice`);
      providers.set(module, provider);
    },
    entries(): [string, PersonalDataProvider][] {
      return [...providers.entries()];
    },
  };
};

export default personalData;
