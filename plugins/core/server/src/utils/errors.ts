import createHttpError from 'http-errors';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { bilingual, parseWithFieldErrors, type Bilingual } from '../../../shared/http-errors';

/** 400 with field messages; Strapi's error middleware renders `details`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseWithFieldErrors(schema, input);
  if (result.ok) return result.data;
  throw new errors.ValidationError(
    bilingual({ uk: 'Дані не пройшли перевірку', en: 'The request is not valid' }),
    { errors: result.errors },
  );
}

export const conflict = (code: string, message: Bilingual): Error =>
  createHttpError(409, bilingual(message), { details: { code } });

// Strapi's route layer replaces a plain ForbiddenError/UnauthorizedError with a bare "Forbidden"/"Unauthorized";
// PolicyError and http-errors pass through with their message and code.
export const forbidden = (code: string, message: Bilingual): Error => new errors.PolicyError(bilingual(message), { code });

export const unauthorized = (message: Bilingual, code = 'unauthorized'): Error =>
  createHttpError(401, bilingual(message), { details: { code } });

export const notFound = (message: Bilingual): Error => new errors.NotFoundError(bilingual(message), {});

export const tooManyRequests = (retryAfterSeconds: number): Error =>
  new errors.RateLimitError(
    bilingual({ uk: 'Забагато запитів, спробуйте трохи згодом', en: 'Too many requests, please try again shortly' }),
    { retryAfterSeconds },
  );

/** 400 for one field whose problem only the domain can see (an unknown authority, a too-short answer). */
export const invalidField = (path: string, message: Bilingual): Error =>
  new errors.ValidationError(bilingual({ uk: 'Дані не пройшли перевірку', en: 'The request is not valid' }), {
    errors: [{ path: [path], message: message.uk, messageEn: message.en }],
  });

/** 507: the platform's disk is nearly full, so it takes no more files for now (the request itself was fine). */
export const insufficientStorage = (): Error =>
  createHttpError(
    507,
    bilingual({
      uk: 'Сховище файлів майже заповнене, тому зараз файл не прийнято. Спробуйте пізніше або напишіть адміністраторам платформи',
      en: 'File storage is nearly full, so the file was not accepted now. Please try later or write to the platform administrators',
    }),
    { details: { code: 'storage_full' } },
  );

/** 429 for a quota that counts (one item too many), with the domain's code and message. */
export const quotaExceeded = (code: string, message: Bilingual): Error => createHttpError(429, bilingual(message), { details: { code } });

/** 413 for a quota of bytes, on the field that carried them. */
export const tooManyBytes = (field: string, code: string, message: Bilingual): Error =>
  new errors.PayloadTooLargeError(bilingual(message), { code, errors: [{ path: [field], message: message.uk, messageEn: message.en }] });
