import { consultationSettings } from '../settings';

describe('consultationSettings', () => {
  it('fills the defaults: 15 working days, report in 10, confirmed email', () => {
    expect(consultationSettings(undefined)).toEqual({ periodWorkingDays: 15, reportWorkingDays: 10, participationLevel: 'email' });
    expect(consultationSettings(null)).toEqual(consultationSettings({}));
  });

  it("keeps an authority's own values", () => {
    expect(consultationSettings({ periodWorkingDays: 20, participationLevel: 'verified' })).toMatchObject({
      periodWorkingDays: 20,
      participationLevel: 'verified',
    });
  });

  it('refuses a period below the minimum of 5 working days and other invalid values', () => {
    for (const raw of [{ periodWorkingDays: 4 }, { periodWorkingDays: 10.5 }, { reportWorkingDays: 0 }, { participationLevel: 'none' }]) {
      expect(() => consultationSettings(raw)).toThrow(/Invalid consultation settings/);
    }
  });
});
