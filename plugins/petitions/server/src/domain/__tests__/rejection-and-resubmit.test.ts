import { transition, type PetitionState, type TransitionResult } from '../state-machine';
import {
  CONTENT_WITHHELD_REASONS,
  CORRECTABLE_REASONS,
  isContentWithheld,
  isCorrectable,
  REJECTION_REASONS,
  type RejectionReason,
} from '../statuses';
import { at } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';
import { apply, context, MONDAY, petitionIn } from './fixtures';

const ORIGINAL = 'originalpetition01';
const TUESDAY = at('2025-03-04T12:00:00.000Z');
const FRIDAY = at('2025-03-07T10:00:00.000Z');

function rejectedAs(reason: RejectionReason): PetitionState {
  const note = reason === 'other' ? 'Пояснення модератора.' : undefined;
  const duplicateOf = reason === 'duplicate' ? ORIGINAL : undefined;
  return apply(petitionIn('submitted'), { type: 'reject', reason, note, duplicateOf }, TUESDAY);
}

function refusal(result: TransitionResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.from} → ${result.to}`);
  return result;
}

describe('which rejections withhold the petition and which can be corrected', () => {
  it('withholds the content of offensive and unlawful petitions only', () => {
    expect(REJECTION_REASONS.filter(isContentWithheld)).toEqual([...CONTENT_WITHHELD_REASONS]);
    expect(CONTENT_WITHHELD_REASONS).toEqual(['offensive', 'unlawful']);
    expect(isContentWithheld(null)).toBe(false);
  });

  it('lets the author correct every reason except a duplicate and a matter outside the competence', () => {
    expect(REJECTION_REASONS.filter((r) => !isCorrectable(r))).toEqual(['duplicate', 'outside_competence']);
    expect([...CORRECTABLE_REASONS].sort()).toEqual(['no_clear_request', 'offensive', 'other', 'unlawful']);
    expect(isCorrectable(null)).toBe(false);
  });
});

describe('reject as a duplicate', () => {
  const submitted = petitionIn('submitted');

  it('records the original petition', () => {
    const result = transition(submitted, { type: 'reject', reason: 'duplicate', duplicateOf: ` ${ORIGINAL} ` }, context(TUESDAY));
    expect(result.ok && result.state).toMatchObject({ status: 'rejected', rejectionReason: 'duplicate', duplicateOf: ORIGINAL });
  });

  it.each([undefined, '', '   '])('refuses a duplicate without its original (%p), naming the field', (duplicateOf) => {
    const result = refusal(transition(submitted, { type: 'reject', reason: 'duplicate', duplicateOf }, context(TUESDAY)));
    expect(result).toMatchObject({ code: 'invalid_input', field: 'duplicateOf' });
    expect(result.message.uk).toMatch(/дублює/);
  });

  it('refuses an original for any other reason, so a link never contradicts the reason', () => {
    const result = refusal(transition(submitted, { type: 'reject', reason: 'offensive', duplicateOf: ORIGINAL }, context(TUESDAY)));
    expect(result).toMatchObject({ code: 'invalid_input', field: 'duplicateOf' });
  });
});

describe('resubmit', () => {
  it.each([...CORRECTABLE_REASONS])('returns a petition rejected as %s to moderation with a fresh clock', (reason) => {
    const result = transition(rejectedAs(reason), { type: 'resubmit' }, context(FRIDAY));
    if (!result.ok) throw new Error(result.message.en);
    expect(result).toMatchObject({ from: 'rejected', to: 'submitted' });
    expect(result.state).toMatchObject({
      status: 'submitted',
      submittedAt: FRIDAY,
      // Two working days from a Friday: the weekend does not count.
      moderationDueAt: at('2025-03-11T10:00:00.000Z'),
      rejectedAt: null,
      rejectionReason: null,
      rejectionNote: null,
      duplicateOf: null,
      closedAt: null,
    });
  });

  it.each(['duplicate', 'outside_competence'] as const)('refuses to resubmit a petition rejected as %s', (reason) => {
    const result = refusal(transition(rejectedAs(reason), { type: 'resubmit' }, context(FRIDAY)));
    expect(result.code).toBe('not_correctable');
    expect(result.message.uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    expect(result.message.en).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  });

  it('accepts a resubmission once: the resubmitted petition is in moderation again', () => {
    const resubmitted = apply(rejectedAs('offensive'), { type: 'resubmit' }, FRIDAY);
    expect(refusal(transition(resubmitted, { type: 'resubmit' }, context(FRIDAY))).code).toBe('invalid_transition');
  });

  it.each(['draft', 'submitted', 'collecting', 'answered', 'not_supported'] as const)('refuses to resubmit a petition in %s', (status) => {
    expect(refusal(transition(petitionIn(status), { type: 'resubmit' }, context(MONDAY))).code).toBe('invalid_transition');
  });

  it('can be rejected again after a resubmission, and corrected again', () => {
    const again = apply(apply(rejectedAs('no_clear_request'), { type: 'resubmit' }, FRIDAY), { type: 'reject', reason: 'offensive' }, FRIDAY);
    expect(again).toMatchObject({ status: 'rejected', rejectionReason: 'offensive' });
    expect(transition(again, { type: 'resubmit' }, context(FRIDAY)).ok).toBe(true);
  });
});
