import { canDispose, canHide, canParticipate, canReceiveDisposition, reportTimeliness } from '../participation';
import { CONSULTATION_STATUSES, type ConsultationStatus } from '../statuses';
import { consultationIn, daysAfter, MONDAY } from './fixtures';

const bilingual = (m: { uk: string; en: string }) => {
  expect(m.uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  expect(m.en).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
};

describe('canParticipate', () => {
  it('accepts contributions while open and before the end of the period', () => {
    const open = consultationIn('open');
    expect(canParticipate(open, MONDAY)).toEqual({ ok: true });
    expect(canParticipate(open, new Date(open.closesAt!.getTime() - 1))).toEqual({ ok: true });
  });

  it('refuses from the very moment the period ends, before the job marks it closed', () => {
    const open = consultationIn('open');
    const verdict = canParticipate(open, open.closesAt!);
    expect(verdict).toMatchObject({ ok: false, code: 'period_ended' });
    if (!verdict.ok) bilingual(verdict.message);
  });

  it.each(['draft', 'closed', 'report_published'] as ConsultationStatus[])('refuses a %s consultation', (status) => {
    const verdict = canParticipate(consultationIn(status), MONDAY);
    expect(verdict).toMatchObject({ ok: false, code: 'not_open' });
    if (!verdict.ok) bilingual(verdict.message);
  });

  it('refuses an open consultation without an end date and an unknown status', () => {
    expect(canParticipate({ status: 'open', closesAt: null }, MONDAY)).toMatchObject({ ok: false, code: 'period_ended' });
    expect(canParticipate({ status: 'bogus' as ConsultationStatus, closesAt: null }, MONDAY)).toMatchObject({ ok: false, code: 'not_open' });
  });
});

describe('canDispose', () => {
  it('allows dispositions only between the end of the period and the report', () => {
    expect(canDispose('closed')).toEqual({ ok: true });
    expect(canDispose('open')).toMatchObject({ ok: false, code: 'period_running' });
    expect(canDispose('report_published')).toMatchObject({ ok: false, code: 'report_published' });
    expect(canDispose('draft')).toMatchObject({ ok: false, code: 'not_open' });
    for (const status of CONSULTATION_STATUSES) {
      const verdict = canDispose(status);
      if (!verdict.ok) bilingual(verdict.message);
    }
  });
});

describe('canHide', () => {
  it('lets moderators hide abuse in every published state, including after the report', () => {
    expect(canHide('open').ok).toBe(true);
    expect(canHide('closed').ok).toBe(true);
    expect(canHide('report_published').ok).toBe(true);
    expect(canHide('draft')).toMatchObject({ ok: false, code: 'not_open' });
  });
});

describe('canReceiveDisposition', () => {
  it('accepts visible comments and position papers', () => {
    expect(canReceiveDisposition({ kind: 'comment', hidden: false })).toEqual({ ok: true });
    expect(canReceiveDisposition({ kind: 'position_paper', hidden: false })).toEqual({ ok: true });
  });

  it('refuses replies and hidden proposals', () => {
    expect(canReceiveDisposition({ kind: 'reply', hidden: false })).toMatchObject({ ok: false, code: 'not_a_proposal' });
    expect(canReceiveDisposition({ kind: 'comment', hidden: true })).toMatchObject({ ok: false, code: 'contribution_hidden' });
  });
});

describe('reportTimeliness', () => {
  const closed = consultationIn('closed');
  const due = closed.reportDueAt!;

  it('says nothing while the report is not yet due', () => {
    expect(reportTimeliness(closed, due)).toEqual({ reportOverdue: false, reportOnTime: null });
    expect(reportTimeliness(consultationIn('open'), daysAfter(MONDAY, 400))).toEqual({ reportOverdue: false, reportOnTime: null });
  });

  it('flags the report overdue from the moment after the due date', () => {
    expect(reportTimeliness(closed, new Date(due.getTime() + 1))).toEqual({ reportOverdue: true, reportOnTime: false });
  });

  it('records whether a published report came on time', () => {
    expect(reportTimeliness({ reportDueAt: due, reportPublishedAt: due }, daysAfter(due, 100))).toEqual({ reportOverdue: false, reportOnTime: true });
    expect(reportTimeliness({ reportDueAt: due, reportPublishedAt: daysAfter(due, 1) }, daysAfter(due, 100))).toEqual({
      reportOverdue: false,
      reportOnTime: false,
    });
  });
});
