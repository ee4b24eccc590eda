import { langOfPage, nextOf, sitePage } from '../site-path';

describe('sitePage', () => {
  it('accepts the pages of the site, with a query and a fragment', () => {
    expect(sitePage('/uk/petitions/abc123/')).toBe('/uk/petitions/abc123/');
    expect(sitePage('/en/account/login/?next=%2Fen%2F#password-changed')).toBe('/en/account/login/?next=%2Fen%2F#password-changed');
  });

  it('refuses anything that could send the browser elsewhere (no open redirect)', () => {
    for (const value of ['https://evil.example/uk/', '//evil.example/uk/', '/uk//evil.example/', '/\\evil.example', '/api/core/session', '/de/', '/uk/../api/', 'uk/', '', 42, null]) {
      expect(sitePage(value)).toBeNull();
    }
  });

  it('takes the language from the path, Ukrainian first', () => {
    expect(langOfPage('/en/polls/')).toBe('en');
    expect(langOfPage('/uk/polls/')).toBe('uk');
    expect(langOfPage(null)).toBe('uk');
  });
});

describe('nextOf', () => {
  const origins = new Set(['https://vzd.example']);

  it('reads `next` from the same-origin page that posted the form', () => {
    expect(nextOf('https://vzd.example/uk/account/login/?next=%2Fuk%2Fpetitions%2Fx%2F', origins)).toBe('/uk/petitions/x/');
  });

  it('ignores a foreign page, a missing or an unsafe `next`', () => {
    expect(nextOf('https://evil.example/uk/account/login/?next=%2Fuk%2F', origins)).toBeNull();
    expect(nextOf('https://vzd.example/uk/account/login/', origins)).toBeNull();
    expect(nextOf('https://vzd.example/uk/account/login/?next=https://evil.example/', origins)).toBeNull();
    expect(nextOf(undefined, origins)).toBeNull();
    expect(nextOf('not a url', origins)).toBeNull();
  });
});
