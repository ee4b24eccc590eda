import { settingsContext } from '../settings-context';

describe('the authority context of module settings', () => {
  it('treats central bodies as national and everyone else as choosing for themselves', () => {
    expect(settingsContext({ kind: 'central' })).toEqual({ national: true });
    expect(settingsContext({ kind: 'regional' })).toEqual({ national: false });
    expect(settingsContext({ kind: 'community' })).toEqual({ national: false });
  });

  it('never guesses "national" for an authority whose kind it was not told', () => {
    expect(settingsContext({})).toEqual({ national: false });
    expect(settingsContext({ kind: null })).toEqual({ national: false });
  });
});
