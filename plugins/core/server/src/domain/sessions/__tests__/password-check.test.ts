import { passwordMatches } from '../password-check';

const DECOY = '$2a$10$decoydecoydecoydecoydecoydecoydecoydecoydecoydecoydec';

describe('checking a password at login', () => {
  it('compares against a decoy hash when the account does not exist, and never lets it match', async () => {
    const compare = jest.fn(async () => true);
    expect(await passwordMatches('Guess-1', null, compare, DECOY)).toBe(false);
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare).toHaveBeenCalledWith('Guess-1', DECOY);
  });

  it('compares against a decoy hash when the account has no password (signed up elsewhere)', async () => {
    const compare = jest.fn(async () => true);
    expect(await passwordMatches('Guess-1', '', compare, DECOY)).toBe(false);
    expect(compare).toHaveBeenCalledWith('Guess-1', DECOY);
  });

  it('does one comparison with the account’s own hash otherwise', async () => {
    const compare = jest.fn(async (password: string) => password === 'Right-1');
    expect(await passwordMatches('Right-1', '$2a$10$own', compare, DECOY)).toBe(true);
    expect(await passwordMatches('Wrong-1', '$2a$10$own', compare, DECOY)).toBe(false);
    expect(compare).toHaveBeenCalledTimes(2);
    expect(compare).toHaveBeenNthCalledWith(1, 'Right-1', '$2a$10$own');
  });
});
