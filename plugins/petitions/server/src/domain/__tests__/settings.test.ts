import { petitionSettings, petitionSettingsSchema } from '../settings';

const LOCAL = { national: false };
const NATIONAL_BODY = { national: true };
const NATIONAL = {
  threshold: 25000,
  collectionDays: 90,
  moderationWorkingDays: 2,
  answerWorkingDays: 10,
  signatureLevel: 'email',
  filingLevel: 'email',
  publicSignerNames: false,
};

describe('petitionSettings', () => {
  it.each([undefined, null, {}])('uses the national rules of art. 23-1 when nothing is configured (%p)', (raw) => {
    expect(petitionSettings(raw, LOCAL)).toEqual(NATIONAL);
  });

  it("keeps a community's own threshold and fills the rest with national defaults", () => {
    expect(petitionSettings({ threshold: 1000 }, LOCAL)).toEqual({ ...NATIONAL, threshold: 1000 });
  });

  it('keeps every value an authority sets', () => {
    const custom = {
      threshold: 3000,
      collectionDays: 60,
      moderationWorkingDays: 3,
      answerWorkingDays: 15,
      signatureLevel: 'verified',
      filingLevel: 'verified',
      publicSignerNames: true,
    };
    expect(petitionSettings(custom, LOCAL)).toEqual(custom);
  });

  it('asks a verified identity to sign and to file at a national body unless it chose otherwise', () => {
    expect(petitionSettings({}, NATIONAL_BODY)).toMatchObject({ signatureLevel: 'verified', filingLevel: 'verified' });
    expect(petitionSettings({ signatureLevel: 'email' }, NATIONAL_BODY)).toMatchObject({ signatureLevel: 'email', filingLevel: 'verified' });
  });

  it('lets a local authority require a level for filing without changing the one for signing', () => {
    expect(petitionSettings({ filingLevel: 'verified' }, LOCAL)).toMatchObject({ signatureLevel: 'email', filingLevel: 'verified' });
  });

  it('ignores fields that are not petition rules, such as a stored record id', () => {
    expect(petitionSettings({ id: 7, documentId: 'abc', threshold: 500 }, LOCAL)).toEqual({ ...NATIONAL, threshold: 500 });
  });

  it.each([
    ['a threshold of zero', { threshold: 0 }],
    ['a fractional threshold', { threshold: 2500.5 }],
    ['a threshold given as text', { threshold: '25000' }],
    ['a zero-day collection window', { collectionDays: 0 }],
    ['a negative moderation period', { moderationWorkingDays: -1 }],
    ['a fractional answer period', { answerWorkingDays: 1.5 }],
    ['an unknown signature level', { signatureLevel: 'bankid' }],
    ['an unknown filing level', { filingLevel: 'none' }],
    ['a non-boolean signer-name flag', { publicSignerNames: 'yes' }],
  ])('refuses %s instead of silently falling back to the default', (_, raw) => {
    expect(() => petitionSettings(raw, LOCAL)).toThrow(/Invalid petition settings/);
  });

  it('names the offending field in the error', () => {
    expect(() => petitionSettings({ threshold: 0 }, LOCAL)).toThrow(/threshold/);
  });

  it('refuses settings that are not an object', () => {
    expect(() => petitionSettings('25000', LOCAL)).toThrow(/Invalid petition settings/);
  });

  it('exposes the schema so an admin form can validate with the same rules', () => {
    expect(petitionSettingsSchema.safeParse({ threshold: 0 }).success).toBe(false);
    expect(petitionSettingsSchema.parse({})).toEqual({ threshold: 25000, collectionDays: 90, moderationWorkingDays: 2, answerWorkingDays: 10, publicSignerNames: false });
  });
});
