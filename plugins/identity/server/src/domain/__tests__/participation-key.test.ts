import { participationKey } from '../participation-key';

const key = 'k'.repeat(32);
const person = 'a'.repeat(64);

describe('the per-item key of a person’s participation', () => {
  it('is the same for one person in one item, whatever account they come from', () => {
    expect(participationKey(key, person, 'petitions:signature:17')).toBe(participationKey(key, person, 'petitions:signature:17'));
    expect(participationKey(key, person, 'petitions:signature:17')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs between items and modules, so rows of two items cannot be joined into one person', () => {
    const keys = new Set(
      ['petitions:signature:17', 'petitions:signature:18', 'polls:response:17', 'consultations:answers:17'].map((s) => participationKey(key, person, s)),
    );
    expect(keys.size).toBe(4);
  });

  it('differs between people and never contains the identity hash', () => {
    const k = participationKey(key, person, 'polls:response:3');
    expect(k).not.toBe(participationKey(key, 'b'.repeat(64), 'polls:response:3'));
    expect(k).not.toContain(person);
  });

  it('depends on the server key', () => {
    expect(participationKey(key, person, 'polls:response:3')).not.toBe(participationKey('z'.repeat(32), person, 'polls:response:3'));
  });

  it('refuses a weak key and a malformed scope', () => {
    expect(() => participationKey('short', person, 'polls:response:3')).toThrow(/IDENTITY_HASH_KEY/);
    for (const scope of ['', 'polls', 'polls:response', 'polls:response:3:4', 'Polls:response:3', 'polls:response: 3']) {
      expect(() => participationKey(key, person, scope)).toThrow(/scope/);
    }
  });
});
