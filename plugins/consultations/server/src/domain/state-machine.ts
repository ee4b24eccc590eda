import type { Bilingual } from './bilingual';
import type { DeadlinePort } from './deadlines';
import { MAX_PERIOD_WORKING_DAYS, MIN_PERIOD_WORKING_DAYS, type ConsultationSettings } from './settings';
import { isConsultationStatus, STATUS_LABELS, type ConsultationStatus } from './statuses';

/** The public dates of a consultation: each transition stamps its own, so the page can show the whole history. */
export interface ConsultationState {
  status: ConsultationStatus;
  /** Chosen when the draft is prepared; the due date is computed from it when the consultation opens. */
  periodWorkingDays: number;
  opensAt: Date | null;
  /** End of the last working day of the period (Europe/Kyiv); comments are accepted until then. */
  closesAt: Date | null;
  closedAt: Date | null;
  reportDueAt: Date | null;
  reportPublishedAt: Date | null;
  reportSummary: string | null;
}

export type ConsultationCommand =
  | { type: 'publish'; sections: number }
  | { type: 'close' }
  | { type: 'publish_report'; undisposedProposals: number; summary: string };

export type ConsultationCommandType = ConsultationCommand['type'];

export const CONSULTATION_COMMAND_TYPES = ['publish', 'close', 'publish_report'] as const satisfies readonly ConsultationCommandType[];

/** Who may issue each command; the permission layer uses it, the machine does not check identity. */
export const COMMAND_ACTORS: Record<ConsultationCommandType, 'official' | 'system'> = {
  publish: 'official',
  close: 'system',
  publish_report: 'official',
};

export type TransitionRefusalCode =
  | 'invalid_transition'
  | 'no_sections'
  | 'period_running'
  | 'proposals_without_disposition'
  | 'invalid_input';

export type TransitionResult =
  | { ok: true; from: ConsultationStatus; to: ConsultationStatus; state: ConsultationState }
  | { ok: false; code: TransitionRefusalCode; message: Bilingual; field?: string };

export interface TransitionContext {
  now: Date;
  settings: ConsultationSettings;
  deadlines: DeadlinePort;
}

/** Bounds of the report's summary, in characters (code points) after trimming. */
export const REPORT_SUMMARY_MIN_LENGTH = 20;
export const REPORT_SUMMARY_MAX_LENGTH = 20000;

const ALLOWED_COMMANDS: Record<ConsultationStatus, readonly ConsultationCommandType[]> = {
  draft: ['publish'],
  open: ['close'],
  closed: ['publish_report'],
  report_published: [],
};

export function allowedCommands(status: ConsultationStatus): ConsultationCommandType[] {
  return isConsultationStatus(status) ? [...ALLOWED_COMMANDS[status]] : [];
}

export function newDraft(periodWorkingDays: number): ConsultationState {
  return {
    status: 'draft',
    periodWorkingDays,
    opensAt: null,
    closesAt: null,
    closedAt: null,
    reportDueAt: null,
    reportPublishedAt: null,
    reportSummary: null,
  };
}

const characterCount = (text: string) => Array.from(text).length;

const refuse = (code: TransitionRefusalCode, message: Bilingual, field?: string): TransitionResult => ({
  ok: false,
  code,
  message,
  ...(field ? { field } : {}),
});

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function isValidPeriod(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= MIN_PERIOD_WORKING_DAYS && days <= MAX_PERIOD_WORKING_DAYS;
}

function invalidTransition(from: ConsultationStatus, command: ConsultationCommandType): TransitionResult {
  const label = isConsultationStatus(from) ? STATUS_LABELS[from] : { uk: String(from), en: String(from) };
  return refuse('invalid_transition', {
    uk: `Дія «${command}» неможлива, коли консультація має статус «${label.uk}».`,
    en: `"${command}" is not possible while the consultation is "${label.en}".`,
  });
}

/**
 * Applies one command to a consultation: returns the new state or a bilingual refusal. Commands come from
 * HTTP and from the scheduler, so their payloads are re-checked here despite the types.
 */
export function transition(state: ConsultationState, command: ConsultationCommand, ctx: TransitionContext): TransitionResult {
  if (!command || !(CONSULTATION_COMMAND_TYPES as readonly string[]).includes(command.type)) {
    return refuse('invalid_input', { uk: 'Невідома дія над консультацією.', en: 'Unknown consultation action.' });
  }
  const from = state.status;
  if (!allowedCommands(from).includes(command.type)) return invalidTransition(from, command.type);
  const { now, settings, deadlines } = ctx;
  const at = () => new Date(now.getTime());
  const moveTo = (to: ConsultationStatus, changes: Partial<ConsultationState>): TransitionResult => ({
    ok: true,
    from,
    to,
    state: { ...state, ...changes, status: to },
  });

  switch (command.type) {
    case 'publish': {
      if (!isCount(command.sections) || command.sections < 1) {
        return refuse('no_sections', {
          uk: 'Проєкт акта має містити принаймні один розділ, щоб його можна було обговорювати.',
          en: 'The draft act needs at least one section before it can be opened for comments.',
        });
      }
      if (!isValidPeriod(state.periodWorkingDays)) {
        return refuse(
          'invalid_input',
          {
            uk: `Строк консультації — від ${MIN_PERIOD_WORKING_DAYS} до ${MAX_PERIOD_WORKING_DAYS} робочих днів.`,
            en: `The consultation period must be ${MIN_PERIOD_WORKING_DAYS} to ${MAX_PERIOD_WORKING_DAYS} working days.`,
          },
          'periodWorkingDays',
        );
      }
      // The period runs from publication, so the due date is fixed now and shown to everyone from the start.
      return moveTo('open', { opensAt: at(), closesAt: deadlines.afterWorkingDays(at(), state.periodWorkingDays) });
    }

    case 'close': {
      // Participants are promised the whole period: nobody, not even the authority, may end it early.
      if (state.closesAt !== null && now.getTime() < state.closesAt.getTime()) {
        return refuse('period_running', {
          uk: `Обговорення триває до ${state.closesAt.toISOString()}; завершити його раніше не можна.`,
          en: `The consultation runs until ${state.closesAt.toISOString()} and cannot be closed earlier.`,
        });
      }
      // The report is due from the end of the period, not from when the job happened to run.
      const periodEnd = state.closesAt ?? at();
      return moveTo('closed', { closedAt: at(), reportDueAt: deadlines.afterWorkingDays(periodEnd, settings.reportWorkingDays) });
    }

    case 'publish_report': {
      const summary = typeof command.summary === 'string' ? command.summary.trim() : '';
      const length = characterCount(summary);
      if (length < REPORT_SUMMARY_MIN_LENGTH || length > REPORT_SUMMARY_MAX_LENGTH) {
        return refuse(
          'invalid_input',
          {
            uk: `Підсумок звіту має містити від ${REPORT_SUMMARY_MIN_LENGTH} до ${REPORT_SUMMARY_MAX_LENGTH} символів.`,
            en: `The report summary must be ${REPORT_SUMMARY_MIN_LENGTH} to ${REPORT_SUMMARY_MAX_LENGTH} characters long.`,
          },
          'summary',
        );
      }
      if (!isCount(command.undisposedProposals)) {
        return refuse('invalid_input', { uk: 'Некоректна кількість пропозицій.', en: 'Invalid number of proposals.' });
      }
      // The report must answer every proposal: one left without a disposition would be silently ignored.
      if (command.undisposedProposals > 0) {
        return refuse('proposals_without_disposition', {
          uk: `Не всі пропозиції мають рішення: залишилося ${command.undisposedProposals}.`,
          en: `Not every proposal has a disposition yet: ${command.undisposedProposals} left.`,
        });
      }
      // A late report is the authority's breach; it is still published and shown as late.
      return moveTo('report_published', { reportPublishedAt: at(), reportSummary: summary });
    }
  }
}
