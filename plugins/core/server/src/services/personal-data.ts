import type { Knex } from 'knex';

/** The account being deleted, as its providers need it: the id, and the address and name mail was sent under. */
export interface ErasedAccount {
  id: number;
  email: string;
  username: string;
}

/**
 * The name an item keeps in public after its author deleted the account: the text stays in the public record (a
 * petition's signatures, a consultation's report), the person's name does not.
 */
export const ERASED_AUTHOR_NAME = 'Автор видалив обліковий запис / The author deleted the account';

/**
 * What one module holds about a citizen. Both halves are required: a module that stores personal data must be able
 * to hand it over (the citizen's download) and to erase it (account deletion, inside the deletion's transaction,
 * before the account row goes — what ON DELETE rules already do needs nothing here, but everything that keeps a name,
 * an address or an account key without a foreign key does).
 */
export interface PersonalDataProvider {
  export(userId: number): Promise<Record<string, unknown>>;
  erase(account: ErasedAccount, trx: Knex.Transaction): Promise<void>;
}

/**
 * The registry of personal data (Decidim's "download your data" per component): each module registers its provider
 * in bootstrap; the identity plugin's export and deletion call every one of them and never read a module's tables.
 */
const personalData = () => {
  const providers = new Map<string, PersonalDataProvider>();
  return {
    register(module: string, provider: PersonalDataProvider): void {
      if (providers.has(module)) throw new Error(`Personal data of ${module} is registered twice`);
      // Types say so at compile time; this says so to a plugin written in JavaScript or cast past the types.
      if (typeof provider?.export !== 'function' || typeof provider?.erase !== 'function') {
        throw new Error(`Personal data of ${module} needs both an export and an erase provider`);
      }
      providers.set(module, provider);
    },
    modules(): string[] {
      return [...providers.keys()];
    },
    async exportAll(userId: number): Promise<Record<string, Record<string, unknown>>> {
      const out: Record<string, Record<string, unknown>> = {};
      for (const [name, provider] of providers) out[name] = await provider.export(userId);
      return out;
    },
    async eraseAll(account: ErasedAccount, trx: Knex.Transaction): Promise<void> {
      for (const provider of providers.values()) await provider.erase(account, trx);
    },
  };
};

export default personalData;
export type PersonalDataService = ReturnType<typeof personalData>;
