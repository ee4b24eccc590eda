import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { bilingual, type Bilingual, type FieldError } from '../../../shared/http-errors';
import { decodedPathSegments, flawOf, illFormedText, type TextFlaw } from '../domain/text/ill-formed-text';

const FLAW_MESSAGE: Record<TextFlaw | 'malformed_encoding', Bilingual> = {
  malformed_encoding: { uk: 'Адреса містить некоректне %-кодування', en: 'The address has malformed percent-encoding' },
  nul: { uk: 'Текст містить недопустимий символ NUL (U+0000)', en: 'The text contains a forbidden NUL character (U+0000)' },
  lone_surrogate: {
    uk: 'Текст містить непарний сурогатний символ (некоректний Unicode)',
    en: 'The text contains an unpaired surrogate (malformed Unicode)',
  },
};

const fieldError = (path: (string | number)[], flaw: keyof typeof FLAW_MESSAGE): FieldError => ({
  path,
  message: FLAW_MESSAGE[flaw].uk,
  messageEn: FLAW_MESSAGE[flaw].en,
});

/**
 * Refuses, with a 400 naming the field, any request whose path, query or body holds text PostgreSQL cannot store
 * or UTF-8 cannot encode (see ill-formed-text.ts), or whose path cannot be decoded at all. Sits right after `strapi::body`, so every route — Strapi's own
 * login and registration included — is covered before any handler, hash or query sees the text.
 */
export default () => async (ctx: Context, next: Next) => {
  const found: FieldError[] = [];
  const segments = decodedPathSegments(ctx.path);
  const pathFlaw = segments ? segments.map(flawOf).find(Boolean) : 'malformed_encoding';
  if (pathFlaw) found.push(fieldError(['path'], pathFlaw));
  for (const { path, flaw } of illFormedText(ctx.query)) found.push(fieldError(path, flaw));
  for (const { path, flaw } of illFormedText((ctx.request as { body?: unknown }).body)) found.push(fieldError(path, flaw));
  if (found.length) {
    throw new errors.ValidationError(bilingual({ uk: 'Дані не пройшли перевірку', en: 'The request is not valid' }), {
      code: 'ill_formed_text',
      errors: found,
    });
  }
  await next();
};
