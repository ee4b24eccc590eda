import { pollSettings } from '../settings';

describe('pollSettings', () => {
  it('runs 14 days and asks a confirmed email when the authority set nothing', () => {
    expect(pollSettings(undefined)).toEqual({ durationDays: 14, responseLevel: 'email' });
  });

  it('lets an authority ask a verified identity of respondents', () => {
    expect(pollSettings({ responseLevel: 'verified' })).toEqual({ durationDays: 14, responseLevel: 'verified' });
  });

  it.each([[{ responseLevel: 'bankid' }], [{ durationDays: 0 }], [{ durationDays: 1.5 }]])('refuses %p', (raw) => {
    expect(() => pollSettings(raw)).toThrow(/Invalid poll settings/);
  });
});
