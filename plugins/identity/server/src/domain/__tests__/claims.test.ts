import { claimAt, mapClaims } from '../claims';

const mapping = { name: 'name', nationalId: 'rnokpp', community: 'community' };

describe('mapping the provider’s claims', () => {
  it('takes the name, national identifier and community through the configured claim names', () => {
    expect(mapClaims({ sub: 'x', name: ' Олена  Коваленко ', rnokpp: '3012345670', community: 'Bucha' }, mapping)).toEqual({
      ok: true,
      identity: { name: 'Олена Коваленко', nationalId: '3012345670', community: 'bucha' },
    });
  });

  it('joins several name claims and reaches nested claims with dots', () => {
    const claims = { family_name: 'Коваленко', given_name: 'Олена', middle_name: 'Петрівна', drfo: { code: '301 234 5670' }, address: { locality: 'irpin' } };
    expect(mapClaims(claims, { name: 'family_name given_name middle_name', nationalId: 'drfo.code', community: 'address.locality' })).toEqual({
      ok: true,
      identity: { name: 'Коваленко Олена Петрівна', nationalId: '3012345670', community: 'irpin' },
    });
  });

  it('prefers a claim whose name itself contains a dot', () => {
    expect(claimAt({ 'urn.x': 1, urn: { x: 2 } }, 'urn.x')).toBe(1);
  });

  it('accepts a passport number for people without an RNOKPP, and a number-typed claim', () => {
    expect(mapClaims({ name: 'А Б', rnokpp: 'кв 123456' }, mapping)).toMatchObject({ ok: true, identity: { nationalId: 'КВ123456', community: null } });
    expect(mapClaims({ name: 'А Б', rnokpp: 3012345670 }, mapping)).toMatchObject({ ok: true, identity: { nationalId: '3012345670' } });
  });

  it('reports what is missing instead of guessing', () => {
    expect(mapClaims({ rnokpp: '3012345670' }, mapping)).toEqual({ ok: false, missing: ['name'] });
    expect(mapClaims({ name: 'Олена', rnokpp: '' }, mapping)).toEqual({ ok: false, missing: ['nationalId'] });
    expect(mapClaims({ name: '   ', rnokpp: { nested: true } }, mapping)).toEqual({ ok: false, missing: ['name', 'nationalId'] });
  });

  it('leaves the community out when the mapping has none', () => {
    expect(mapClaims({ name: 'Олена', rnokpp: '3012345670', community: 'bucha' }, { name: 'name', nationalId: 'rnokpp' })).toMatchObject({
      ok: true,
      identity: { community: null },
    });
  });
});
