import { z } from 'zod';

/** Public contracts of the core plugin: the site and the tests read the same schemas the server writes. */

export const authorityKind = z.enum(['central', 'regional', 'community']);

export const authoritySummary = z.object({
  documentId: z.string(),
  slug: z.string(),
  nameUk: z.string(),
  nameEn: z.string(),
  kind: authorityKind,
});
export type AuthoritySummary = z.infer<typeof authoritySummary>;

export const authorityDetail = authoritySummary.extend({
  parent: authoritySummary.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
});
export type AuthorityDetail = z.infer<typeof authorityDetail>;

export const authorityList = z.object({ data: z.array(authoritySummary) });
export const authorityResponse = z.object({ data: authorityDetail });

export const loginRequest = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** `DELETE /api/core/session?everywhere=true` ends every session of the citizen, on every device. */
export const logoutQuery = z.object({
  everywhere: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type LogoutQuery = z.infer<typeof logoutQuery>;

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  confirmed: z.boolean(),
});
export const sessionResponse = z.object({ data: z.object({ user: sessionUser.nullable() }) });

export const moduleSummary = z.object({
  name: z.string(),
  titleUk: z.string(),
  titleEn: z.string(),
  sitePath: z.string(),
  stats: z.record(z.string(), z.number()),
});
export const moduleList = z.object({ data: z.array(moduleSummary) });

export const auditVerdict = z.object({
  data: z.union([
    z.object({ ok: z.literal(true), count: z.number().int(), lastHash: z.string() }),
    z.object({ ok: z.literal(false), count: z.number().int(), brokenAtSeq: z.number().int(), reason: z.string() }),
  ]),
});

export const errorBody = z.object({
  data: z.null(),
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/* ---- Notifications: subscriptions, preferences, unsubscribe, the outbox (admin) ---- */

export const mailLanguage = z.enum(['uk', 'en']);
const bilingualText = z.object({ uk: z.string(), en: z.string() });

/** What a citizen follows: an authority (weekly digest), a topic (weekly digest) or one item (its news). */
export const subscriptionTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('authority'), authority: z.string().trim().min(1).max(100) }),
  z.object({
    kind: z.literal('topic'),
    topic: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected a topic slug: latin letters, digits and hyphens'),
  }),
  z.object({
    kind: z.literal('item'),
    module: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'expected a module name'),
    itemId: z.string().trim().min(1).max(100),
  }),
]);
export type SubscriptionTargetInput = z.infer<typeof subscriptionTarget>;

export const subscription = z.object({
  id: z.number().int(),
  kind: z.enum(['authority', 'topic', 'item']),
  authority: z.object({ slug: z.string(), nameUk: z.string(), nameEn: z.string() }).nullable(),
  topic: z.string().nullable(),
  item: z
    .object({ module: z.string(), itemId: z.string(), title: z.string().nullable(), url: bilingualText.nullable() })
    .nullable(),
  createdAt: z.string(),
});
export type Subscription = z.infer<typeof subscription>;
export const subscriptionList = z.object({ data: z.array(subscription) });
export const subscriptionResponse = z.object({ data: subscription });
export const subscriptionIdParam = z.coerce.number().int().positive();
export const unsubscribedResponse = z.object({ data: z.object({ removed: z.boolean() }) });

const category = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'expected a notification category');
export const notificationPreferences = z.object({
  language: mailLanguage,
  /** Kinds of mail stopped with an unsubscribe link (e.g. `digest`, `petitions.own`). */
  optedOut: z.array(z.string()),
});
export const preferencesResponse = z.object({ data: notificationPreferences });
export const updatePreferencesRequest = z
  .object({ language: mailLanguage.optional(), optedOut: z.array(category).max(50).optional() })
  .refine((v) => v.language !== undefined || v.optedOut !== undefined, { message: 'expected language or optedOut' });
export type UpdatePreferencesRequest = z.infer<typeof updatePreferencesRequest>;

export const unsubscribeQuery = z.object({ token: z.string().min(10).max(512) });
export const unsubscribeResult = z.object({ data: z.object({ unsubscribed: z.literal(true), what: bilingualText }) });

export const outboxStatus = z.enum(['pending', 'sending', 'sent', 'failed', 'dead', 'skipped']);
export const outboxQuery = z.object({
  status: outboxStatus.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const outboxMessage = z.object({
  id: z.number().int(),
  category: z.string(),
  template: z.string().nullable(),
  toAddress: z.string(),
  language: z.string(),
  subject: z.string(),
  status: outboxStatus,
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessageView = z.infer<typeof outboxMessage>;
export const outboxList = z.object({
  data: z.array(outboxMessage),
  meta: z.object({ counts: z.record(outboxStatus, z.number().int()) }),
});
export const jobRunResponse = z.object({ data: z.object({ job: z.string(), queued: z.number().int() }) });
