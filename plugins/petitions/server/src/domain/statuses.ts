import type { Bilingual } from './bilingual';

/**
 * The lifecycle of an e-petition under art. 23-1 of the Law of Ukraine "On Citizens' Appeals":
 * moderation, a collection window, and — only when the threshold is met — consideration and a public answer.
 */
export const PETITION_STATUSES = [
  'draft',
  'submitted',
  'collecting',
  'threshold_reached',
  'under_consideration',
  'answered',
  'not_supported',
  'rejected',
] as const;

export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** Statuses in which people may still sign (until the window ends): support keeps growing after the threshold. */
export const SIGNING_STATUSES = ['collecting', 'threshold_reached'] as const satisfies readonly PetitionStatus[];

/**
 * Statuses that close a petition; it is archived with its history. A petition rejected for a correctable reason
 * is the one exception: its author may resubmit it (see CORRECTABLE_REASONS).
 */
export const FINAL_STATUSES = ['answered', 'not_supported', 'rejected'] as const satisfies readonly PetitionStatus[];

export const STATUS_LABELS: Record<PetitionStatus, Bilingual> = {
  draft: { uk: 'Чернетка', en: 'Draft' },
  submitted: { uk: 'На модерації', en: 'Under moderation' },
  collecting: { uk: 'Триває збір підписів', en: 'Collecting signatures' },
  threshold_reached: { uk: 'Набрала необхідну кількість підписів', en: 'Threshold reached' },
  under_consideration: { uk: 'На розгляді', en: 'Under consideration' },
  answered: { uk: 'З відповіддю', en: 'Answered' },
  not_supported: { uk: 'Не набрала необхідної кількості підписів', en: 'Not supported' },
  rejected: { uk: 'Відхилена на модерації', en: 'Rejected at moderation' },
};

/**
 * Why moderation may refuse to publish. Art. 23-1 forbids petitions calling for the overthrow of the
 * constitutional order, violation of territorial integrity, war propaganda, violence, incitement to ethnic,
 * racial or religious hatred, terrorism, other crimes, or containing obscene language ('offensive'), and a
 * petition must address a matter within the authority's competence ('outside_competence'). The law's grounds
 * split in two: calls to crime ('unlawful') and obscene or insulting language ('offensive').
 */
export const REJECTION_REASONS = ['duplicate', 'outside_competence', 'offensive', 'unlawful', 'no_clear_request', 'other'] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Record<RejectionReason, Bilingual> = {
  duplicate: { uk: 'Дублює вже оприлюднену петицію', en: 'Duplicates a petition already published' },
  outside_competence: {
    uk: 'Питання не належить до повноважень органу',
    en: "The matter is outside the authority's competence",
  },
  offensive: {
    uk: 'Містить нецензурні або образливі висловлювання',
    en: 'Contains obscene or insulting language',
  },
  unlawful: {
    uk: 'Містить заклики, заборонені законом',
    en: 'Contains calls the law forbids',
  },
  no_clear_request: { uk: 'Не містить чіткої вимоги', en: 'Contains no clear request' },
  other: { uk: 'Інша причина', en: 'Other reason' },
};

/**
 * Reasons whose petition is never shown to the public: republishing a call to violence or an insult, even as a
 * rejected petition, would do what moderation refused to do. Only the number, date, authority and reason are public.
 */
export const CONTENT_WITHHELD_REASONS = ['offensive', 'unlawful'] as const satisfies readonly RejectionReason[];

/**
 * Reasons the author can fix by editing the title and text ("correct it and submit again"). A duplicate is
 * answered by signing the original, and a matter outside the authority's competence belongs to another authority:
 * no edit of the text changes either.
 */
export const CORRECTABLE_REASONS = ['offensive', 'unlawful', 'no_clear_request', 'other'] as const satisfies readonly RejectionReason[];

export function isContentWithheld(reason: RejectionReason | null): boolean {
  return reason !== null && (CONTENT_WITHHELD_REASONS as readonly string[]).includes(reason);
}

export function isCorrectable(reason: RejectionReason | null): boolean {
  return reason !== null && (CORRECTABLE_REASONS as readonly string[]).includes(reason);
}

export function isPetitionStatus(value: unknown): value is PetitionStatus {
  return typeof value === 'string' && (PETITION_STATUSES as readonly string[]).includes(value);
}

export function isRejectionReason(value: unknown): value is RejectionReason {
  return typeof value === 'string' && (REJECTION_REASONS as readonly string[]).includes(value);
}

export function isSigningStatus(status: PetitionStatus): status is (typeof SIGNING_STATUSES)[number] {
  return (SIGNING_STATUSES as readonly string[]).includes(status);
}

export function isFinalStatus(status: PetitionStatus): status is (typeof FINAL_STATUSES)[number] {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}
