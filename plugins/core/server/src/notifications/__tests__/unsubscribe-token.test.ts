import { deriveUnsubscribeKey, signUnsubscribe, verifyUnsubscribe } from '../unsubscribe-token';

describe('unsubscribe tokens', () => {
  const key = deriveUnsubscribeKey('a-platform-secret-of-some-length');
  const claim = { recipient: 'user:42', scope: 'sub:7' };

  it('round-trips a claim signed with the key', () => {
    const token = signUnsubscribe(claim, key);
    expect(token).toMatch(/^u1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribe(token, key)).toEqual(claim);
    expect(verifyUnsubscribe(signUnsubscribe({ recipient: 'admin:3', scope: 'cat:petitions.duty' }, key), key)).toEqual({
      recipient: 'admin:3',
      scope: 'cat:petitions.duty',
    });
  });

  it('refuses a token signed with another key', () => {
    const other = deriveUnsubscribeKey('another-platform-secret-entirely');
    expect(verifyUnsubscribe(signUnsubscribe(claim, other), key)).toBeNull();
  });

  it('refuses a token whose claim was changed (someone else’s subscription)', () => {
    const [v, , mac] = signUnsubscribe(claim, key).split('.');
    const forged = Buffer.from('user:43|sub:7').toString('base64url');
    expect(verifyUnsubscribe(`${v}.${forged}.${mac}`, key)).toBeNull();
  });

  it('refuses truncated, empty and malformed tokens', () => {
    const token = signUnsubscribe(claim, key);
    for (const bad of ['', token.slice(0, -2), token.replace(/^u1/, 'u2'), `${token}.x`, 'u1..', 'x'.repeat(600)]) {
      expect(verifyUnsubscribe(bad, key)).toBeNull();
    }
    expect(verifyUnsubscribe(undefined as unknown as string, key)).toBeNull();
  });

  it('refuses to sign a claim that could smuggle separators', () => {
    expect(() => signUnsubscribe({ recipient: 'user:1|x', scope: 'sub:1' }, key)).toThrow(RangeError);
    expect(() => signUnsubscribe({ recipient: 'user:1', scope: 'everything' }, key)).toThrow(RangeError);
  });
});
