import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../shared/http-errors';
import { refusedForNoSession, type AuthState } from './no-session';
import { isBilingual, REFUSALS } from './refusal-messages';

interface ErrorBody {
  data?: unknown;
  error?: { status?: number; name?: string; message?: string; details?: Record<string, unknown> };
}

/** koa-body's JSON/form parsers (co-body, status 400) and formidable (an `httpCode`, no status) on a broken body. */
const isBodyParseError = (e: unknown): boolean => {
  const err = e as { status?: number; type?: string; name?: string; httpCode?: unknown };
  if (err?.status === 400 && (err.name === 'SyntaxError' || /^entity\.|parse/.test(err.type ?? ''))) return true;
  return err?.status === undefined && typeof err?.httpCode === 'number' && err.httpCode >= 400 && err.httpCode < 500 && err.httpCode !== 413;
};

const isTooLarge = (e: unknown): boolean => {
  const err = e as { status?: number; httpCode?: number };
  return err?.status === 413 || err?.httpCode === 413;
};

const invalidBody = () => {
  const message = { uk: 'Тіло запиту не вдалося прочитати', en: 'The request body could not be read' };
  return new errors.ValidationError(bilingual({ uk: 'Дані не пройшли перевірку', en: 'The request is not valid' }), {
    code: 'invalid_body',
    errors: [{ path: ['body'], message: message.uk, messageEn: message.en }],
  });
};

const tooLarge = (reason: string) =>
  new errors.PayloadTooLargeError(bilingual(REFUSALS[413].message), {
    code: REFUSALS[413].code,
    reason,
    errors: [{ path: ['body'], message: REFUSALS[413].message.uk, messageEn: REFUSALS[413].message.en }],
  });

/** Gives an English-only refusal of a known status the bilingual wording, keeping the original as `reason`. */
function translate(error: { status?: number; message?: string; details?: Record<string, unknown> }, status: number) {
  const refusal = REFUSALS[status];
  if (!refusal || isBilingual(error.message)) return;
  const details: Record<string, unknown> = { ...(error.details ?? {}), code: (error.details?.code as string | undefined) ?? refusal.code, reason: error.message };
  // strapi::body's answer to an upload over formidable's maxFileSize: the field at fault is the file.
  if (status === 413 && error.message === 'FileTooBig') {
    details.errors = [{ path: ['files'], message: refusal.message.uk, messageEn: refusal.message.en }];
  }
  error.details = details;
  error.message = bilingual(refusal.message);
}

/**
 * Keeps the promise that every answer is a JSON error in Ukrainian and English with field details, also where a
 * library wrote it: an unreadable body is a 400 on the field "body", an oversized one a 413 with details, the
 * router's plain-text 405 becomes the JSON envelope, a refusal for want of a session is 401 (not users-permissions'
 * 403), and English-only 401/403/404/413/429 get bilingual messages.
 * Sits between `strapi::errors` and `strapi::body`.
 */
export default () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (isBodyParseError(error)) throw invalidBody();
    if (isTooLarge(error)) throw tooLarge((error as Error).message);
    const thrown = error as { status?: number; message?: string; details?: Record<string, unknown> };
    if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) {
      translate(thrown, thrown.status ?? statusOfApplicationError(error));
    }
    throw error;
  }
  if (ctx.status === 405 || ctx.status === 501) {
    // @koa/router's allowedMethods(): plain text, and 501 for a method no route knows — still the caller's mistake.
    ctx.status = 405;
    ctx.body = { data: null, error: { status: 405, name: 'MethodNotAllowedError', message: 'Method Not Allowed', details: { allow: ctx.response.get('Allow') } } };
  }
  if (refusedForNoSession(ctx.status, (ctx.body as ErrorBody | undefined)?.error, ctx.state.auth as AuthState | undefined)) ctx.unauthorized();
  const body = ctx.body as ErrorBody | undefined;
  if (ctx.status >= 400 && body && typeof body === 'object' && body.error) translate(body.error, ctx.status);
};

// The same classes and statuses strapi::errors uses to answer a thrown error (any other ApplicationError is a 400).
const STATUS_OF: [new (...args: never[]) => Error, number][] = [
  [errors.UnauthorizedError, 401],
  [errors.ForbiddenError, 403],
  [errors.NotFoundError, 404],
  [errors.PayloadTooLargeError, 413],
  [errors.RateLimitError, 429],
];

const statusOfApplicationError = (error: unknown): number => STATUS_OF.find(([type]) => error instanceof type)?.[1] ?? 400;
