import { safeReturnPath, withOutcome } from '../return-path';

describe('the path to come back to after verification', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/uk/petitions/abc/')).toBe('/uk/petitions/abc/');
    expect(safeReturnPath('/en/account/?tab=identity#x')).toBe('/en/account/?tab=identity');
  });

  it('replaces anything that could lead elsewhere by the account page', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'uk/account', '/api/identity/me', '/x\r\nSet-Cookie: a=b', 42, undefined, `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(bad)).toBe('/uk/account/');
    }
  });

  it('refuses paths that a browser normalises or decodes into another host', () => {
    const hostile = [
      '/.//evil.example/x',
      '/..//evil.example/x',
      '/././/evil.example',
      '/uk/../..//evil.example/x',
      '/%2F/evil.example/x',
      '/%2f%2fevil.example',
      '/%5Cevil.example',
      '/uk/..%2F..%2F/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/API/identity/me',
      '/Api/core/session',
      '/api',
    ];
    for (const bad of hostile) expect({ bad, path: safeReturnPath(bad) }).toEqual({ bad, path: '/uk/account/' });
  });

  it('gives a normalised path of this site for harmless dot segments', () => {
    expect(safeReturnPath('/uk/petitions/../account/')).toBe('/uk/account/');
    expect(safeReturnPath('/./uk/polls/')).toBe('/uk/polls/');
  });

  it('adds the outcome, replacing an earlier one', () => {
    expect(withOutcome('/uk/account/?verification_error=expired&tab=1', { verified: true })).toBe('/uk/account/?tab=1&verified=1');
    expect(withOutcome('/uk/account/?verified=1', { error: 'access_denied' })).toBe('/uk/account/?verification_error=access_denied');
  });
});
