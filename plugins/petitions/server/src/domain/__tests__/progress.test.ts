import { nearestToThreshold, progressOf } from '../progress';
import { newDraft, type PetitionState } from '../state-machine';
import { at } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';
import { petitionIn } from './fixtures';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

function collectingWith(threshold: number): PetitionState {
  return { ...petitionIn('collecting'), threshold };
}

describe('progressOf — signatures', () => {
  const now = at('2025-03-10T00:00:00.000Z');

  it('shows no progress before publication, when there is no threshold yet', () => {
    expect(progressOf(newDraft(), 0, now)).toMatchObject({ signatures: 0, threshold: 0, percent: 0, remaining: 0 });
    expect(progressOf(petitionIn('submitted'), 0, now).percent).toBe(0);
  });

  it('shows the share of the threshold gathered so far', () => {
    expect(progressOf(collectingWith(25000), 6250, now)).toMatchObject({ percent: 25, remaining: 18750 });
  });

  it('rounds the percentage down so a petition one signature short never shows 100 %', () => {
    expect(progressOf(collectingWith(25000), 24999, now)).toMatchObject({ percent: 99, remaining: 1 });
  });

  it('shows 100 % at exactly the threshold', () => {
    expect(progressOf(collectingWith(25000), 25000, now)).toMatchObject({ percent: 100, remaining: 0 });
  });

  it('caps the percentage at 100 and the remainder at 0 when support exceeds the threshold', () => {
    expect(progressOf(collectingWith(1000), 3500, now)).toMatchObject({ signatures: 3500, percent: 100, remaining: 0 });
  });

  it.each([
    [-3, 0],
    [Number.NaN, 0],
    [12.7, 12],
  ])('does not show an impossible count (%p shown as %p)', (given, shown) => {
    expect(progressOf(collectingWith(100), given, now)).toMatchObject({ signatures: shown, remaining: 100 - shown });
  });
});

describe('progressOf — time left', () => {
  const collecting = petitionIn('collecting');
  const endsAt = collecting.collectionEndsAt!;

  it('counts whole days left, rounding a partial day up', () => {
    expect(progressOf(collecting, 0, new Date(endsAt.getTime() - 2 * DAY_MS - HOUR_MS)).daysLeft).toBe(3);
  });

  it('counts exactly whole days without adding one', () => {
    expect(progressOf(collecting, 0, new Date(endsAt.getTime() - 2 * DAY_MS)).daysLeft).toBe(2);
  });

  it('shows the full 90 days on the day of publication', () => {
    expect(progressOf(collecting, 0, collecting.collectionStartsAt!).daysLeft).toBe(90);
  });

  it('shows 1 day left in the last hour of the window', () => {
    expect(progressOf(collecting, 0, new Date(endsAt.getTime() - HOUR_MS)).daysLeft).toBe(1);
  });

  it('shows 0 days left once the window has passed, before the system closes it', () => {
    expect(progressOf(collecting, 0, endsAt).daysLeft).toBe(0);
    expect(progressOf(collecting, 0, new Date(endsAt.getTime() + 5 * DAY_MS)).daysLeft).toBe(0);
  });

  it('keeps counting days left after the threshold is reached, since signing continues', () => {
    const reached = petitionIn('threshold_reached');
    expect(progressOf(reached, 150, new Date(endsAt.getTime() - 10 * DAY_MS)).daysLeft).toBe(10);
  });

  it.each(['draft', 'submitted', 'under_consideration', 'answered', 'not_supported', 'rejected'] as const)(
    'shows no time left for a petition that is %s',
    (status) => {
      expect(progressOf(petitionIn(status), 0, new Date(endsAt.getTime() - 10 * DAY_MS)).daysLeft).toBeNull();
    },
  );
});

describe('progressOf — the answer deadline', () => {
  const reached = petitionIn('threshold_reached');
  const dueAt = reached.answerDueAt!;

  it('has no answer deadline while collecting', () => {
    expect(progressOf(petitionIn('collecting'), 0, dueAt)).toMatchObject({ answerOnTime: null, answerOverdue: false });
  });

  it('leaves timeliness open while the answer is not yet due', () => {
    expect(progressOf(reached, 100, new Date(dueAt.getTime() - 1))).toMatchObject({
      answerOnTime: null,
      answerOverdue: false,
    });
  });

  it('is not overdue at the exact deadline', () => {
    expect(progressOf(reached, 100, dueAt).answerOverdue).toBe(false);
  });

  it('marks the answer overdue once the deadline passes without an answer', () => {
    expect(progressOf(reached, 100, new Date(dueAt.getTime() + 1))).toMatchObject({
      answerOnTime: false,
      answerOverdue: true,
    });
  });

  it('keeps a petition under consideration overdue after the deadline', () => {
    const considering = petitionIn('under_consideration');
    expect(progressOf(considering, 100, new Date(considering.answerDueAt!.getTime() + DAY_MS)).answerOverdue).toBe(
      true,
    );
  });

  it('marks an answer given by the deadline as on time', () => {
    const answered = petitionIn('answered');
    expect(answered.answeredAt!.getTime()).toBeLessThanOrEqual(answered.answerDueAt!.getTime());
    expect(progressOf(answered, 100, new Date(answered.answerDueAt!.getTime() + 30 * DAY_MS))).toMatchObject({
      answerOnTime: true,
      answerOverdue: false,
    });
  });

  it('marks an answer given at the exact deadline as on time', () => {
    const answered = { ...petitionIn('answered'), answeredAt: dueAt, answerDueAt: dueAt };
    expect(progressOf(answered, 100, dueAt).answerOnTime).toBe(true);
  });

  it('marks a late answer as late but no longer overdue', () => {
    const late = { ...petitionIn('answered'), answerDueAt: dueAt, answeredAt: new Date(dueAt.getTime() + DAY_MS) };
    expect(progressOf(late, 100, new Date(dueAt.getTime() + 2 * DAY_MS))).toMatchObject({
      answerOnTime: false,
      answerOverdue: false,
    });
  });
});

describe('nearestToThreshold', () => {
  const p = (id: string, percent: number, signatures: number) => ({ id, percent, signatures });

  it('lists the most advanced first, breaking ties by signatures, up to the limit', () => {
    const list = [p('a', 40, 400), p('b', 90, 45), p('c', 40, 600), p('d', 10, 1)];
    expect(nearestToThreshold(list, 3).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('leaves out petitions nobody has signed yet, even when the list would be short', () => {
    expect(nearestToThreshold([p('a', 0, 0), p('b', 1, 3), p('c', 0, 0)], 6).map((x) => x.id)).toEqual(['b']);
  });
});
