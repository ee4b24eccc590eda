import type { Bilingual } from './bilingual';
import type { ConsultationState } from './state-machine';
import { isConsultationStatus, type ConsultationStatus } from './statuses';

export type Refusal<C extends string> = { ok: false; code: C; message: Bilingual };
export type Verdict<C extends string> = { ok: true } | Refusal<C>;

const NOT_OPEN: Record<Exclude<ConsultationStatus, 'open'>, Bilingual> = {
  draft: { uk: 'Консультацію ще не розпочато.', en: 'The consultation has not started yet.' },
  closed: { uk: 'Обговорення завершено.', en: 'The consultation period is over.' },
  report_published: { uk: 'Обговорення завершено, звіт оприлюднено.', en: 'The consultation is over and its report is published.' },
};

const PERIOD_ENDED: Bilingual = { uk: 'Строк обговорення минув.', en: 'The consultation period has ended.' };

/**
 * Whether people may comment, reply, answer the questionnaire or send a position paper now. The period is
 * half-open: at the very moment closesAt arrives it is over, even before the job marks it closed.
 */
export function canParticipate(
  state: Pick<ConsultationState, 'status' | 'closesAt'>,
  now: Date,
): Verdict<'not_open' | 'period_ended'> {
  if (!isConsultationStatus(state.status)) return { ok: false, code: 'not_open', message: NOT_OPEN.draft };
  if (state.status !== 'open') return { ok: false, code: 'not_open', message: NOT_OPEN[state.status] };
  if (state.closesAt === null || now.getTime() >= state.closesAt.getTime()) {
    return { ok: false, code: 'period_ended', message: PERIOD_ENDED };
  }
  return { ok: true };
}

/**
 * Dispositions are recorded after the period (every proposal is in) and before the report is published
 * (the published report is a record that does not change).
 */
export function canDispose(status: ConsultationStatus): Verdict<'period_running' | 'report_published' | 'not_open'> {
  if (status === 'closed') return { ok: true };
  if (status === 'open') {
    return {
      ok: false,
      code: 'period_running',
      message: {
        uk: 'Рішення щодо пропозицій ухвалюють після завершення обговорення.',
        en: 'Dispositions are recorded after the consultation period ends.',
      },
    };
  }
  if (status === 'report_published') {
    return {
      ok: false,
      code: 'report_published',
      message: { uk: 'Звіт уже оприлюднено, рішення змінити не можна.', en: 'The report is published; dispositions can no longer change.' },
    };
  }
  return { ok: false, code: 'not_open', message: NOT_OPEN.draft };
}

/**
 * Abusive content is removed whenever it is found, including after the report: the report then shows that a
 * proposal was hidden and why, instead of its text.
 */
export function canHide(status: ConsultationStatus): Verdict<'not_open'> {
  return status === 'draft' ? { ok: false, code: 'not_open', message: NOT_OPEN.draft } : { ok: true };
}

/** Only a proposal gets a disposition; a reply is discussion, and a hidden text has already been answered by its reason. */
export function canReceiveDisposition(contribution: { kind: string; hidden: boolean }): Verdict<'not_a_proposal' | 'contribution_hidden'> {
  if (contribution.kind !== 'comment' && contribution.kind !== 'position_paper') {
    return {
      ok: false,
      code: 'not_a_proposal',
      message: { uk: 'Рішення ухвалюють щодо пропозицій, а не відповідей у обговоренні.', en: 'Dispositions are for proposals, not for replies.' },
    };
  }
  if (contribution.hidden) {
    return {
      ok: false,
      code: 'contribution_hidden',
      message: { uk: 'Пропозицію приховано модератором.', en: 'The proposal has been hidden by a moderator.' },
    };
  }
  return { ok: true };
}

export interface ReportTimeliness {
  /** The period has ended, no report yet, and the due date has passed: shown publicly for every authority. */
  reportOverdue: boolean;
  /** null until published or overdue; true when published no later than the due date. */
  reportOnTime: boolean | null;
}

export function reportTimeliness(state: Pick<ConsultationState, 'reportDueAt' | 'reportPublishedAt'>, now: Date): ReportTimeliness {
  const { reportDueAt, reportPublishedAt } = state;
  const reportOverdue = reportDueAt !== null && reportPublishedAt === null && now.getTime() > reportDueAt.getTime();
  let reportOnTime: boolean | null = null;
  if (reportDueAt !== null && reportPublishedAt !== null) reportOnTime = reportPublishedAt.getTime() <= reportDueAt.getTime();
  else if (reportOverdue) reportOnTime = false;
  return { reportOverdue, reportOnTime };
}
