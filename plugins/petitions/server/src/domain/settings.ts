import { z } from 'zod';

const wholeDays = (what: string) =>
  z.number().int(`${what} must be a whole number`).min(1, `${what} must be at least 1`);

/**
 * One authority's e-petition rules. Defaults are the national ones from art. 23-1 of the Law "On Citizens'
 * Appeals" (President, Verkhovna Rada, Cabinet); a local community overrides them in its statute — e.g. a
 * lower threshold, as Dnipro's 1,000–3,000.
 */
export const petitionSettingsSchema = z.object({
  /** Signatures needed within the window to oblige the authority to consider the petition. */
  threshold: z.number().int('threshold must be a whole number').min(1, 'threshold must be at least 1').default(25000),
  /** Collection window, calendar days from publication (the law's "three months"). */
  collectionDays: wholeDays('collectionDays').default(90),
  /** The authority must publish or reject within this many working days of submission. */
  moderationWorkingDays: wholeDays('moderationWorkingDays').default(2),
  /** The authority must answer within this many working days of the threshold being reached. */
  answerWorkingDays: wholeDays('answerWorkingDays').default(10),
  /** Identity a signer needs: a confirmed email, or an identity verified through a trusted provider. */
  signatureLevel: z.enum(['email', 'verified']).default('email'),
  /** Signers' names are public only if the authority's rules say so; emails never are. */
  publicSignerNames: z.boolean().default(false),
});

export type PetitionSettings = z.infer<typeof petitionSettingsSchema>;

/**
 * Reads an authority's settings, filling every missing value with the national default. Invalid values throw:
 * a misconfigured threshold must stop the service, not silently fall back to 25,000.
 */
export function petitionSettings(raw: unknown): PetitionSettings {
  const parsed = petitionSettingsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new Error(`Invalid petition settings:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}
