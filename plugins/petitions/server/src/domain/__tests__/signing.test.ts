import { canSign } from '../signing';
import type { PetitionState } from '../state-machine';
import { PETITION_STATUSES, SIGNING_STATUSES, type PetitionStatus } from '../statuses';
import { petitionIn } from './fixtures';

const collecting = petitionIn('collecting');
const endsAt = collecting.collectionEndsAt!;
const beforeEnd = new Date(endsAt.getTime() - 60_000);

function expectRefused(result: ReturnType<typeof canSign>, code: 'not_collecting' | 'window_closed') {
  if (result.ok) throw new Error(`expected refusal ${code}`);
  expect(result.code).toBe(code);
  expect(result.message.uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  expect(result.message.en).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
}

describe('canSign', () => {
  it('accepts signatures while the petition is collecting', () => {
    expect(canSign(collecting, collecting.collectionStartsAt!)).toEqual({ ok: true });
  });

  it('keeps accepting signatures after the threshold is reached, until the window ends', () => {
    expect(canSign(petitionIn('threshold_reached'), beforeEnd)).toEqual({ ok: true });
  });

  it('accepts a signature one millisecond before the window ends', () => {
    expect(canSign(collecting, new Date(endsAt.getTime() - 1))).toEqual({ ok: true });
  });

  it('refuses signatures at the very moment the window ends', () => {
    expectRefused(canSign(collecting, new Date(endsAt.getTime())), 'window_closed');
  });

  it('refuses signatures after the window ends even before the system closes it', () => {
    expectRefused(canSign(collecting, new Date(endsAt.getTime() + 1)), 'window_closed');
  });

  it('refuses signatures after the window ends even when the threshold was reached', () => {
    expectRefused(canSign(petitionIn('threshold_reached'), new Date(endsAt.getTime() + 1)), 'window_closed');
  });

  it('refuses signatures for a collecting petition that has no end date', () => {
    expectRefused(canSign({ status: 'collecting', collectionEndsAt: null }, beforeEnd), 'window_closed');
  });

  it('refuses signatures once the petition is answered', () => {
    const answered = petitionIn('answered');
    const refusal = canSign(answered, beforeEnd);
    expectRefused(refusal, 'not_collecting');
    expect(!refusal.ok && refusal.message.uk).toContain('відповідь');
  });

  it('refuses signatures once consideration has started, even with time left in the window', () => {
    expectRefused(canSign(petitionIn('under_consideration'), beforeEnd), 'not_collecting');
  });

  const closedStatuses = PETITION_STATUSES.filter(
    (status) => !(SIGNING_STATUSES as readonly PetitionStatus[]).includes(status),
  );

  it.each(closedStatuses)('refuses signatures on a petition that is %s', (status) => {
    expectRefused(canSign(petitionIn(status), beforeEnd), 'not_collecting');
  });

  it('explains each closed status in its own words', () => {
    const messages = closedStatuses.map((status) => {
      const result = canSign(petitionIn(status), beforeEnd);
      return result.ok ? '' : result.message.uk;
    });
    expect(new Set(messages).size).toBe(closedStatuses.length);
  });

  it('refuses signatures for a status it does not know', () => {
    const state = { status: 'archived', collectionEndsAt: endsAt } as unknown as Pick<
      PetitionState,
      'status' | 'collectionEndsAt'
    >;
    expectRefused(canSign(state, beforeEnd), 'not_collecting');
  });
});
