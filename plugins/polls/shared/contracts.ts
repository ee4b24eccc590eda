import { z } from 'zod';
import { LIMITS } from '../server/src/domain/limits';

/**
 * Public contracts of e-polls. The server validates requests and shapes answers with these schemas, the site
 * validates what it reads with them, and the OpenAPI document is generated from them.
 */

export const pollStatus = z.enum(['draft', 'scheduled', 'open', 'closed']);
/** Statuses the public sees; drafts stay with the officials. */
export const publicPollStatus = pollStatus.exclude(['draft']);
export const audience = z.enum(['everyone', 'residents', 'csos']);
export const questionType = z.enum(['single', 'multiple', 'ranking', 'scale', 'text']);

const isoDateTime = z.string().describe('ISO 8601 date-time');
const slug = z.string().trim().min(1).max(120).regex(/^[a-z0-9-]+$/, 'a-z, 0-9 and "-" only');
const id = z.string().min(1).max(20);

export const authorityRef = z.object({ slug: z.string(), nameUk: z.string(), nameEn: z.string() });

/* Questions as the public reads them. */
export const choiceOption = z.object({ id: z.string(), label: z.string() });
const questionBase = { id: z.string(), text: z.string(), required: z.boolean() };
export const question = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('single'), options: z.array(choiceOption) }),
  z.object({ ...questionBase, type: z.literal('multiple'), options: z.array(choiceOption), maxChoices: z.number().int() }),
  z.object({ ...questionBase, type: z.literal('ranking'), options: z.array(choiceOption) }),
  z.object({ ...questionBase, type: z.literal('scale'), minLabel: z.string().nullable(), maxLabel: z.string().nullable() }),
  z.object({ ...questionBase, type: z.literal('text') }),
]);
export type QuestionContract = z.infer<typeof question>;

export const pollSummary = z.object({
  documentId: z.string(),
  title: z.string(),
  status: pollStatus,
  audience,
  authority: authorityRef,
  opensAt: isoDateTime.nullable(),
  closesAt: isoDateTime.nullable(),
  openedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  closedBy: z.enum(['schedule', 'official']).nullable(),
  liveResults: z.boolean(),
  /** Whether GET …/results answers now (closed, or open with live results). */
  resultsAvailable: z.boolean(),
  questionCount: z.number().int(),
  responses: z.number().int().min(0),
  createdAt: isoDateTime,
});
export type PollSummary = z.infer<typeof pollSummary>;

export const pollDetail = pollSummary.extend({
  description: z.string(),
  anonymous: z.boolean(),
  /**
   * What the authority requires of a respondent: a confirmed email (one response per account) or a verified
   * identity (one per person). A verified respondent counts once per person either way.
   */
  responseLevel: z.enum(['email', 'verified']),
  questions: z.array(question),
});
export type PollDetail = z.infer<typeof pollDetail>;

export const listQuery = z.strictObject({
  status: publicPollStatus.optional(),
  authority: slug.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const pagination = z.object({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() });
export const pollList = z.object({ data: z.array(pollSummary), meta: z.object({ pagination }) });
export const pollResponse = z.object({ data: pollDetail });

/* A response (one per person). `answers[i]` answers `questions[i]`: null (or only `question`) skips an optional one. */
export const answerInput = z.strictObject({
  question: id,
  choice: id.optional().describe('single choice: the option id'),
  choices: z.array(id).max(50).optional().describe('multiple choice: option ids, at most maxChoices'),
  ranking: z.array(id).max(50).optional().describe('ranking: every option id once, best first'),
  value: z.number().optional().describe(`scale: a whole number ${LIMITS.scale.min}–${LIMITS.scale.max}`),
  // The domain counts the limit in characters; this only keeps huge bodies out.
  text: z.string().max(LIMITS.textAnswer * 4).optional().describe(`free text, at most ${LIMITS.textAnswer} characters`),
});
export type AnswerInputContract = z.infer<typeof answerInput>;

export const submitResponseRequest = z.strictObject({
  answers: z.array(answerInput.nullable()).max(LIMITS.questionsPerPoll),
});
export type SubmitResponseRequest = z.infer<typeof submitResponseRequest>;

export const responseSaved = z.object({
  data: z.object({
    created: z.boolean(),
    /** False when the same answers were sent again (nothing stored, no event). */
    changed: z.boolean(),
    submittedAt: isoDateTime,
    updatedAt: isoDateTime,
    revision: z.number().int().min(1),
    /** The salted commitment recorded in the audit chain for this revision. */
    receipt: z.string(),
  }),
});

export const myResponse = z.object({
  data: z.object({
    responded: z.boolean(),
    submittedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime.nullable(),
    revision: z.number().int().nullable(),
    receipt: z.string().nullable(),
    answers: z.array(answerInput.nullable()).nullable(),
    /** Whether a response can be given (or changed) now by this person. */
    canRespond: z.boolean(),
    reason: z
      .enum(['poll_not_open', 'poll_closed', 'residence_required', 'cso_required', 'verification_required', 'already_responded'])
      .nullable()
      .describe('already_responded: the same verified person answered from another account'),
  }),
});

/* Results. */
const optionCount = z.object({ id: z.string(), label: z.string(), count: z.number().int(), percent: z.number() });
const rankedOption = z.object({
  id: z.string(),
  label: z.string(),
  points: z.number().int(),
  averageRank: z.number().nullable(),
  firstPlaces: z.number().int(),
  place: z.number().int().nullable(),
});
const resultBase = { id: z.string(), text: z.string(), respondents: z.number().int() };
export const questionResult = z.discriminatedUnion('type', [
  z.object({ ...resultBase, type: z.enum(['single', 'multiple']), options: z.array(optionCount) }),
  z.object({ ...resultBase, type: z.literal('ranking'), options: z.array(rankedOption) }),
  z.object({
    ...resultBase,
    type: z.literal('scale'),
    minLabel: z.string().nullable(),
    maxLabel: z.string().nullable(),
    mean: z.number().nullable(),
    distribution: z.array(z.object({ value: z.number().int(), count: z.number().int(), percent: z.number() })),
  }),
  z.object({ ...resultBase, type: z.literal('text'), published: z.array(z.object({ id: z.number().int(), text: z.string() })) }),
]);

export const pollResults = z.object({
  data: z.object({
    documentId: z.string(),
    title: z.string(),
    status: pollStatus,
    /** False for live results of an open poll: the figures still move. */
    final: z.boolean(),
    closedAt: isoDateTime.nullable(),
    generatedAt: isoDateTime,
    responses: z.number().int(),
    questions: z.array(questionResult),
  }),
});
export type PollResultsContract = z.infer<typeof pollResults>;

export const documentIdParam = z.string().regex(/^[a-z0-9]{10,40}$/, 'not a poll id');

/* Admin (officials). */
const optionLabel = z.string().trim().min(LIMITS.optionLabel.min).max(LIMITS.optionLabel.max);
const draftBase = { text: z.string().trim().min(LIMITS.questionText.min).max(LIMITS.questionText.max), required: z.boolean().default(true) };
export const questionDraft = z.discriminatedUnion('type', [
  z.strictObject({ ...draftBase, type: z.literal('single'), options: z.array(optionLabel).min(LIMITS.choiceOptions.min).max(LIMITS.choiceOptions.max) }),
  z.strictObject({
    ...draftBase,
    type: z.literal('multiple'),
    options: z.array(optionLabel).min(LIMITS.choiceOptions.min).max(LIMITS.choiceOptions.max),
    maxChoices: z.number().int().min(1).optional(),
  }),
  z.strictObject({ ...draftBase, type: z.literal('ranking'), options: z.array(optionLabel).min(LIMITS.rankingOptions.min).max(LIMITS.rankingOptions.max) }),
  z.strictObject({
    ...draftBase,
    type: z.literal('scale'),
    minLabel: z.string().trim().max(LIMITS.scaleLabel.max).optional(),
    maxLabel: z.string().trim().max(LIMITS.scaleLabel.max).optional(),
  }),
  z.strictObject({ ...draftBase, type: z.literal('text') }),
]);

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const createPollRequest = z.strictObject({
  authority: slug,
  title: z.string().trim().min(5).max(200),
  description: z.string().trim().max(10000).default(''),
  audience: audience.default('everyone'),
  anonymous: z.boolean().default(true),
  liveResults: z.boolean().default(false),
  opensAt: instant.optional(),
  closesAt: instant.optional(),
  questions: z.array(questionDraft).min(1).max(LIMITS.questionsPerPoll),
});
export type CreatePollRequest = z.infer<typeof createPollRequest>;

export const scheduleRequest = z.strictObject({ opensAt: instant.optional(), closesAt: instant.optional() });
export const openRequest = z.strictObject({ closesAt: instant.optional() });
export const adminListQuery = z.strictObject({ filter: z.enum(['active', 'draft', 'closed', 'all']).default('active') });
export const textsQuery = z.strictObject({ state: z.enum(['pending', 'approved', 'rejected', 'all']).default('pending') });
export const moderationState = z.enum(['pending', 'approved', 'rejected']);
export const moderateTextRequest = z.strictObject({ decision: z.enum(['approved', 'rejected']) });
export const answerIdParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const officialPoll = pollSummary.extend({
  description: z.string(),
  anonymous: z.boolean(),
  questions: z.array(question),
  pendingTexts: z.number().int(),
});
export const textAnswer = z.object({
  id: z.number().int(),
  questionId: z.string(),
  questionText: z.string(),
  text: z.string(),
  state: moderationState,
  answeredAt: isoDateTime,
  moderatedAt: isoDateTime.nullable(),
});
export const transitionDone = z.object({ data: z.object({ documentId: z.string(), from: pollStatus, status: pollStatus }) });
