import {
  allowedCommands,
  COMMAND_ACTORS,
  newDraft,
  POLL_COMMAND_TYPES,
  transition,
  type PollCommand,
  type PollCommandType,
  type PollState,
  type TransitionResult,
} from '../state-machine';
import { POLL_STATUSES, STATUS_LABELS, type PollStatus } from '../statuses';
import { context, fakeDeadlines, hoursAfter, NOW, pollIn } from './fixtures';

function expectOk(result: TransitionResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message.en}`);
  return result;
}
function expectRefusal(result: TransitionResult, code: string) {
  if (result.ok) throw new Error(`expected refusal ${code}, got ${result.from} → ${result.to}`);
  expect(result.code).toBe(code);
  expect(result.message.uk).toMatch(/[а-яіїєґ]/i);
  expect(result.message.en).toMatch(/^[A-Z]/);
  return result;
}
const FAR_FUTURE = new Date('2099-01-01T00:00:00.000Z');

describe('schedule', () => {
  it('schedules a draft with a future opening time and keeps its closing time', () => {
    const draft = pollIn('draft');
    const result = expectOk(transition(draft, { type: 'schedule' }, context(NOW)));
    expect(result).toMatchObject({ from: 'draft', to: 'scheduled' });
    expect(result.state.opensAt).toEqual(draft.opensAt);
    expect(result.state.closesAt).toEqual(draft.closesAt);
    expect(result.state.openedAt).toBeNull();
  });

  it("fills a missing closing time with the authority's duration, in calendar days from the opening", () => {
    const opensAt = hoursAfter(NOW, 24);
    const ctx = { ...context(NOW, 10), deadlines: fakeDeadlines() };
    const result = expectOk(transition(newDraft({ opensAt }), { type: 'schedule' }, ctx));
    expect(result.state.closesAt).toEqual(hoursAfter(opensAt, 240));
    expect(ctx.deadlines.calls).toEqual([{ kind: 'calendar', start: opensAt, days: 10 }]);
  });

  it('refuses to schedule without an opening time', () => {
    expectRefusal(transition(newDraft(), { type: 'schedule' }, context(NOW)), 'opening_time_required');
  });

  it('refuses to schedule an opening time that has passed (or is now)', () => {
    expectRefusal(transition(newDraft({ opensAt: NOW }), { type: 'schedule' }, context(NOW)), 'opening_time_passed');
  });

  it('refuses a closing time not after the opening time', () => {
    const opensAt = hoursAfter(NOW, 24);
    expectRefusal(transition(newDraft({ opensAt, closesAt: opensAt }), { type: 'schedule' }, context(NOW)), 'closing_before_opening');
  });
});

describe('open (by an official)', () => {
  it('opens a draft now, with the default duration when no closing time was given', () => {
    const result = expectOk(transition(newDraft(), { type: 'open' }, context(NOW, 7)));
    expect(result).toMatchObject({ from: 'draft', to: 'open' });
    expect(result.state.openedAt).toEqual(NOW);
    expect(result.state.closesAt).toEqual(hoursAfter(NOW, 7 * 24));
  });

  it('opens a scheduled poll early, keeping the announced time on record', () => {
    const scheduled = pollIn('scheduled');
    const result = expectOk(transition(scheduled, { type: 'open' }, context(NOW)));
    expect(result.state).toMatchObject({ status: 'open', openedAt: NOW, opensAt: scheduled.opensAt, closesAt: scheduled.closesAt });
  });

  it('refuses to open a poll whose closing time has passed', () => {
    expectRefusal(transition(newDraft({ closesAt: NOW }), { type: 'open' }, context(NOW)), 'closing_time_passed');
  });
});

describe('auto_open (the schedule)', () => {
  const scheduled = pollIn('scheduled');

  it('opens at the announced time', () => {
    const result = expectOk(transition(scheduled, { type: 'auto_open' }, context(scheduled.opensAt!)));
    expect(result.state).toMatchObject({ status: 'open', openedAt: scheduled.opensAt });
  });

  it('refuses to open a millisecond early', () => {
    expectRefusal(transition(scheduled, { type: 'auto_open' }, context(new Date(scheduled.opensAt!.getTime() - 1))), 'not_yet_open');
  });

  it('does not open a draft by itself: only an announced poll opens on time', () => {
    expectRefusal(transition(pollIn('draft'), { type: 'auto_open' }, context(FAR_FUTURE)), 'invalid_transition');
  });
});

describe('close (by an official)', () => {
  it('closes an open poll early and says so', () => {
    const open = pollIn('open');
    const now = hoursAfter(open.openedAt!, 2);
    const result = expectOk(transition(open, { type: 'close' }, context(now)));
    expect(result.state).toMatchObject({ status: 'closed', closedAt: now, closedBy: 'official', closesAt: open.closesAt });
  });

  it('refuses to close a poll that never opened', () => {
    expectRefusal(transition(pollIn('scheduled'), { type: 'close' }, context(NOW)), 'invalid_transition');
    expectRefusal(transition(pollIn('draft'), { type: 'close' }, context(NOW)), 'invalid_transition');
  });

  it('refuses to close a poll twice', () => {
    expectRefusal(transition(pollIn('closed'), { type: 'close' }, context(FAR_FUTURE)), 'invalid_transition');
  });
});

describe('auto_close (the schedule)', () => {
  const open = pollIn('open');

  it('closes at the closing time', () => {
    const result = expectOk(transition(open, { type: 'auto_close' }, context(open.closesAt!)));
    expect(result.state).toMatchObject({ status: 'closed', closedAt: open.closesAt, closedBy: 'schedule' });
  });

  it('refuses to close a millisecond early', () => {
    expectRefusal(transition(open, { type: 'auto_close' }, context(new Date(open.closesAt!.getTime() - 1))), 'still_running');
  });
});

describe('the lifecycle as a whole', () => {
  const EXPECTED: Record<PollStatus, PollCommandType[]> = {
    draft: ['schedule', 'open'],
    scheduled: ['open', 'auto_open'],
    open: ['close', 'auto_close'],
    closed: [],
  };

  it.each(POLL_STATUSES)('allows exactly the documented commands in %s', (status) => {
    expect(allowedCommands(status)).toEqual(EXPECTED[status]);
  });

  it('offers nothing for an unknown status and hands out copies', () => {
    expect(allowedCommands('archived' as PollStatus)).toEqual([]);
    allowedCommands('draft').push('close');
    expect(allowedCommands('draft')).toEqual(['schedule', 'open']);
  });

  const refused = POLL_STATUSES.flatMap((status) =>
    POLL_COMMAND_TYPES.filter((type) => !EXPECTED[status].includes(type)).map((type) => [status, type] as const),
  );
  const allowed = POLL_STATUSES.flatMap((status) => EXPECTED[status].map((type) => [status, type] as const));

  it('covers every status × command pair', () => {
    expect(refused.length + allowed.length).toBe(POLL_STATUSES.length * POLL_COMMAND_TYPES.length);
  });

  it.each(refused)('refuses %s → %s as an invalid transition, naming the status', (status, type) => {
    const refusal = expectRefusal(transition(pollIn(status), { type }, context(FAR_FUTURE)), 'invalid_transition');
    expect(refusal.message.uk).toContain(`«${STATUS_LABELS[status].uk}»`);
    expect(refusal.message.en).toContain(`"${STATUS_LABELS[status].en}"`);
  });

  it.each(allowed)('never mutates the state it is given (%s → %s)', (status, type) => {
    const state = pollIn(status);
    const before = structuredClone(state);
    Object.freeze(state);
    // A moment at which every allowed command succeeds: after opening, before closing (schedule needs a future opening).
    const now = type === 'schedule' ? NOW : type === 'auto_close' ? state.closesAt! : hoursAfter(NOW, 48);
    expectOk(transition(state, { type } as PollCommand, context(now)));
    expect(state).toEqual(before);
  });

  it('refuses a command it does not know as invalid input', () => {
    expectRefusal(transition(pollIn('open'), { type: 'reopen' } as unknown as PollCommand, context(NOW)), 'invalid_input');
  });

  it('does not share Date objects with the caller', () => {
    const now = new Date(NOW.getTime());
    const opened: PollState = expectOk(transition(newDraft(), { type: 'open' }, context(now))).state;
    now.setUTCFullYear(2030);
    expect(opened.openedAt).toEqual(NOW);
  });

  it('lets officials schedule, open and close, and the schedule open and close on time', () => {
    expect(COMMAND_ACTORS).toEqual({ schedule: 'official', open: 'official', auto_open: 'system', close: 'official', auto_close: 'system' });
  });
});

describe('times given with the command', () => {
  it('schedules with the opening and closing times the official gives now, over those of the draft', () => {
    const opensAt = hoursAfter(NOW, 2);
    const closesAt = hoursAfter(NOW, 50);
    const result = expectOk(transition(pollIn('draft'), { type: 'schedule', opensAt, closesAt }, context(NOW)));
    expect(result.state).toMatchObject({ status: 'scheduled', opensAt, closesAt });
  });

  it('refuses a given opening time in the past and a given closing time before the opening', () => {
    expectRefusal(transition(newDraft(), { type: 'schedule', opensAt: hoursAfter(NOW, -1) }, context(NOW)), 'opening_time_passed');
    const opensAt = hoursAfter(NOW, 5);
    expectRefusal(transition(newDraft(), { type: 'schedule', opensAt, closesAt: hoursAfter(NOW, 4) }, context(NOW)), 'closing_before_opening');
  });

  it('opens with a closing time given now, and refuses one in the past', () => {
    const closesAt = hoursAfter(NOW, 3);
    expect(expectOk(transition(pollIn('scheduled'), { type: 'open', closesAt }, context(NOW))).state.closesAt).toEqual(closesAt);
    expectRefusal(transition(newDraft(), { type: 'open', closesAt: hoursAfter(NOW, -3) }, context(NOW)), 'closing_time_passed');
  });

  it('ignores a time that is not a valid date rather than storing it', () => {
    const result = expectOk(transition(newDraft(), { type: 'open', closesAt: new Date('nonsense') }, context(NOW, 3)));
    expect(result.state.closesAt).toEqual(hoursAfter(NOW, 72));
  });
});
