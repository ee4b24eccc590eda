import { z } from 'zod';

/** Every message a citizen can read carries Ukrainian first, then English. */
export interface Bilingual {
  uk: string;
  en: string;
}

export const bilingual = (m: Bilingual): string => `${m.uk} / ${m.en}`;

export interface FieldError {
  path: (string | number)[];
  message: string;
  messageEn: string;
}

const ukLocale = z.locales.uk().localeError;
const enLocale = z.locales.en().localeError;

/** Parses with the contract; on failure returns field-level messages in both languages. */
export function parseWithFieldErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldError[] } {
  const uk = schema.safeParse(input, { error: ukLocale });
  if (uk.success) return { ok: true, data: uk.data };
  const en = schema.safeParse(input, { error: enLocale });
  const enIssues = en.success ? [] : en.error.issues;
  return {
    ok: false,
    errors: uk.error.issues.map((issue, i) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
      messageEn: enIssues[i]?.message ?? issue.message,
    })),
  };
}
