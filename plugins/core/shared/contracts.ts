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
