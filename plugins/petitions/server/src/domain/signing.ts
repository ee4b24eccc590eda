import type { Bilingual } from './bilingual';
import type { PetitionState } from './state-machine';
import { isPetitionStatus, isSigningStatus, type PetitionStatus } from './statuses';

export type SigningRefusal = { code: 'not_collecting' | 'window_closed'; message: Bilingual };

const WINDOW_CLOSED: Bilingual = {
  uk: 'Збір підписів під цією петицією завершено.',
  en: 'Signature collection for this petition has ended.',
};

const NOT_COLLECTING: Record<Exclude<PetitionStatus, 'collecting' | 'threshold_reached'>, Bilingual> = {
  draft: {
    uk: 'Петицію ще не оприлюднено, тож підписати її поки не можна.',
    en: 'The petition has not been published yet, so it cannot be signed.',
  },
  submitted: {
    uk: 'Петиція ще на модерації, тож підписати її поки не можна.',
    en: 'The petition is still being moderated, so it cannot be signed yet.',
  },
  under_consideration: {
    uk: 'Петиція вже на розгляді, тож підписи під нею більше не збираються.',
    en: 'The petition is under consideration; signatures are no longer collected.',
  },
  answered: {
    uk: 'На петицію вже надано відповідь, тож підписи під нею більше не збираються.',
    en: 'The petition has been answered; signatures are no longer collected.',
  },
  not_supported: {
    uk: 'Строк збору підписів минув, і петиція не набрала необхідної кількості підписів.',
    en: 'The collection period is over and the petition did not reach its threshold.',
  },
  rejected: {
    uk: 'Петицію відхилено на модерації, тож підписати її не можна.',
    en: 'The petition was rejected at moderation and cannot be signed.',
  },
};

/**
 * Whether a signature may be accepted now. Signing stays open after the threshold is reached, until the window
 * ends (as on petition.president.gov.ua): the final count is public support the authority sees in its answer.
 * Once consideration starts or an answer is given, collection stops — the count can no longer influence the outcome.
 * The window is half-open: at the very moment collectionEndsAt arrives it is closed.
 */
export function canSign(
  state: Pick<PetitionState, 'status' | 'collectionEndsAt'>,
  now: Date,
): { ok: true } | ({ ok: false } & SigningRefusal) {
  const { status, collectionEndsAt } = state;
  if (!isPetitionStatus(status)) {
    return {
      ok: false,
      code: 'not_collecting',
      message: { uk: 'Петиція не збирає підписів.', en: 'The petition is not collecting signatures.' },
    };
  }
  if (!isSigningStatus(status)) return { ok: false, code: 'not_collecting', message: NOT_COLLECTING[status] };
  // Without an end date the window was never opened properly; refusing is safer than an endless collection.
  if (collectionEndsAt === null || now.getTime() >= collectionEndsAt.getTime()) {
    return { ok: false, code: 'window_closed', message: WINDOW_CLOSED };
  }
  return { ok: true };
}
