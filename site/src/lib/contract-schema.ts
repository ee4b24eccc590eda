import { z } from 'astro/zod';
import type { Parser } from './api';

/**
 * Astro's collections speak zod 3; the plugins' contracts are zod 4 (ARCHITECTURE rule 3: one source of truth).
 * This adapter lets the contract itself validate every entry (through the loader's `parseData`) while Astro learns
 * the entry type for `getCollection`. A mismatch fails the build, so a broken API never replaces a good site.
 */
export function fromContract<T>(contract: Parser<T>) {
  return z.any().transform((value, ctx): T => {
    const result = contract.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: issue.message,
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[],
      });
    }
    return z.NEVER;
  });
}
