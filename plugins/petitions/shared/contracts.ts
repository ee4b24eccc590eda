import { z } from 'zod';

/**
 * Public contracts of e-petitions. The server validates requests and shapes answers with these schemas, the
 * site validates what it reads with them, and the OpenAPI document is generated from them.
 */

export const petitionStatus = z.enum([
  'draft',
  'submitted',
  'collecting',
  'threshold_reached',
  'under_consideration',
  'answered',
  'not_supported',
  'rejected',
]);
export type PetitionStatusContract = z.infer<typeof petitionStatus>;

/** Statuses the public sees; drafts and the moderation queue stay with the author and the officials. */
export const publicStatus = petitionStatus.exclude(['draft', 'submitted']);

export const rejectionReason = z.enum(['duplicate', 'outside_competence', 'offensive', 'unlawful', 'no_clear_request', 'other']);

const isoDateTime = z.string().describe('ISO 8601 date-time');
const slug = z.string().trim().min(1).max(120).regex(/^[a-z0-9-]+$/, 'a-z, 0-9 and "-" only');

export const authorityRef = z.object({ slug: z.string(), nameUk: z.string(), nameEn: z.string() });

export const petitionSummary = z.object({
  documentId: z.string(),
  /** Null when the petition was rejected as offensive or unlawful: its content is never published. */
  title: z.string().nullable(),
  /** True for a petition rejected as offensive or unlawful: only its number, dates, authority and reason are public. */
  contentWithheld: z.boolean(),
  status: petitionStatus,
  authority: authorityRef,
  signatures: z.number().int().min(0),
  threshold: z.number().int().min(1),
  percent: z.number().min(0).max(100),
  daysLeft: z.number().int().min(0).nullable(),
  collectionEndsAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type PetitionSummary = z.infer<typeof petitionSummary>;

export const timelineEntry = z.object({ status: petitionStatus, at: isoDateTime });

const identityLevel = z.enum(['email', 'verified']);

export const petitionDetail = petitionSummary.extend({
  /** Null when the content is withheld (see contentWithheld). */
  text: z.string().nullable(),
  /**
   * The author's verified name; "Автор видалив обліковий запис / The author deleted the account" once the author
   * deleted the account; null when the author's identity was not verified (shown as "a citizen").
   */
  authorName: z.string().nullable(),
  /** True when authorName is the name the identity provider gave, never one typed in. */
  authorVerified: z.boolean(),
  submittedAt: isoDateTime.nullable(),
  moderationDueAt: isoDateTime.nullable(),
  collectionStartsAt: isoDateTime.nullable(),
  thresholdReachedAt: isoDateTime.nullable(),
  answerDueAt: isoDateTime.nullable(),
  answeredAt: isoDateTime.nullable(),
  answer: z.string().nullable(),
  answerOnTime: z.boolean().nullable(),
  answerOverdue: z.boolean(),
  rejectionReason: rejectionReason.nullable(),
  /** The moderator's note; withheld with the content, since it may quote it. */
  rejectionNote: z.string().nullable(),
  /** For a duplicate: the documentId of the published petition it repeats. */
  duplicateOf: z.string().nullable(),
  /** True when the rejection is one the author may correct and resubmit (offensive, unlawful, no clear request, other). */
  correctable: z.boolean(),
  /**
   * What the authority requires of a signer: a confirmed email or a verified identity. A verified signer counts
   * once per person, an email-level one once per account.
   */
  signatureLevel: identityLevel,
  /** What the authority requires of the author of a new petition. */
  filingLevel: identityLevel,
  timeline: z.array(timelineEntry),
});
export type PetitionDetail = z.infer<typeof petitionDetail>;

export const listQuery = z.strictObject({
  authority: slug.optional(),
  status: publicStatus.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const pagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

export const petitionList = z.object({ data: z.array(petitionSummary), meta: z.object({ pagination }) });
export const petitionResponse = z.object({ data: petitionDetail });

/** How long a petition's title and text may be, in characters: the API checks them, the site's forms say them. */
export const PETITION_LIMITS = { title: { min: 10, max: 200 }, text: { min: 50, max: 10000 } } as const;

export const createPetitionRequest = z.strictObject({
  authority: slug,
  title: z.string().trim().min(PETITION_LIMITS.title.min).max(PETITION_LIMITS.title.max),
  text: z.string().trim().min(PETITION_LIMITS.text.min).max(PETITION_LIMITS.text.max),
});
export type CreatePetitionRequest = z.infer<typeof createPetitionRequest>;

/** A corrected petition sent back to moderation by its author (same limits as filing). */
export const resubmitPetitionRequest = createPetitionRequest.omit({ authority: true });
export type ResubmitPetitionRequest = z.infer<typeof resubmitPetitionRequest>;

/** One of the author's own petitions: the full content (also when withheld from the public) and what they may do. */
export const myPetition = petitionSummary.extend({
  title: z.string(),
  text: z.string(),
  rejectionReason: rejectionReason.nullable(),
  rejectionNote: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  /** True when the author may correct the title and text and submit the petition again. */
  canResubmit: z.boolean(),
});
export type MyPetition = z.infer<typeof myPetition>;
export const myPetitions = z.object({ data: z.array(myPetition) });

export const createdPetition = z.object({ data: z.object({ documentId: z.string(), status: petitionStatus }) });

export const signatureStatus = z.object({
  data: z.object({
    signed: z.boolean(),
    signedAt: isoDateTime.nullable(),
    canSign: z.boolean(),
    reason: z.string().nullable(),
  }),
});

export const signatureCreated = z.object({
  data: z.object({ signedAt: isoDateTime, signatures: z.number().int(), status: petitionStatus }),
});

export const liveCount = z.object({
  data: z.object({ documentId: z.string(), signatures: z.number().int(), percent: z.number(), status: petitionStatus }),
});

export const documentIdParam = z.string().regex(/^[a-z0-9]{10,40}$/, 'not a petition id');

/* Admin (officials) */
export const rejectRequest = z.strictObject({
  reason: rejectionReason,
  note: z.string().trim().max(2000).optional(),
  /** Required for a duplicate: a published petition of the same authority's platform. */
  duplicateOf: documentIdParam.optional(),
});
export const answerRequest = z.strictObject({ text: z.string().trim().min(20).max(20000) });
