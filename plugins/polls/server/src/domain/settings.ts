import { z } from 'zod';

/** One authority's e-poll rules; the defaults apply wherever the authority has not set its own. */
export const pollSettingsSchema = z.object({
  /** How long a poll runs when the official gives no closing time (calendar days from opening). */
  durationDays: z.number().int('durationDays must be a whole number').min(1, 'durationDays must be at least 1').max(365).default(14),
  /**
   * Identity a respondent needs: a confirmed email (one response per account) or a verified identity (one per
   * person). A verified respondent counts once per person either way.
   */
  responseLevel: z.enum(['email', 'verified']).default('email'),
});

export type PollSettings = z.infer<typeof pollSettingsSchema>;

export function pollSettings(raw: unknown): PollSettings {
  const parsed = pollSettingsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new Error(`Invalid poll settings:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  return parsed.data;
}
