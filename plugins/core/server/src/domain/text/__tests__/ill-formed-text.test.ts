import { decodedPathSegments, flawOf, illFormedText } from '../ill-formed-text';

describe('flawOf', () => {
  it.each([
    ['plain Ukrainian text', 'Облаштувати укриття'],
    ['an emoji (a proper surrogate pair)', 'Дякуємо 🇺🇦👍'],
    ['an empty string', ''],
    ['control characters other than NUL', 'a\tb\nc\u0001'],
  ])('accepts %s', (_name, text) => {
    expect(flawOf(text)).toBeNull();
  });

  it.each([
    ['a NUL', 'bucha\u0000', 'nul'],
    ['a lone high surrogate', 'x\uD800', 'lone_surrogate'],
    ['a lone high surrogate before a letter', '\uD83Da', 'lone_surrogate'],
    ['a lone low surrogate', '\uDC00y', 'lone_surrogate'],
    ['a reversed pair', '\uDE00\uD83D', 'lone_surrogate'],
  ])('refuses %s', (_name, text, flaw) => {
    expect(flawOf(text)).toBe(flaw);
  });
});

describe('illFormedText', () => {
  it('names the path of every flawed value and key, nested ones too', () => {
    const body = { title: 'ok', author: { name: 'a\u0000' }, tags: ['fine', '\uD800'], ['k\u0000']: 1 };
    expect(illFormedText(body)).toEqual([
      { path: ['author', 'name'], flaw: 'nul' },
      { path: ['tags', 1], flaw: 'lone_surrogate' },
      { path: ['k\u0000'], flaw: 'nul' },
    ]);
  });

  it('finds nothing in well-formed data and ignores non-strings', () => {
    expect(illFormedText({ a: 1, b: null, c: [true, { d: 'текст 😀' }] })).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(illFormedText(Array.from({ length: 100 }, () => '\u0000'), 5)).toHaveLength(5);
  });

  it('survives hostile nesting without exhausting the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(() => illFormedText(deep)).not.toThrow();
  });
});

describe('decodedPathSegments', () => {
  it('decodes each segment', () => {
    expect(decodedPathSegments('/api/core/authorities/bucha%00')).toEqual(['', 'api', 'core', 'authorities', 'bucha\u0000']);
  });

  it('returns null for malformed percent-encoding', () => {
    expect(decodedPathSegments('/petitions/%E0%A4%A')).toBeNull();
  });
});
