import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { bilingual, type Bilingual } from '../../../shared/http-errors';

const GENERIC: Record<number, { code: string; message: Bilingual }> = {
  401: { code: 'unauthorized', message: { uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' } },
  403: { code: 'forbidden', message: { uk: 'Недостатньо прав для цієї дії', en: 'You are not allowed to do this' } },
  404: { code: 'not_found', message: { uk: 'Не знайдено', en: 'Not found' } },
};

const isBodyParseError = (e: unknown): boolean => {
  const err = e as { status?: number; type?: string; name?: string };
  return err?.status === 400 && (err.name === 'SyntaxError' || /^entity\.|parse/.test(err.type ?? ''));
};

/**
 * Keeps the promise that every answer is a JSON error in Ukrainian and English with field details: Strapi's own
 * generic 401/403/404 bodies get bilingual messages, and an unparsable body becomes a 400 on the field "body".
 * Sits between `strapi::errors` and `strapi::body`.
 */
export default () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!isBodyParseError(error)) throw error;
    const message = { uk: 'Тіло запиту не є коректним JSON-об’єктом', en: 'The request body is not a valid JSON object' };
    throw new errors.ValidationError(bilingual({ uk: 'Дані не пройшли перевірку', en: 'The request is not valid' }), {
      errors: [{ path: ['body'], message: message.uk, messageEn: message.en }],
    });
  }
  const body = ctx.body as { error?: { status?: number; message?: string; details?: Record<string, unknown> } } | undefined;
  const generic = GENERIC[ctx.status];
  if (generic && body?.error && ['Unauthorized', 'Forbidden', 'Not Found', 'NotFound'].includes(body.error.message ?? '')) {
    body.error.message = bilingual(generic.message);
    body.error.details = { ...(body.error.details ?? {}), code: generic.code };
  }
};
