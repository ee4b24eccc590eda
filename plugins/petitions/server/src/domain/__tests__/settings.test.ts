import { petitionSettings, petitionSettingsSchema } from '../settings';

const NATIONAL = {
  threshold: 25000,
  collectionDays: 90,
  moderationWorkingDays: 2,
  answerWorkingDays: 10,
  signatureLevel: 'email',
  publicSignerNames: false,
};

describe('petitionSettings', () => {
  it.each([undefined, null, {}])('uses the national rules of art. 23-1 when nothing is configured (%p)', (raw) => {
    expect(petitionSettings(raw)).toEqual(NATIONAL);
  });

  it("keeps a community's own threshold and fills the rest with national defaults", () => {
    expect(petitionSettings({ threshold: 1000 })).toEqual({ ...NATIONAL, threshold: 1000 });
  });

  it('keeps every value an authority sets', () => {
    const custom = {
      threshold: 3000,
      collectionDays: 60,
      moderationWorkingDays: 3,
      answerWorkingDays: 15,
      signatureLevel: 'verified',
      publicSignerNames: true,
    };
    expect(petitionSettings(custom)).toEqual(custom);
  });

  it('ignores fields that are not petition rules, such as a stored record id', () => {
    expect(petitionSettings({ id: 7, documentId: 'abc', threshold: 500 })).toEqual({ ...NATIONAL, threshold: 500 });
  });

  it.each([
    ['a threshold of zero', { threshold: 0 }],
    ['a fractional threshold', { threshold: 2500.5 }],
    ['a threshold given as text', { threshold: '25000' }],
    ['a zero-day collection window', { collectionDays: 0 }],
    ['a negative moderation period', { moderationWorkingDays: -1 }],
    ['a fractional answer period', { answerWorkingDays: 1.5 }],
    ['an unknown signature level', { signatureLevel: 'bankid' }],
    ['a non-boolean signer-name flag', { publicSignerNames: 'yes' }],
  ])('refuses %s instead of silently falling back to the default', (_, raw) => {
    expect(() => petitionSettings(raw)).toThrow(/Invalid petition settings/);
  });

  it('names the offending field in the error', () => {
    expect(() => petitionSettings({ threshold: 0 })).toThrow(/threshold/);
  });

  it('refuses settings that are not an object', () => {
    expect(() => petitionSettings('25000')).toThrow(/Invalid petition settings/);
  });

  it('exposes the schema so an admin form can validate with the same rules', () => {
    expect(petitionSettingsSchema.safeParse({ threshold: 0 }).success).toBe(false);
    expect(petitionSettingsSchema.parse({})).toEqual(NATIONAL);
  });
});
