import { eligibility } from '../audience';
import { canRespond } from '../responding';
import { hoursAfter, NOW, pollIn } from './fixtures';

describe('when a response may be given', () => {
  const open = pollIn('open');

  it('accepts answers while open and before the closing time', () => {
    expect(canRespond(open, hoursAfter(open.openedAt!, 1))).toEqual({ ok: true });
  });

  it('refuses at the very moment the closing time comes, even before the job closes the poll', () => {
    expect(canRespond(open, open.closesAt!)).toMatchObject({ ok: false, code: 'poll_closed' });
  });

  it('refuses before opening and after closing', () => {
    expect(canRespond(pollIn('draft'), NOW)).toMatchObject({ ok: false, code: 'poll_not_open' });
    expect(canRespond(pollIn('scheduled'), NOW)).toMatchObject({ ok: false, code: 'poll_not_open' });
    expect(canRespond(pollIn('closed'), NOW)).toMatchObject({ ok: false, code: 'poll_closed' });
  });
});

describe('who may answer', () => {
  const bucha = 3;
  const region = 2;

  it('lets everyone answer a poll for everyone', () => {
    expect(eligibility('everyone', bucha, { residentOf: null, representsCso: false })).toEqual({ ok: true });
  });

  it('lets a verified resident answer, including a resident of a community in the region', () => {
    expect(eligibility('residents', bucha, { residentOf: [bucha, region], representsCso: false })).toEqual({ ok: true });
    expect(eligibility('residents', region, { residentOf: [bucha, region], representsCso: false })).toEqual({ ok: true });
  });

  it('refuses a resident of another community and anyone whose residence cannot be verified', () => {
    expect(eligibility('residents', bucha, { residentOf: [7], representsCso: false })).toMatchObject({ ok: false, code: 'residence_required' });
    expect(eligibility('residents', bucha, { residentOf: [], representsCso: false })).toMatchObject({ ok: false, code: 'residence_required' });
    expect(eligibility('residents', bucha, { residentOf: null, representsCso: false })).toMatchObject({ ok: false, code: 'residence_required' });
  });

  it('lets only CSO representatives answer a poll for CSOs', () => {
    expect(eligibility('csos', bucha, { residentOf: [bucha], representsCso: false })).toMatchObject({ ok: false, code: 'cso_required' });
    expect(eligibility('csos', bucha, { residentOf: null, representsCso: true })).toEqual({ ok: true });
  });
});
