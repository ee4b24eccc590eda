import type { Bilingual } from './bilingual';
import type { DeadlinePort } from './deadlines';
import type { PetitionSettings } from './settings';
import {
  isCorrectable,
  isPetitionStatus,
  isRejectionReason,
  REJECTION_REASON_LABELS,
  STATUS_LABELS,
  type PetitionStatus,
  type RejectionReason,
} from './statuses';

/**
 * Everything about a petition's lifecycle that is public: art. 23-1 requires the dates of publication,
 * collection and the answer to be shown on the petition, so every transition stamps its own field.
 */
export interface PetitionState {
  status: PetitionStatus;
  /** Snapshot of the authority's threshold at publication, so a later change to the rules cannot move the goal
   *  of a petition already collecting. 0 until published. */
  threshold: number;
  submittedAt: Date | null;
  moderationDueAt: Date | null;
  collectionStartsAt: Date | null;
  collectionEndsAt: Date | null;
  thresholdReachedAt: Date | null;
  answerDueAt: Date | null;
  consideredAt: Date | null;
  answeredAt: Date | null;
  answer: string | null;
  rejectedAt: Date | null;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  /** The documentId of the published petition a duplicate repeats; set only with the reason "duplicate". */
  duplicateOf: string | null;
  /** When the petition reached a final status (answered, not supported or rejected). */
  closedAt: Date | null;
}

export type PetitionCommand =
  | { type: 'submit' }
  | { type: 'publish' }
  | { type: 'reject'; reason: RejectionReason; note?: string; duplicateOf?: string }
  | { type: 'resubmit' }
  | { type: 'reach_threshold'; signatures: number }
  | { type: 'start_consideration' }
  | { type: 'answer'; text: string }
  | { type: 'close_window'; signatures: number };

export type PetitionCommandType = PetitionCommand['type'];

export const PETITION_COMMAND_TYPES = [
  'submit',
  'publish',
  'reject',
  'resubmit',
  'reach_threshold',
  'start_consideration',
  'answer',
  'close_window',
] as const satisfies readonly PetitionCommandType[];

/** Who may issue each command — for the permissions layer; the state machine itself does not check identity. */
export const COMMAND_ACTORS: Record<PetitionCommandType, 'author' | 'official' | 'system'> = {
  submit: 'author',
  publish: 'official',
  reject: 'official',
  resubmit: 'author',
  reach_threshold: 'system',
  start_consideration: 'official',
  answer: 'official',
  close_window: 'system',
};

export type TransitionRefusalCode =
  | 'invalid_transition'
  | 'window_open'
  | 'below_threshold'
  | 'invalid_input'
  | 'not_correctable';

export type TransitionResult =
  | { ok: true; from: PetitionStatus; to: PetitionStatus; state: PetitionState }
  /** `field` names the command's input at fault, for a field-level error. */
  | { ok: false; code: TransitionRefusalCode; message: Bilingual; field?: string };

export interface TransitionContext {
  now: Date;
  settings: PetitionSettings;
  deadlines: DeadlinePort;
}

/** Bounds of the official answer, counted in characters (code points) after trimming. */
export const ANSWER_MIN_LENGTH = 20;
export const ANSWER_MAX_LENGTH = 20000;
/** Bound of the moderator's note to a rejection, counted like the answer. */
export const REJECTION_NOTE_MAX_LENGTH = 2000;

const ALLOWED_COMMANDS: Record<PetitionStatus, readonly PetitionCommandType[]> = {
  draft: ['submit'],
  submitted: ['publish', 'reject'],
  collecting: ['reach_threshold', 'close_window'],
  threshold_reached: ['start_consideration', 'answer'],
  under_consideration: ['answer'],
  answered: [],
  not_supported: [],
  rejected: ['resubmit'],
};

/** The commands a petition in `status` accepts; empty for final statuses (and for unknown ones). */
export function allowedCommands(status: PetitionStatus): PetitionCommandType[] {
  return isPetitionStatus(status) ? [...ALLOWED_COMMANDS[status]] : [];
}

export function newDraft(): PetitionState {
  return {
    status: 'draft',
    threshold: 0,
    submittedAt: null,
    moderationDueAt: null,
    collectionStartsAt: null,
    collectionEndsAt: null,
    thresholdReachedAt: null,
    answerDueAt: null,
    consideredAt: null,
    answeredAt: null,
    answer: null,
    rejectedAt: null,
    rejectionReason: null,
    rejectionNote: null,
    duplicateOf: null,
    closedAt: null,
  };
}

const ACTION_NAMES: Record<PetitionCommandType, Bilingual> = {
  submit: { uk: 'подати петицію на модерацію', en: 'submit the petition for moderation' },
  publish: { uk: 'оприлюднити петицію', en: 'publish the petition' },
  reject: { uk: 'відхилити петицію', en: 'reject the petition' },
  resubmit: { uk: 'подати виправлену петицію повторно', en: 'resubmit the corrected petition' },
  reach_threshold: { uk: 'зафіксувати досягнення порогу підписів', en: 'record that the threshold was reached' },
  start_consideration: { uk: 'розпочати розгляд петиції', en: 'start considering the petition' },
  answer: { uk: 'надати відповідь на петицію', en: 'answer the petition' },
  close_window: { uk: 'завершити збір підписів', en: 'close the signature collection' },
};

function refuse(code: TransitionRefusalCode, message: Bilingual, field?: string): TransitionResult {
  return field ? { ok: false, code, message, field } : { ok: false, code, message };
}

function invalidTransition(status: PetitionStatus, type: PetitionCommandType): TransitionResult {
  const action = ACTION_NAMES[type];
  const label = isPetitionStatus(status) ? STATUS_LABELS[status] : { uk: String(status), en: String(status) };
  return refuse('invalid_transition', {
    uk: `Не можна ${action.uk}: петиція має статус «${label.uk}».`,
    en: `Cannot ${action.en} while its status is "${label.en}".`,
  });
}

function isCommandType(value: unknown): value is PetitionCommandType {
  return typeof value === 'string' && (PETITION_COMMAND_TYPES as readonly string[]).includes(value);
}

function isSignatureCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const INVALID_SIGNATURE_COUNT: Bilingual = {
  uk: 'Кількість підписів має бути невід’ємним цілим числом.',
  en: 'The signature count must be a non-negative whole number.',
};

/** Length as people count it: "ї" or an emoji is one character, whatever its UTF-16 encoding. */
function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * Applies one command to a petition. Pure: returns a new state (the input is never mutated) or a bilingual
 * refusal; the caller persists the state and publishes the transition. Commands arrive from HTTP and schedulers,
 * so their payloads are re-checked at runtime despite the types.
 */
export function transition(state: PetitionState, command: PetitionCommand, ctx: TransitionContext): TransitionResult {
  if (!command || !isCommandType(command.type)) {
    return refuse('invalid_input', { uk: 'Невідома дія над петицією.', en: 'Unknown petition action.' });
  }
  const from = state.status;
  if (!allowedCommands(from).includes(command.type)) return invalidTransition(from, command.type);

  const { now, settings, deadlines } = ctx;
  const at = () => new Date(now.getTime());
  const moveTo = (to: PetitionStatus, changes: Partial<PetitionState>): TransitionResult => ({
    ok: true,
    from,
    to,
    state: { ...state, ...changes, status: to },
  });
  // Art. 23-1: consideration within a fixed number of working days once the required support is gathered.
  const reachThreshold = (): TransitionResult =>
    moveTo('threshold_reached', {
      thresholdReachedAt: at(),
      answerDueAt: deadlines.afterWorkingDays(at(), settings.answerWorkingDays),
    });

  switch (command.type) {
    case 'submit':
      // Art. 23-1: the authority has a fixed number of working days to publish the petition; the clock starts
      // when the author sends it, so the due date is fixed now and shown to the author.
      return moveTo('submitted', {
        submittedAt: at(),
        moderationDueAt: deadlines.afterWorkingDays(at(), settings.moderationWorkingDays),
      });

    case 'publish':
      // A late publication is the authority's breach, not the author's fault: it is still allowed, and the
      // window runs in full from the day of publication.
      return moveTo('collecting', {
        threshold: settings.threshold,
        collectionStartsAt: at(),
        collectionEndsAt: deadlines.afterCalendarDays(at(), settings.collectionDays),
      });

    case 'reject': {
      if (!isRejectionReason(command.reason)) {
        return refuse('invalid_input', { uk: 'Невідома причина відхилення.', en: 'Unknown rejection reason.' }, 'reason');
      }
      const duplicateOf = typeof command.duplicateOf === 'string' ? command.duplicateOf.trim() : '';
      // The public page of a duplicate links to the original, so the reason is only as good as that link.
      if (command.reason === 'duplicate' && duplicateOf === '') {
        return refuse(
          'invalid_input',
          { uk: 'Зазначте петицію, яку дублює ця.', en: 'Name the petition this one duplicates.' },
          'duplicateOf',
        );
      }
      if (command.reason !== 'duplicate' && duplicateOf !== '') {
        return refuse(
          'invalid_input',
          { uk: 'Оригінал зазначають лише для дубліката.', en: 'An original is named only for a duplicate.' },
          'duplicateOf',
        );
      }
      const note = typeof command.note === 'string' ? command.note.trim() : '';
      // The reason is published; "other" says nothing by itself, so the author must be told why in words.
      if (command.reason === 'other' && note === '') {
        return refuse('invalid_input', {
          uk: `Якщо причина — «${REJECTION_REASON_LABELS.other.uk}», поясніть її в примітці.`,
          en: 'Explain the reason in a note when rejecting for another reason.',
        }, 'note');
      }
      if (characterCount(note) > REJECTION_NOTE_MAX_LENGTH) {
        return refuse('invalid_input', {
          uk: `Примітка не може бути довшою за ${REJECTION_NOTE_MAX_LENGTH} символів.`,
          en: `The note cannot be longer than ${REJECTION_NOTE_MAX_LENGTH} characters.`,
        }, 'note');
      }
      return moveTo('rejected', {
        rejectedAt: at(),
        rejectionReason: command.reason,
        rejectionNote: note === '' ? null : note,
        duplicateOf: duplicateOf === '' ? null : duplicateOf,
        closedAt: at(),
      });
    }

    case 'resubmit': {
      if (!isCorrectable(state.rejectionReason)) {
        return refuse('not_correctable', {
          uk: 'Петицію, відхилену з цієї причини, не можна виправити й подати повторно.',
          en: 'A petition rejected for this reason cannot be corrected and resubmitted.',
        });
      }
      // The same petition goes back to moderation with a fresh art. 23-1 clock; the rejection stays in the
      // audit history, not in the current state, so the public never sees a stale reason on the new text.
      return moveTo('submitted', {
        submittedAt: at(),
        moderationDueAt: deadlines.afterWorkingDays(at(), settings.moderationWorkingDays),
        rejectedAt: null,
        rejectionReason: null,
        rejectionNote: null,
        duplicateOf: null,
        closedAt: null,
      });
    }

    case 'reach_threshold':
      if (!isSignatureCount(command.signatures)) return refuse('invalid_input', INVALID_SIGNATURE_COUNT);
      if (command.signatures < state.threshold) {
        return refuse('below_threshold', {
          uk: `Поріг підписів ще не досягнуто: ${command.signatures} із ${state.threshold}.`,
          en: `The threshold has not been reached yet: ${command.signatures} of ${state.threshold}.`,
        });
      }
      return reachThreshold();

    case 'start_consideration':
      return moveTo('under_consideration', { consideredAt: at() });

    case 'answer': {
      const text = typeof command.text === 'string' ? command.text.trim() : '';
      const length = characterCount(text);
      if (length < ANSWER_MIN_LENGTH) {
        return refuse('invalid_input', {
          uk: `Відповідь має містити щонайменше ${ANSWER_MIN_LENGTH} символів.`,
          en: `The answer must be at least ${ANSWER_MIN_LENGTH} characters long.`,
        });
      }
      if (length > ANSWER_MAX_LENGTH) {
        return refuse('invalid_input', {
          uk: `Відповідь не може бути довшою за ${ANSWER_MAX_LENGTH} символів.`,
          en: `The answer cannot be longer than ${ANSWER_MAX_LENGTH} characters.`,
        });
      }
      // Answering straight from threshold_reached is allowed (a quick answer is the best outcome); consideredAt
      // then stays empty rather than pretending a separate consideration stage took place.
      return moveTo('answered', { answeredAt: at(), answer: text, closedAt: at() });
    }

    case 'close_window': {
      if (!isSignatureCount(command.signatures)) return refuse('invalid_input', INVALID_SIGNATURE_COUNT);
      const endsAt = state.collectionEndsAt;
      // (A collecting petition without an end date cannot be signed either — see canSign — so it may be closed.)
      // Citizens are promised the whole window; closing early would take away their right to sign.
      if (endsAt !== null && now.getTime() < endsAt.getTime()) {
        return refuse('window_open', {
          uk: `Збір підписів триває до ${endsAt.toISOString()}; завершити його раніше не можна.`,
          en: `Signature collection runs until ${endsAt.toISOString()} and cannot be closed earlier.`,
        });
      }
      // If the threshold was met within the window but the reach_threshold event was missed (a crash, a race
      // with the last signature), the petition is owed consideration, never "not supported".
      if (command.signatures >= state.threshold) return reachThreshold();
      return moveTo('not_supported', { closedAt: at() });
    }
  }
}
