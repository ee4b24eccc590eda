import type { Bilingual } from './bilingual';
import type { DeadlinePort } from './deadlines';
import type { PollSettings } from './settings';
import { isPollStatus, STATUS_LABELS, type PollStatus } from './statuses';

/** The part of a poll its lifecycle changes; every moment is public on the poll's page. */
export interface PollState {
  status: PollStatus;
  /** When the poll is announced to open (a plan; null for a draft without one). */
  opensAt: Date | null;
  /** When answering stops; fixed at the latest when the poll opens. */
  closesAt: Date | null;
  /** When it actually opened (by the schedule or an official). */
  openedAt: Date | null;
  closedAt: Date | null;
  /** Whether the closing time ended it or an official closed it early. */
  closedBy: 'schedule' | 'official' | null;
}

/** An official may give (or correct) the times when scheduling or opening; otherwise the poll's own apply. */
export type PollCommand =
  | { type: 'schedule'; opensAt?: Date; closesAt?: Date }
  | { type: 'open'; closesAt?: Date }
  | { type: 'auto_open' }
  | { type: 'close' }
  | { type: 'auto_close' };
export type PollCommandType = PollCommand['type'];

export const POLL_COMMAND_TYPES = ['schedule', 'open', 'auto_open', 'close', 'auto_close'] as const satisfies readonly PollCommandType[];

/** Who issues each command: the permissions layer checks it; the state machine does not know people. */
export const COMMAND_ACTORS: Record<PollCommandType, 'official' | 'system'> = {
  schedule: 'official',
  open: 'official',
  auto_open: 'system',
  close: 'official',
  auto_close: 'system',
};

const ALLOWED_COMMANDS: Record<PollStatus, readonly PollCommandType[]> = {
  draft: ['schedule', 'open'],
  scheduled: ['open', 'auto_open'],
  open: ['close', 'auto_close'],
  closed: [],
};

export type TransitionRefusalCode =
  | 'invalid_transition'
  | 'invalid_input'
  | 'opening_time_required'
  | 'opening_time_passed'
  | 'closing_before_opening'
  | 'closing_time_passed'
  | 'not_yet_open'
  | 'still_running';

export type TransitionResult =
  | { ok: true; from: PollStatus; to: PollStatus; state: PollState }
  | { ok: false; code: TransitionRefusalCode; message: Bilingual };

export interface TransitionContext {
  now: Date;
  settings: PollSettings;
  deadlines: DeadlinePort;
}

export function allowedCommands(status: PollStatus): PollCommandType[] {
  return isPollStatus(status) ? [...ALLOWED_COMMANDS[status]] : [];
}

export function newDraft(times: { opensAt?: Date | null; closesAt?: Date | null } = {}): PollState {
  return { status: 'draft', opensAt: times.opensAt ?? null, closesAt: times.closesAt ?? null, openedAt: null, closedAt: null, closedBy: null };
}

const ACTION_NAMES: Record<PollCommandType, Bilingual> = {
  schedule: { uk: 'запланувати опитування', en: 'schedule the poll' },
  open: { uk: 'відкрити опитування', en: 'open the poll' },
  auto_open: { uk: 'відкрити опитування за розкладом', en: 'open the poll on schedule' },
  close: { uk: 'завершити опитування', en: 'close the poll' },
  auto_close: { uk: 'завершити опитування за розкладом', en: 'close the poll on schedule' },
};

const refuse = (code: TransitionRefusalCode, message: Bilingual): TransitionResult => ({ ok: false, code, message });
const iso = (d: Date) => d.toISOString();
const copy = (d: Date | null) => (d ? new Date(d.getTime()) : null);

function isCommandType(value: unknown): value is PollCommandType {
  return typeof value === 'string' && (POLL_COMMAND_TYPES as readonly string[]).includes(value);
}

/**
 * Applies one command to a poll. Pure: returns a new state (the input is never mutated) or a bilingual refusal;
 * the caller persists the state and records the event in the same transaction.
 */
export function transition(state: PollState, command: PollCommand, ctx: TransitionContext): TransitionResult {
  if (!command || !isCommandType(command.type)) {
    return refuse('invalid_input', { uk: 'Невідома дія над опитуванням.', en: 'Unknown poll action.' });
  }
  const from = state.status;
  if (!allowedCommands(from).includes(command.type)) {
    const action = ACTION_NAMES[command.type];
    const label = isPollStatus(from) ? STATUS_LABELS[from] : { uk: String(from), en: String(from) };
    return refuse('invalid_transition', {
      uk: `Не можна ${action.uk}: опитування має статус «${label.uk}».`,
      en: `Cannot ${action.en} while its status is "${label.en}".`,
    });
  }

  const now = new Date(ctx.now.getTime());
  const moveTo = (to: PollStatus, changes: Partial<PollState>): TransitionResult => ({
    ok: true,
    from,
    to,
    state: {
      status: to,
      opensAt: copy(state.opensAt),
      closesAt: copy(state.closesAt),
      openedAt: copy(state.openedAt),
      closedAt: copy(state.closedAt),
      closedBy: state.closedBy,
      ...changes,
    },
  });
  const given = (d: unknown): Date | null => (d instanceof Date && !Number.isNaN(d.getTime()) ? new Date(d.getTime()) : null);
  const closesGiven = 'closesAt' in command ? given(command.closesAt) : null;
  // Without a closing time the authority's default duration applies, counted by its calendar.
  const closingFrom = (start: Date) =>
    closesGiven ?? copy(state.closesAt) ?? ctx.deadlines.afterCalendarDays(start, ctx.settings.durationDays);

  switch (command.type) {
    case 'schedule': {
      const opensAt = given(command.opensAt) ?? copy(state.opensAt);
      if (!opensAt) {
        return refuse('opening_time_required', {
          uk: 'Щоб запланувати опитування, вкажіть час його початку.',
          en: 'Give an opening time to schedule the poll.',
        });
      }
      if (opensAt.getTime() <= now.getTime()) {
        return refuse('opening_time_passed', {
          uk: `Час початку ${iso(opensAt)} уже минув: відкрийте опитування зараз або вкажіть інший час.`,
          en: `The opening time ${iso(opensAt)} has passed: open the poll now or give another time.`,
        });
      }
      const closesAt = closingFrom(opensAt);
      if (closesAt.getTime() <= opensAt.getTime()) {
        return refuse('closing_before_opening', {
          uk: 'Час завершення має бути пізнішим за час початку.',
          en: 'The closing time must come after the opening time.',
        });
      }
      return moveTo('scheduled', { opensAt, closesAt });
    }

    case 'open': {
      // An official may open a scheduled poll early; the announced time stays on record as opensAt.
      const closesAt = closingFrom(now);
      if (closesAt.getTime() <= now.getTime()) {
        return refuse('closing_time_passed', {
          uk: `Час завершення ${iso(closesAt)} уже минув: вкажіть пізніший.`,
          en: `The closing time ${iso(closesAt)} has already passed: give a later one.`,
        });
      }
      return moveTo('open', { openedAt: now, closesAt });
    }

    case 'auto_open': {
      if (!state.opensAt || now.getTime() < state.opensAt.getTime()) {
        return refuse('not_yet_open', {
          uk: `Опитування відкриється не раніше ${state.opensAt ? iso(state.opensAt) : 'визначеного часу'}.`,
          en: `The poll opens no earlier than ${state.opensAt ? iso(state.opensAt) : 'its opening time'}.`,
        });
      }
      return moveTo('open', { openedAt: now, closesAt: closingFrom(state.opensAt) });
    }

    case 'close':
      // Closing early is the authority's call (a poll overtaken by events); the public sees it was closed early.
      return moveTo('closed', { closedAt: now, closedBy: 'official' });

    case 'auto_close': {
      if (state.closesAt && now.getTime() < state.closesAt.getTime()) {
        return refuse('still_running', {
          uk: `Опитування триває до ${iso(state.closesAt)}.`,
          en: `The poll runs until ${iso(state.closesAt)}.`,
        });
      }
      return moveTo('closed', { closedAt: now, closedBy: 'schedule' });
    }
  }
}
