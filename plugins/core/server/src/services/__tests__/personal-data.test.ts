import type { Knex } from 'knex';
import personalData, { type PersonalDataProvider } from '../personal-data';

const trx = {} as Knex.Transaction;
const account = { id: 7, email: 'olena@example.org', username: 'olena' };

describe('the personal data registry', () => {
  it('refuses a module that can export but not erase, or erase but not export', () => {
    const registry = personalData();
    expect(() => registry.register('half', { export: async () => ({}) } as unknown as PersonalDataProvider)).toThrow(/both an export and an erase/);
    expect(() => registry.register('other-half', { erase: async () => undefined } as unknown as PersonalDataProvider)).toThrow(/both/);
    expect(registry.modules()).toEqual([]);
  });

  it('refuses a module registered twice', () => {
    const registry = personalData();
    const provider = { export: async () => ({}), erase: async () => undefined };
    registry.register('polls', provider);
    expect(() => registry.register('polls', provider)).toThrow(/twice/);
  });

  it('exports every module under its name and erases with every provider', async () => {
    const registry = personalData();
    const erased: string[] = [];
    registry.register('petitions', { export: async (id) => ({ signedBy: id }), erase: async (a) => void erased.push(`petitions:${a.email}`) });
    registry.register('core', { export: async () => ({ language: 'uk' }), erase: async (a) => void erased.push(`core:${a.id}`) });
    expect(await registry.exportAll(7)).toEqual({ petitions: { signedBy: 7 }, core: { language: 'uk' } });
    await registry.eraseAll(account, trx);
    expect(erased).toEqual(['petitions:olena@example.org', 'core:7']);
  });
});
