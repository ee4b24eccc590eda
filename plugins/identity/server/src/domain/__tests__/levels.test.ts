import { levelOfAccount, meetsLevel } from '../levels';

describe('levels of assurance', () => {
  it('orders none < email < verified', () => {
    expect(meetsLevel('verified', 'verified')).toBe(true);
    expect(meetsLevel('verified', 'email')).toBe(true);
    expect(meetsLevel('email', 'email')).toBe(true);
    expect(meetsLevel('email', 'verified')).toBe(false);
    expect(meetsLevel('none', 'email')).toBe(false);
    expect(meetsLevel('none', 'verified')).toBe(false);
  });

  it('counts a verified identity only on a confirmed account', () => {
    expect(levelOfAccount({ confirmed: true, verified: true })).toBe('verified');
    expect(levelOfAccount({ confirmed: true, verified: false })).toBe('email');
    expect(levelOfAccount({ confirmed: false, verified: true })).toBe('none');
    expect(levelOfAccount({ confirmed: false, verified: false })).toBe('none');
  });
});
