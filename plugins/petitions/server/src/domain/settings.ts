import { z } from 'zod';

const wholeDays = (what: string) =>
  z.number().int(`${what} must be a whole number`).min(1, `${what} must be at least 1`);

const level = z.enum(['email', 'verified']);
export type IdentityLevel = z.infer<typeof level>;

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
  /**
   * Identity a signer needs: a confirmed email, or an identity verified through a trusted provider. Unset, it is
   * `verified` for national bodies (as on the state's petition sites) and `email` for everyone else.
   */
  signatureLevel: level.optional(),
  /** Identity the author of a new petition needs; unset, the same default as for signing. */
  filingLevel: level.optional(),
  /** Signers' names are public only if the authority's rules say so; emails never are. */
  publicSignerNames: z.boolean().default(false),
});

export type PetitionSettings = Omit<z.infer<typeof petitionSettingsSchema>, 'signatureLevel' | 'filingLevel'> & {
  signatureLevel: IdentityLevel;
  filingLevel: IdentityLevel;
};

/** What the defaults depend on: whether the authority is a national body (the core decides, by its kind). */
export interface PetitionSettingsContext {
  national: boolean;
}

/**
 * Reads an authority's settings, filling every missing value with the national default. Invalid values throw:
 * a misconfigured threshold must stop the service, not silently fall back to 25,000.
 */
export function petitionSettings(raw: unknown, context: PetitionSettingsContext): PetitionSettings {
  const parsed = petitionSettingsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new Error(`Invalid petition settings:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  const identity: IdentityLevel = context.national ? 'verified' : 'email';
  return { ...parsed.data, signatureLevel: parsed.data.signatureLevel ?? identity, filingLevel: parsed.data.filingLevel ?? identity };
}
