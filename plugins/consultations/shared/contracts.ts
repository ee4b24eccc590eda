import { z } from 'zod';

/**
 * Public and officials' contracts of e-consultations. The server validates requests and shapes answers with
 * these schemas, the site validates what it reads with them, and the OpenAPI document is generated from them.
 */

export const consultationStatus = z.enum(['draft', 'open', 'closed', 'report_published']);
export type ConsultationStatusContract = z.infer<typeof consultationStatus>;
/** Drafts stay with the officials. */
export const publicStatus = consultationStatus.exclude(['draft']);
export const disposition = z.enum(['accepted', 'partly_accepted', 'rejected']);
export const contributionKind = z.enum(['comment', 'reply', 'position_paper']);
export const participationLevel = z.enum(['email', 'verified']);

const isoDateTime = z.string().describe('ISO 8601 date-time');
const slug = z.string().trim().min(1).max(120).regex(/^[a-z0-9-]+$/, 'a-z, 0-9 and "-" only');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const count = z.number().int().min(0);

export const documentIdParam = z.string().regex(/^[a-z0-9]{10,40}$/, 'not a consultation id');
/** Plain-table row ids travel as decimal strings in the path. */
export const rowIdParam = z.string().regex(/^[1-9][0-9]{0,14}$/, 'not an id').transform(Number);
export const sectionNumberParam = z.string().regex(/^[1-9][0-9]{0,3}$/, 'not a section number').transform(Number);

export const authorityRef = z.object({ slug: z.string(), nameUk: z.string(), nameEn: z.string() });

export const attachment = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int().nullable(),
});
export type Attachment = z.infer<typeof attachment>;

export const question = z.object({
  id: z.string(),
  type: z.enum(['single_choice', 'free_text']),
  text: z.string(),
  options: z.array(z.string()),
  required: z.boolean(),
});

export const timelineEntry = z.object({ status: consultationStatus, at: isoDateTime });

export const consultationSummary = z.object({
  documentId: z.string(),
  title: z.string(),
  summary: z.string(),
  status: consultationStatus,
  authority: authorityRef,
  areas: z.array(z.string()),
  targetGroups: z.array(z.string()),
  periodWorkingDays: z.number().int(),
  opensAt: isoDateTime.nullable(),
  closesAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  reportDueAt: isoDateTime.nullable(),
  reportPublishedAt: isoDateTime.nullable(),
  /** The report is late: shown publicly next to the authority's name. */
  reportOverdue: z.boolean(),
  reportOnTime: z.boolean().nullable(),
  /** Working days left to comment (the current one included); null unless open. */
  workingDaysLeft: z.number().int().min(0).nullable(),
  /** Visible comments and replies. */
  comments: count,
  createdAt: isoDateTime,
});
export type ConsultationSummary = z.infer<typeof consultationSummary>;

export const sectionSummary = z.object({ number: z.number().int(), heading: z.string(), text: z.string(), comments: count });

export const consultationDetail = consultationSummary.extend({
  explanatoryNote: z.string(),
  attachments: z.array(attachment),
  sections: z.array(sectionSummary),
  questionnaire: z.object({ questions: z.array(question) }).nullable(),
  /** Proposals received so far (comments on sections and position papers, hidden ones excluded). */
  proposals: count,
  positionPapers: count,
  answers: count,
  participants: count,
  canParticipate: z.boolean(),
  participationLevel,
  timeline: z.array(timelineEntry),
});
export type ConsultationDetail = z.infer<typeof consultationDetail>;

export const listQuery = z.strictObject({
  status: publicStatus.optional(),
  authority: slug.optional(),
  area: slug.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const pagination = z.object({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() });
export const consultationList = z.object({ data: z.array(consultationSummary), meta: z.object({ pagination }) });
export const consultationResponse = z.object({ data: consultationDetail });

/**
 * The author's verified name; "Автор видалив обліковий запис / The author deleted the account" once the author
 * deleted the account; null when the author's identity was not verified (shown as "a participant").
 */
const authorName = z.string().nullable();
/** True when authorName is the name the identity provider gave, never one typed in. */
const authorVerified = z.boolean();

export const replyView = z.object({ id: z.number().int(), authorName, authorVerified, body: z.string(), createdAt: isoDateTime });
export const commentView = replyView.extend({
  kind: z.literal('comment'),
  /** Shown once the report is published; officials may still change it before. */
  disposition: disposition.nullable(),
  dispositionReason: z.string().nullable(),
  replies: z.array(replyView),
});
export type CommentView = z.infer<typeof commentView>;

export const sectionResponse = z.object({
  data: z.object({
    consultation: z.object({ documentId: z.string(), title: z.string(), status: consultationStatus, closesAt: isoDateTime.nullable(), canParticipate: z.boolean() }),
    section: sectionSummary,
    comments: z.array(commentView),
  }),
});
export type SectionResponse = z.infer<typeof sectionResponse>;

/* Citizens' writes */

/** No author name: it comes from the verified identity, so nobody can write under someone else's name. */
export const commentRequest = z.strictObject({ body: text(5, 5000) });
export type CommentRequest = z.infer<typeof commentRequest>;

export const contributionCreated = z.object({
  data: z.object({
    id: z.number().int(),
    kind: contributionKind,
    sectionNumber: z.number().int().nullable(),
    parentId: z.number().int().nullable(),
    authorName,
    authorVerified,
    body: z.string(),
    createdAt: isoDateTime,
  }),
});

export const abuseReportRequest = z.strictObject({ reason: text(0, 500).optional() });
export const abuseReported = z.object({ data: z.object({ commentId: z.number().int(), reportedAt: isoDateTime }) });

/** Option index for a single-choice question, text for a free-text one; the questionnaire decides what fits. */
export const answersRequest = z.strictObject({
  answers: z.record(z.string().max(10), z.union([z.number(), z.string().max(10000), z.null()])),
});
export const answersCreated = z.object({ data: z.object({ submittedAt: isoDateTime }) });

/** Multipart form fields beside the file (field `files`, PDF or DOCX). */
/** The person's name comes from their verified identity; the organisation is typed in until the CSO register says who represents whom. */
export const positionPaperFields = z.strictObject({ organisation: text(2, 300), body: text(20, 5000) });
export type PositionPaperFields = z.infer<typeof positionPaperFields>;
export const POSITION_PAPER_MAX_BYTES = 10 * 1024 * 1024;

export const myContribution = z.object({
  id: z.number().int(),
  kind: contributionKind,
  sectionNumber: z.number().int().nullable(),
  parentId: z.number().int().nullable(),
  body: z.string(),
  createdAt: isoDateTime,
  /** The author always sees why their text was hidden. */
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  disposition: disposition.nullable(),
  dispositionReason: z.string().nullable(),
});
export const participationResponse = z.object({
  data: z.object({
    canParticipate: z.boolean(),
    reason: z.string().nullable(),
    answered: z.boolean(),
    answeredAt: isoDateTime.nullable(),
    contributions: z.array(myContribution),
  }),
});

/* The consultation report */

export const reportProposal = z.object({
  id: z.number().int(),
  kind: z.enum(['comment', 'position_paper']),
  sectionNumber: z.number().int().nullable(),
  sectionHeading: z.string().nullable(),
  authorName,
  authorVerified,
  organisation: z.string().nullable(),
  createdAt: isoDateTime,
  /** null when hidden by a moderator; the reason is then in hiddenReason. */
  text: z.string().nullable(),
  fileUrl: z.string().nullable(),
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  disposition: disposition.nullable(),
  dispositionReason: z.string().nullable(),
  disposedAt: isoDateTime.nullable(),
});

export const questionResult = z.union([
  z.object({ id: z.string(), type: z.literal('single_choice'), text: z.string(), answered: count, options: z.array(z.object({ label: z.string(), count })) }),
  z.object({ id: z.string(), type: z.literal('free_text'), text: z.string(), answered: count }),
]);

export const consultationReport = z.object({
  consultation: z.object({
    documentId: z.string(),
    title: z.string(),
    authority: authorityRef,
    opensAt: isoDateTime.nullable(),
    closesAt: isoDateTime.nullable(),
    closedAt: isoDateTime.nullable(),
    reportDueAt: isoDateTime.nullable(),
    reportPublishedAt: isoDateTime.nullable(),
    reportOnTime: z.boolean().nullable(),
  }),
  summary: z.string(),
  totals: z.object({
    proposals: count,
    accepted: count,
    partlyAccepted: count,
    rejected: count,
    hidden: count,
    replies: count,
    participants: count,
    answers: count,
  }),
  proposals: z.array(reportProposal),
  questionnaire: z.array(questionResult),
});
export type ConsultationReport = z.infer<typeof consultationReport>;
export const reportResponse = z.object({ data: consultationReport });

/* Officials (admin API) */

const questionDraft = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('single_choice'),
    text: text(3, 500),
    options: z.array(text(1, 300)).min(2).max(20),
    required: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal('free_text'), text: text(3, 500), required: z.boolean().default(false) }),
]);

export const createConsultationRequest = z.strictObject({
  authority: slug,
  title: text(10, 300),
  summary: text(20, 2000),
  explanatoryNote: text(20, 50000),
  sections: z.array(z.strictObject({ heading: text(1, 300), text: text(1, 50000) })).min(1).max(200),
  /** Ids of files already in the media library (the original act as PDF or DOCX). */
  attachments: z.array(z.number().int().positive()).max(20).default([]),
  targetGroups: z.array(text(2, 200)).max(20).default([]),
  areas: z.array(slug).max(20).default([]),
  /** Defaults to the authority's setting (15 unless changed). */
  periodWorkingDays: z.number().int().min(5).max(90).optional(),
  questionnaire: z.strictObject({ questions: z.array(questionDraft).min(1).max(30) }).optional(),
});
export type CreateConsultationRequest = z.infer<typeof createConsultationRequest>;

export const adminListQuery = z.strictObject({ status: z.enum(['all', ...consultationStatus.options]).default('all') });
export const proposalsQuery = z.strictObject({ filter: z.enum(['all', 'proposals', 'undisposed', 'reported', 'hidden']).default('all') });
export type ProposalsFilter = z.infer<typeof proposalsQuery>['filter'];

export const hideRequest = z.strictObject({ reason: text(5, 1000) });
export const dispositionRequest = z.strictObject({ disposition, reason: text(5, 5000) });
export const publishReportRequest = z.strictObject({ summary: text(20, 20000) });

export const transitionResponse = z.object({ data: z.object({ documentId: z.string(), from: consultationStatus, status: consultationStatus }) });

export const officialConsultation = consultationSummary.extend({
  proposals: count,
  undisposed: count,
  reported: count,
  hidden: count,
});
export type OfficialConsultation = z.infer<typeof officialConsultation>;

export const officialConsultationDetail = consultationDetail.extend({ undisposed: count, reported: count, hidden: count });
export type OfficialConsultationDetail = z.infer<typeof officialConsultationDetail>;

export const officialContribution = z.object({
  id: z.number().int(),
  kind: contributionKind,
  parentId: z.number().int().nullable(),
  sectionNumber: z.number().int().nullable(),
  sectionHeading: z.string().nullable(),
  authorName,
  authorVerified,
  organisation: z.string().nullable(),
  body: z.string(),
  file: attachment.nullable(),
  createdAt: isoDateTime,
  reports: count,
  hidden: z.boolean(),
  hiddenAt: isoDateTime.nullable(),
  hiddenReason: z.string().nullable(),
  disposition: disposition.nullable(),
  dispositionReason: z.string().nullable(),
  disposedAt: isoDateTime.nullable(),
});
export type OfficialContribution = z.infer<typeof officialContribution>;
