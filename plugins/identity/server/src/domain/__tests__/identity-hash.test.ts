import { nationalIdHash, normalizeNationalId } from '../identity-hash';

const key = 'k'.repeat(32);

describe('the keyed hash of the national identifier', () => {
  it('is the same for every spelling of one identifier, and differs between identifiers', () => {
    const a = nationalIdHash(key, normalizeNationalId(' 301-234-5670 ')!);
    expect(a).toBe(nationalIdHash(key, normalizeNationalId('3012345670')!));
    expect(a).not.toBe(nationalIdHash(key, '3012345671'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('depends on the server key, so a list of all numbers hashed without it matches nothing', () => {
    expect(nationalIdHash(key, '3012345670')).not.toBe(nationalIdHash('z'.repeat(32), '3012345670'));
  });

  it('never contains the identifier', () => {
    expect(nationalIdHash(key, '3012345670')).not.toContain('3012345670');
  });

  it('refuses to hash with a weak key', () => {
    expect(() => nationalIdHash('short', '3012345670')).toThrow(/IDENTITY_HASH_KEY/);
  });

  it('normalizes spaces, dashes and case; refuses what is not an identifier', () => {
    expect(normalizeNationalId('кв 123456')).toBe('КВ123456');
    expect(normalizeNationalId(3012345670)).toBe('3012345670');
    for (const bad of ['', '12', 'abc def ghi jkl mno pqr stu', '3012345670; DROP', null, undefined, {}]) {
      expect(normalizeNationalId(bad)).toBeNull();
    }
  });
});
