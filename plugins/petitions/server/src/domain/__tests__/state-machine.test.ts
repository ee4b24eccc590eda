import { petitionSettings } from '../settings';
import {
  allowedCommands,
  ANSWER_MAX_LENGTH,
  ANSWER_MIN_LENGTH,
  COMMAND_ACTORS,
  newDraft,
  PETITION_COMMAND_TYPES,
  REJECTION_NOTE_MAX_LENGTH,
  transition,
  type PetitionCommand,
  type PetitionCommandType,
  type PetitionState,
  type TransitionResult,
} from '../state-machine';
import { PETITION_STATUSES, REJECTION_REASONS, STATUS_LABELS, type PetitionStatus } from '../statuses';
import { at, fakeDeadlines } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';
import { apply, context, MONDAY, petitionIn } from './fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);
const FAR_FUTURE = daysAfter(MONDAY, 365);
const ANSWER = 'Дякуємо за звернення. Питання розглянуто, відповідне доручення надано.';

function expectOk(result: TransitionResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message.en}`);
  return result;
}

function expectRefusal(result: TransitionResult, code: string) {
  if (result.ok) throw new Error(`expected refusal ${code}, got ${result.from} → ${result.to}`);
  expect(result.code).toBe(code);
  // Ukrainian first and really Ukrainian; English really English.
  expect(result.message.uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  expect(result.message.en).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  return result;
}

/** A command of each type with valid input, to isolate the status rules from the input rules. */
const VALID_COMMAND: Record<PetitionCommandType, PetitionCommand> = {
  submit: { type: 'submit' },
  publish: { type: 'publish' },
  reject: { type: 'reject', reason: 'duplicate', duplicateOf: 'originalpetition01' },
  resubmit: { type: 'resubmit' },
  reach_threshold: { type: 'reach_threshold', signatures: 1_000_000 },
  start_consideration: { type: 'start_consideration' },
  answer: { type: 'answer', text: ANSWER },
  close_window: { type: 'close_window', signatures: 0 },
};

describe('newDraft', () => {
  it('starts as a draft with no dates, no threshold and no answer', () => {
    const draft = newDraft();
    expect(draft.status).toBe('draft');
    expect(draft.threshold).toBe(0);
    const { status, threshold, ...rest } = draft;
    expect(Object.values(rest).every((value) => value === null)).toBe(true);
  });

  it('returns a fresh object every time so drafts never share state', () => {
    expect(newDraft()).not.toBe(newDraft());
  });
});

describe('submit', () => {
  it('submits a draft and starts the 2-working-day moderation clock', () => {
    const ctx = context(MONDAY);
    const result = expectOk(transition(newDraft(), { type: 'submit' }, ctx));
    expect(result).toMatchObject({ from: 'draft', to: 'submitted' });
    expect(result.state.submittedAt).toEqual(MONDAY);
    expect(result.state.moderationDueAt).toEqual(at('2025-03-05T09:00:00.000Z'));
  });

  it('counts the moderation period in working days, skipping the weekend', () => {
    const friday = at('2025-03-07T16:00:00.000Z');
    const deadlines = fakeDeadlines();
    const result = expectOk(transition(newDraft(), { type: 'submit' }, { ...context(friday), deadlines }));
    expect(deadlines.calls).toEqual([{ kind: 'working', start: friday, days: 2 }]);
    expect(result.state.moderationDueAt).toEqual(at('2025-03-11T16:00:00.000Z'));
  });

  it("uses the authority's own moderation period", () => {
    const settings = petitionSettings({ moderationWorkingDays: 5 }, { national: false });
    const result = expectOk(transition(newDraft(), { type: 'submit' }, context(MONDAY, settings)));
    expect(result.state.moderationDueAt).toEqual(at('2025-03-10T09:00:00.000Z'));
  });

  it('refuses to submit a petition that is already submitted', () => {
    expectRefusal(transition(petitionIn('submitted'), { type: 'submit' }, context(MONDAY)), 'invalid_transition');
  });

  it('refuses to resubmit a rejected petition', () => {
    expectRefusal(transition(petitionIn('rejected'), { type: 'submit' }, context(MONDAY)), 'invalid_transition');
  });
});

describe('publish', () => {
  const submitted = petitionIn('submitted');
  const publishedAt = at('2025-03-04T10:30:00.000Z');

  it('publishes a submitted petition and opens a 90-day window', () => {
    const deadlines = fakeDeadlines();
    const result = expectOk(transition(submitted, { type: 'publish' }, { ...context(publishedAt), deadlines }));
    expect(result).toMatchObject({ from: 'submitted', to: 'collecting' });
    expect(result.state.collectionStartsAt).toEqual(publishedAt);
    expect(result.state.collectionEndsAt).toEqual(at('2025-06-02T10:30:00.000Z'));
    expect(deadlines.calls).toEqual([{ kind: 'calendar', start: publishedAt, days: 90 }]);
  });

  it('snapshots the national threshold of 25,000 when publishing by default', () => {
    const result = expectOk(transition(submitted, { type: 'publish' }, context(publishedAt)));
    expect(result.state.threshold).toBe(25000);
  });

  it("snapshots a community's own threshold and window when publishing", () => {
    const settings = petitionSettings({ threshold: 1000, collectionDays: 60 }, { national: false });
    const result = expectOk(transition(submitted, { type: 'publish' }, context(publishedAt, settings)));
    expect(result.state.threshold).toBe(1000);
    expect(result.state.collectionEndsAt).toEqual(daysAfter(publishedAt, 60));
  });

  it('keeps the published threshold when the authority later raises it', () => {
    const collecting = petitionIn('collecting'); // published with a threshold of 100
    const raised = petitionSettings({ threshold: 25000 }, { national: false });
    const result = expectOk(
      transition(collecting, { type: 'reach_threshold', signatures: 100 }, context(daysAfter(MONDAY, 5), raised)),
    );
    expect(result.state.threshold).toBe(100);
  });

  it('still publishes after the moderation deadline has passed', () => {
    const late = daysAfter(submitted.moderationDueAt!, 7);
    const result = expectOk(transition(submitted, { type: 'publish' }, context(late)));
    expect(result.state.collectionStartsAt).toEqual(late);
    expect(result.state.collectionEndsAt).toEqual(daysAfter(late, 90));
  });

  it('refuses to publish a petition that is already collecting', () => {
    expectRefusal(
      transition(petitionIn('collecting'), { type: 'publish' }, context(publishedAt)),
      'invalid_transition',
    );
  });

  it('refuses to publish a draft that was never submitted', () => {
    expectRefusal(transition(newDraft(), { type: 'publish' }, context(publishedAt)), 'invalid_transition');
  });

  it('refuses to publish a petition rejected at moderation', () => {
    expectRefusal(transition(petitionIn('rejected'), { type: 'publish' }, context(publishedAt)), 'invalid_transition');
  });
});

describe('reject', () => {
  const submitted = petitionIn('submitted');
  const now = at('2025-03-04T12:00:00.000Z');

  const ORIGINAL = 'originalpetition01';
  it.each(REJECTION_REASONS.filter((reason) => reason !== 'other'))(
    'rejects a submitted petition as %s and closes it without requiring a note',
    (reason) => {
      const duplicateOf = reason === 'duplicate' ? ORIGINAL : undefined;
      const result = expectOk(transition(submitted, { type: 'reject', reason, duplicateOf }, context(now)));
      expect(result).toMatchObject({ from: 'submitted', to: 'rejected' });
      expect(result.state).toMatchObject({
        rejectedAt: now,
        rejectionReason: reason,
        rejectionNote: null,
        closedAt: now,
      });
    },
  );

  it('keeps the optional note, trimmed', () => {
    const note = '  Аналогічна петиція № 22/123 уже збирає підписи.  ';
    const result = expectOk(transition(submitted, { type: 'reject', reason: 'duplicate', note, duplicateOf: ORIGINAL }, context(now)));
    expect(result.state.rejectionNote).toBe('Аналогічна петиція № 22/123 уже збирає підписи.');
  });

  it('stores a blank note as no note', () => {
    const result = expectOk(transition(submitted, { type: 'reject', reason: 'offensive', note: '   ' }, context(now)));
    expect(result.state.rejectionNote).toBeNull();
  });

  it('requires a note when rejecting for another reason', () => {
    expectRefusal(transition(submitted, { type: 'reject', reason: 'other' }, context(now)), 'invalid_input');
  });

  it('refuses a whitespace-only note when rejecting for another reason', () => {
    expectRefusal(
      transition(submitted, { type: 'reject', reason: 'other', note: ' \n\t ' }, context(now)),
      'invalid_input',
    );
  });

  it('rejects for another reason when a note explains it', () => {
    const note = 'Автор подав петицію від імені юридичної особи.';
    const result = expectOk(transition(submitted, { type: 'reject', reason: 'other', note }, context(now)));
    expect(result.state).toMatchObject({ rejectionReason: 'other', rejectionNote: note });
  });

  it('refuses an unknown rejection reason', () => {
    const command = { type: 'reject', reason: 'boring' } as unknown as PetitionCommand;
    expectRefusal(transition(submitted, command, context(now)), 'invalid_input');
  });

  it(`refuses a note longer than ${REJECTION_NOTE_MAX_LENGTH} characters`, () => {
    const note = 'ї'.repeat(REJECTION_NOTE_MAX_LENGTH + 1);
    expectRefusal(transition(submitted, { type: 'reject', reason: 'other', note }, context(now)), 'invalid_input');
  });

  it(`accepts a note of exactly ${REJECTION_NOTE_MAX_LENGTH} characters`, () => {
    const note = 'ї'.repeat(REJECTION_NOTE_MAX_LENGTH);
    expectOk(transition(submitted, { type: 'reject', reason: 'other', note }, context(now)));
  });

  it('refuses to reject a petition that is already collecting', () => {
    expectRefusal(
      transition(petitionIn('collecting'), { type: 'reject', reason: 'offensive' }, context(now)),
      'invalid_transition',
    );
  });

  it('refuses to reject a draft that was never submitted', () => {
    expectRefusal(transition(newDraft(), { type: 'reject', reason: 'duplicate' }, context(now)), 'invalid_transition');
  });
});

describe('reach_threshold', () => {
  const collecting = petitionIn('collecting'); // threshold 100
  const now = at('2025-03-14T15:00:00.000Z'); // a Friday

  it('starts the 10-working-day answer clock when the threshold is reached', () => {
    const deadlines = fakeDeadlines();
    const result = expectOk(
      transition(collecting, { type: 'reach_threshold', signatures: 100 }, { ...context(now), deadlines }),
    );
    expect(result).toMatchObject({ from: 'collecting', to: 'threshold_reached' });
    expect(result.state.thresholdReachedAt).toEqual(now);
    expect(deadlines.calls).toEqual([{ kind: 'working', start: now, days: 10 }]);
    expect(result.state.answerDueAt).toEqual(at('2025-03-28T15:00:00.000Z'));
  });

  it("uses the authority's own answer period", () => {
    const settings = petitionSettings({ answerWorkingDays: 3 }, { national: false });
    const result = expectOk(
      transition(collecting, { type: 'reach_threshold', signatures: 100 }, context(now, settings)),
    );
    expect(result.state.answerDueAt).toEqual(at('2025-03-19T15:00:00.000Z'));
  });

  it('reaches the threshold at exactly the required number of signatures', () => {
    expectOk(transition(collecting, { type: 'reach_threshold', signatures: 100 }, context(now)));
  });

  it('reaches the threshold when support overshoots it', () => {
    expectOk(transition(collecting, { type: 'reach_threshold', signatures: 5000 }, context(now)));
  });

  it('refuses to record the threshold one signature short of it', () => {
    const refusal = expectRefusal(
      transition(collecting, { type: 'reach_threshold', signatures: 99 }, context(now)),
      'below_threshold',
    );
    expect(refusal.message.uk).toContain('99 із 100');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '100'])(
    'refuses an invalid signature count (%p)',
    (signatures) => {
      const command = { type: 'reach_threshold', signatures } as unknown as PetitionCommand;
      expectRefusal(transition(collecting, command, context(now)), 'invalid_input');
    },
  );

  it('records the threshold even after the window ended, since every counted signature was given within it', () => {
    const afterWindow = daysAfter(collecting.collectionEndsAt!, 1);
    expectOk(transition(collecting, { type: 'reach_threshold', signatures: 100 }, context(afterWindow)));
  });

  it('refuses to reach the threshold twice', () => {
    expectRefusal(
      transition(petitionIn('threshold_reached'), { type: 'reach_threshold', signatures: 200 }, context(now)),
      'invalid_transition',
    );
  });

  it('refuses to reach the threshold of a petition still in moderation', () => {
    expectRefusal(
      transition(petitionIn('submitted'), { type: 'reach_threshold', signatures: 100_000 }, context(now)),
      'invalid_transition',
    );
  });
});

describe('start_consideration', () => {
  const now = at('2025-03-17T09:00:00.000Z');

  it('starts considering a petition that reached its threshold', () => {
    const reached = petitionIn('threshold_reached');
    const result = expectOk(transition(reached, { type: 'start_consideration' }, context(now)));
    expect(result).toMatchObject({ from: 'threshold_reached', to: 'under_consideration' });
    expect(result.state.consideredAt).toEqual(now);
    expect(result.state.answerDueAt).toEqual(reached.answerDueAt);
  });

  it('refuses to consider a petition still below its threshold', () => {
    expectRefusal(
      transition(petitionIn('collecting'), { type: 'start_consideration' }, context(now)),
      'invalid_transition',
    );
  });

  it('refuses to start consideration twice', () => {
    expectRefusal(
      transition(petitionIn('under_consideration'), { type: 'start_consideration' }, context(now)),
      'invalid_transition',
    );
  });

  it('refuses to consider a petition that was not supported', () => {
    expectRefusal(
      transition(petitionIn('not_supported'), { type: 'start_consideration' }, context(now)),
      'invalid_transition',
    );
  });
});

describe('answer', () => {
  const now = at('2025-03-20T11:00:00.000Z');
  const underConsideration = petitionIn('under_consideration');

  it('answers a petition under consideration, publishes the text and closes it', () => {
    const result = expectOk(transition(underConsideration, { type: 'answer', text: ANSWER }, context(now)));
    expect(result).toMatchObject({ from: 'under_consideration', to: 'answered' });
    expect(result.state).toMatchObject({ answeredAt: now, answer: ANSWER, closedAt: now });
  });

  it('answers straight after the threshold without inventing a consideration date', () => {
    const result = expectOk(
      transition(petitionIn('threshold_reached'), { type: 'answer', text: ANSWER }, context(now)),
    );
    expect(result).toMatchObject({ from: 'threshold_reached', to: 'answered' });
    expect(result.state.consideredAt).toBeNull();
  });

  it('stores the answer trimmed', () => {
    const result = expectOk(
      transition(underConsideration, { type: 'answer', text: `\n  ${ANSWER}  \n` }, context(now)),
    );
    expect(result.state.answer).toBe(ANSWER);
  });

  it(`refuses an answer shorter than ${ANSWER_MIN_LENGTH} characters once trimmed`, () => {
    const text = `   ${'я'.repeat(ANSWER_MIN_LENGTH - 1)}   `;
    expectRefusal(transition(underConsideration, { type: 'answer', text }, context(now)), 'invalid_input');
  });

  it(`accepts an answer of exactly ${ANSWER_MIN_LENGTH} characters`, () => {
    expectOk(transition(underConsideration, { type: 'answer', text: 'я'.repeat(ANSWER_MIN_LENGTH) }, context(now)));
  });

  it('counts characters as people do, not UTF-16 code units', () => {
    // Ten emoji are 20 UTF-16 units but only ten characters.
    const text = '👍'.repeat(ANSWER_MIN_LENGTH / 2);
    expect(text.length).toBe(ANSWER_MIN_LENGTH);
    expectRefusal(transition(underConsideration, { type: 'answer', text }, context(now)), 'invalid_input');
  });

  it(`refuses an answer longer than ${ANSWER_MAX_LENGTH} characters`, () => {
    const text = 'я'.repeat(ANSWER_MAX_LENGTH + 1);
    expectRefusal(transition(underConsideration, { type: 'answer', text }, context(now)), 'invalid_input');
  });

  it(`accepts an answer of exactly ${ANSWER_MAX_LENGTH} characters`, () => {
    expectOk(transition(underConsideration, { type: 'answer', text: 'я'.repeat(ANSWER_MAX_LENGTH) }, context(now)));
  });

  it.each([undefined, null, 42])('refuses an answer without text (%p)', (text) => {
    const command = { type: 'answer', text } as unknown as PetitionCommand;
    expectRefusal(transition(underConsideration, command, context(now)), 'invalid_input');
  });

  it('refuses to answer a petition still collecting signatures below the threshold', () => {
    expectRefusal(
      transition(petitionIn('collecting'), { type: 'answer', text: ANSWER }, context(now)),
      'invalid_transition',
    );
  });

  it('refuses to answer a petition twice', () => {
    expectRefusal(
      transition(petitionIn('answered'), { type: 'answer', text: ANSWER }, context(now)),
      'invalid_transition',
    );
  });

  it('refuses to answer a petition rejected at moderation', () => {
    expectRefusal(
      transition(petitionIn('rejected'), { type: 'answer', text: ANSWER }, context(now)),
      'invalid_transition',
    );
  });
});

describe('close_window', () => {
  const collecting = petitionIn('collecting'); // threshold 100
  const endsAt = collecting.collectionEndsAt!;

  it('moves to not supported when the window closes below the threshold', () => {
    const now = daysAfter(endsAt, 0.01);
    const result = expectOk(transition(collecting, { type: 'close_window', signatures: 99 }, context(now)));
    expect(result).toMatchObject({ from: 'collecting', to: 'not_supported' });
    expect(result.state.closedAt).toEqual(now);
    expect(result.state.thresholdReachedAt).toBeNull();
    expect(result.state.answerDueAt).toBeNull();
  });

  it('refuses to close the window before it ends', () => {
    const oneMsBefore = new Date(endsAt.getTime() - 1);
    const refusal = expectRefusal(
      transition(collecting, { type: 'close_window', signatures: 0 }, context(oneMsBefore)),
      'window_open',
    );
    expect(refusal.message.en).toContain(endsAt.toISOString());
  });

  it('closes the window at the very moment it ends', () => {
    expectOk(transition(collecting, { type: 'close_window', signatures: 0 }, context(new Date(endsAt.getTime()))));
  });

  it('owes consideration, not "not supported", when the threshold was met but never recorded', () => {
    const now = daysAfter(endsAt, 1);
    const deadlines = fakeDeadlines();
    const result = expectOk(
      transition(collecting, { type: 'close_window', signatures: 100 }, { ...context(now), deadlines }),
    );
    expect(result).toMatchObject({ from: 'collecting', to: 'threshold_reached' });
    expect(result.state.thresholdReachedAt).toEqual(now);
    expect(deadlines.calls).toEqual([{ kind: 'working', start: now, days: 10 }]);
    expect(result.state.closedAt).toBeNull();
  });

  it.each([-5, 0.5, Number.NaN])('refuses an invalid signature count when closing (%p)', (signatures) => {
    const command = { type: 'close_window', signatures } as PetitionCommand;
    expectRefusal(transition(collecting, command, context(daysAfter(endsAt, 1))), 'invalid_input');
  });

  it('refuses to close the window of a petition that already reached its threshold', () => {
    expectRefusal(
      transition(petitionIn('threshold_reached'), { type: 'close_window', signatures: 100 }, context(FAR_FUTURE)),
      'invalid_transition',
    );
  });

  it('refuses to close the window twice', () => {
    expectRefusal(
      transition(petitionIn('not_supported'), { type: 'close_window', signatures: 0 }, context(FAR_FUTURE)),
      'invalid_transition',
    );
  });
});

describe('the lifecycle as a whole', () => {
  const EXPECTED_COMMANDS: Record<PetitionStatus, PetitionCommandType[]> = {
    draft: ['submit'],
    submitted: ['publish', 'reject'],
    collecting: ['reach_threshold', 'close_window'],
    threshold_reached: ['start_consideration', 'answer'],
    under_consideration: ['answer'],
    answered: [],
    not_supported: [],
    rejected: ['resubmit'],
  };

  it.each(PETITION_STATUSES)('allows exactly the documented commands in %s', (status) => {
    expect(allowedCommands(status)).toEqual(EXPECTED_COMMANDS[status]);
  });

  it('offers nothing for a status it does not know', () => {
    expect(allowedCommands('archived' as PetitionStatus)).toEqual([]);
  });

  it('hands out copies, so a caller cannot widen what a status allows', () => {
    allowedCommands('draft').push('answer');
    expect(allowedCommands('draft')).toEqual(['submit']);
  });

  const allowedPairs = PETITION_STATUSES.flatMap((status) =>
    allowedCommands(status).map((type) => [status, type] as const),
  );
  const refusedPairs = PETITION_STATUSES.flatMap((status) =>
    PETITION_COMMAND_TYPES.filter((type) => !allowedCommands(status).includes(type)).map(
      (type) => [status, type] as const,
    ),
  );

  it('covers every status × command pair in exactly one of the two tables', () => {
    expect(allowedPairs.length + refusedPairs.length).toBe(PETITION_STATUSES.length * PETITION_COMMAND_TYPES.length);
  });

  it.each(refusedPairs)('refuses %s → %s as an invalid transition, naming the status', (status, type) => {
    const refusal = expectRefusal(
      transition(petitionIn(status), VALID_COMMAND[type], context(FAR_FUTURE)),
      'invalid_transition',
    );
    expect(refusal.message.uk).toContain(`«${STATUS_LABELS[status].uk}»`);
    expect(refusal.message.en).toContain(`"${STATUS_LABELS[status].en}"`);
  });

  it.each(allowedPairs)('accepts %s → %s with valid input', (status, type) => {
    const result = expectOk(transition(petitionIn(status), VALID_COMMAND[type], context(FAR_FUTURE)));
    expect(result.from).toBe(status);
    expect(result.state.status).toBe(result.to);
  });

  it('checks the status before the input, so a finished petition is never reported as a typo', () => {
    const command = { type: 'answer', text: '' } as PetitionCommand;
    expectRefusal(transition(petitionIn('answered'), command, context(FAR_FUTURE)), 'invalid_transition');
  });

  it('refuses a command it does not know as invalid input', () => {
    const command = { type: 'withdraw' } as unknown as PetitionCommand;
    expectRefusal(transition(petitionIn('collecting'), command, context(FAR_FUTURE)), 'invalid_input');
  });

  it.each(allowedPairs)('never mutates the state it is given (%s → %s)', (status, type) => {
    const state = petitionIn(status);
    const before = structuredClone(state);
    Object.freeze(state);
    transition(state, VALID_COMMAND[type], context(FAR_FUTURE));
    expect(state).toEqual(before);
  });

  it('keeps every earlier date when moving on, so the public timeline stays complete', () => {
    const answered = petitionIn('answered');
    for (const field of [
      'submittedAt',
      'moderationDueAt',
      'collectionStartsAt',
      'collectionEndsAt',
      'thresholdReachedAt',
      'answerDueAt',
      'consideredAt',
      'answeredAt',
      'closedAt',
    ] as const satisfies readonly (keyof PetitionState)[]) {
      expect(answered[field]).toBeInstanceOf(Date);
    }
    expect(answered.rejectedAt).toBeNull();
    expect(answered.threshold).toBe(100);
  });

  it('does not share Date objects with the caller, so mutating now cannot rewrite history', () => {
    const now = new Date(MONDAY.getTime());
    const submitted = apply(newDraft(), { type: 'submit' }, now);
    now.setUTCFullYear(2030);
    expect(submitted.submittedAt).toEqual(MONDAY);
  });

  it('lets the author submit, officials decide and answer, and the system count and close', () => {
    expect(COMMAND_ACTORS).toEqual({
      submit: 'author',
      publish: 'official',
      reject: 'official',
      resubmit: 'author',
      reach_threshold: 'system',
      start_consideration: 'official',
      answer: 'official',
      close_window: 'system',
    });
  });
});
