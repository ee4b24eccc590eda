import { z } from 'zod';

/** The shortest period the platform accepts: a shorter one would leave no real time to read a draft act. */
export const MIN_PERIOD_WORKING_DAYS = 5;
/** Longer periods are possible by statute, but beyond a season a "consultation" is a different procedure. */
export const MAX_PERIOD_WORKING_DAYS = 90;

/**
 * One authority's consultation rules. Defaults follow the usual procedure for draft acts: a 15-working-day
 * period and a report within 10 working days after it ends; an authority may lengthen them.
 */
export const consultationSettingsSchema = z.object({
  /** Default period, used when an official does not choose one for a consultation. */
  periodWorkingDays: z
    .number()
    .int('periodWorkingDays must be a whole number')
    .min(MIN_PERIOD_WORKING_DAYS, `periodWorkingDays must be at least ${MIN_PERIOD_WORKING_DAYS}`)
    .max(MAX_PERIOD_WORKING_DAYS, `periodWorkingDays must be at most ${MAX_PERIOD_WORKING_DAYS}`)
    .default(15),
  /** The report is due this many working days after the period ends. */
  reportWorkingDays: z.number().int('reportWorkingDays must be a whole number').min(1, 'reportWorkingDays must be at least 1').default(10),
  /** Identity a participant needs: a confirmed email, or an identity verified through a trusted provider. */
  participationLevel: z.enum(['email', 'verified']).default('email'),
});

export type ConsultationSettings = z.infer<typeof consultationSettingsSchema>;

/** An authority's settings with every missing value filled with the default; invalid values throw. */
export function consultationSettings(raw: unknown): ConsultationSettings {
  const parsed = consultationSettingsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new Error(`Invalid consultation settings:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}
