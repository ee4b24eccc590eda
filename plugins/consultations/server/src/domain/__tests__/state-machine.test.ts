import {
  allowedCommands,
  COMMAND_ACTORS,
  CONSULTATION_COMMAND_TYPES,
  newDraft,
  REPORT_SUMMARY_MAX_LENGTH,
  transition,
  type ConsultationCommand,
  type ConsultationCommandType,
  type TransitionResult,
} from '../state-machine';
import { consultationSettings } from '../settings';
import { CONSULTATION_STATUSES, type ConsultationStatus } from '../statuses';
import { at, fakeDeadlines } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';
import { consultationIn, context, daysAfter, MONDAY, SUMMARY } from './fixtures';

function expectOk(result: TransitionResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message.en}`);
  return result;
}

function expectRefusal(result: TransitionResult, code: string) {
  if (result.ok) throw new Error(`expected refusal ${code}, got ${result.from} → ${result.to}`);
  expect(result.code).toBe(code);
  expect(result.message.uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  expect(result.message.en).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  return result;
}

const VALID: Record<ConsultationCommandType, ConsultationCommand> = {
  publish: { type: 'publish', sections: 5 },
  close: { type: 'close' },
  publish_report: { type: 'publish_report', undisposedProposals: 0, summary: SUMMARY },
};
const FAR_FUTURE = daysAfter(MONDAY, 365);

describe('newDraft', () => {
  it('starts as a draft with its period and no dates', () => {
    const draft = newDraft(20);
    expect(draft).toEqual({
      status: 'draft',
      periodWorkingDays: 20,
      opensAt: null,
      closesAt: null,
      closedAt: null,
      reportDueAt: null,
      reportPublishedAt: null,
      reportSummary: null,
    });
    expect(newDraft(15)).not.toBe(newDraft(15));
  });
});

describe('publish (draft → open)', () => {
  it('opens the consultation now and fixes the end of the period in working days', () => {
    const deadlines = fakeDeadlines();
    const result = expectOk(transition(newDraft(15), VALID.publish, { ...context(MONDAY), deadlines }));
    expect(result).toMatchObject({ from: 'draft', to: 'open' });
    expect(result.state.opensAt).toEqual(MONDAY);
    expect(deadlines.calls).toEqual([{ kind: 'working', start: MONDAY, days: 15 }]);
    // 15 working days from Monday 3 March skip three weekends.
    expect(result.state.closesAt).toEqual(at('2025-03-24T09:00:00.000Z'));
  });

  it('uses the period chosen for this draft, not the authority default', () => {
    const deadlines = fakeDeadlines();
    expectOk(transition(newDraft(5), VALID.publish, { ...context(MONDAY, consultationSettings({ periodWorkingDays: 30 })), deadlines }));
    expect(deadlines.calls).toEqual([{ kind: 'working', start: MONDAY, days: 5 }]);
  });

  it('refuses a draft without sections', () => {
    for (const sections of [0, -1, 1.5, Number.NaN, undefined as unknown as number]) {
      expectRefusal(transition(newDraft(15), { type: 'publish', sections }, context(MONDAY)), 'no_sections');
    }
  });

  it('refuses a period shorter than 5 or longer than 90 working days, naming the field', () => {
    for (const days of [4, 0, 91, 7.5]) {
      const refused = expectRefusal(transition(newDraft(days), VALID.publish, context(MONDAY)), 'invalid_input');
      expect(refused.field).toBe('periodWorkingDays');
    }
    expectOk(transition(newDraft(5), VALID.publish, context(MONDAY)));
    expectOk(transition(newDraft(90), VALID.publish, context(MONDAY)));
  });
});

describe('close (open → closed)', () => {
  it('closes once the period is over and makes the report due 10 working days after its end', () => {
    const open = consultationIn('open');
    const now = daysAfter(open.closesAt!, 1);
    const deadlines = fakeDeadlines();
    const result = expectOk(transition(open, VALID.close, { ...context(now), deadlines }));
    expect(result).toMatchObject({ from: 'open', to: 'closed' });
    expect(result.state.closedAt).toEqual(now);
    expect(deadlines.calls).toEqual([{ kind: 'working', start: open.closesAt, days: 10 }]);
    expect(result.state.reportDueAt).toEqual(at('2025-04-07T09:00:00.000Z'));
  });

  it('counts the report period with the authority setting', () => {
    const open = consultationIn('open');
    const deadlines = fakeDeadlines();
    expectOk(transition(open, VALID.close, { ...context(FAR_FUTURE, consultationSettings({ reportWorkingDays: 20 })), deadlines }));
    expect(deadlines.calls[0].days).toBe(20);
  });

  it('refuses to close before the period ends, even a millisecond before', () => {
    const open = consultationIn('open');
    expectRefusal(transition(open, VALID.close, context(new Date(open.closesAt!.getTime() - 1))), 'period_running');
    expectOk(transition(open, VALID.close, context(open.closesAt!)));
  });
});

describe('publish_report (closed → report_published)', () => {
  it('publishes the report with its trimmed summary and date', () => {
    const closed = consultationIn('closed');
    const now = daysAfter(MONDAY, 35);
    const result = expectOk(transition(closed, { ...VALID.publish_report, summary: `  ${SUMMARY}\n` } as ConsultationCommand, context(now)));
    expect(result).toMatchObject({ from: 'closed', to: 'report_published' });
    expect(result.state.reportPublishedAt).toEqual(now);
    expect(result.state.reportSummary).toBe(SUMMARY);
  });

  it('still publishes a late report (lateness is shown, not hidden)', () => {
    const closed = consultationIn('closed');
    const late = daysAfter(closed.reportDueAt!, 10);
    expectOk(transition(closed, VALID.publish_report, context(late)));
  });

  it('refuses while any proposal has no disposition', () => {
    const refused = expectRefusal(
      transition(consultationIn('closed'), { type: 'publish_report', undisposedProposals: 3, summary: SUMMARY }, context(FAR_FUTURE)),
      'proposals_without_disposition',
    );
    expect(refused.message.en).toContain('3');
  });

  it('refuses a summary that is blank, too short or too long, naming the field', () => {
    const closed = consultationIn('closed');
    for (const summary of ['', '   ', 'Коротко.', 'я'.repeat(REPORT_SUMMARY_MAX_LENGTH + 1), 42 as unknown as string]) {
      const refused = expectRefusal(
        transition(closed, { type: 'publish_report', undisposedProposals: 0, summary }, context(FAR_FUTURE)),
        'invalid_input',
      );
      expect(refused.field).toBe('summary');
    }
  });

  it('refuses a nonsensical proposal count', () => {
    expectRefusal(
      transition(consultationIn('closed'), { type: 'publish_report', undisposedProposals: -1, summary: SUMMARY }, context(FAR_FUTURE)),
      'invalid_input',
    );
  });
});

describe('the transition table', () => {
  const expected: Record<ConsultationStatus, ConsultationCommandType[]> = {
    draft: ['publish'],
    open: ['close'],
    closed: ['publish_report'],
    report_published: [],
  };

  it.each(CONSULTATION_STATUSES)('%s accepts exactly its commands', (status) => {
    expect(allowedCommands(status)).toEqual(expected[status]);
  });

  const refusals = CONSULTATION_STATUSES.flatMap((status) =>
    CONSULTATION_COMMAND_TYPES.filter((c) => !expected[status].includes(c)).map((command) => [status, command] as const),
  );

  it.each(refusals)('refuses %s → %s as an invalid transition and changes nothing', (status, command) => {
    const state = consultationIn(status);
    const before = structuredClone(state);
    expectRefusal(transition(state, VALID[command], context(FAR_FUTURE)), 'invalid_transition');
    expect(state).toEqual(before);
  });

  it('refuses an unknown command and an unknown status', () => {
    expectRefusal(transition(newDraft(15), { type: 'cancel' } as unknown as ConsultationCommand, context(MONDAY)), 'invalid_input');
    expectRefusal(transition(newDraft(15), null as unknown as ConsultationCommand, context(MONDAY)), 'invalid_input');
    expect(allowedCommands('archived' as ConsultationStatus)).toEqual([]);
    expectRefusal(transition({ ...newDraft(15), status: 'archived' as ConsultationStatus }, VALID.publish, context(MONDAY)), 'invalid_transition');
  });

  it('never mutates the state it was given', () => {
    const draft = newDraft(15);
    const result = expectOk(transition(draft, VALID.publish, context(MONDAY)));
    expect(draft.status).toBe('draft');
    expect(result.state).not.toBe(draft);
  });

  it('names who issues each command: officials publish, the scheduler closes', () => {
    expect(COMMAND_ACTORS).toEqual({ publish: 'official', close: 'system', publish_report: 'official' });
  });
});
