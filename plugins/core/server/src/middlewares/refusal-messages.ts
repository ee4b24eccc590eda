import type { Bilingual } from '../../../shared/http-errors';

/**
 * What a refusal written by a library (Strapi, its admin, users-permissions, the router, the body parser) says
 * to a citizen instead of its English-only wording, by status. The original wording is kept in `details.reason`.
 */
export const REFUSALS: Record<number, { code: string; message: Bilingual }> = {
  401: { code: 'unauthorized', message: { uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' } },
  403: { code: 'forbidden', message: { uk: 'Недостатньо прав для цієї дії', en: 'You are not allowed to do this' } },
  404: { code: 'not_found', message: { uk: 'Не знайдено', en: 'Not found' } },
  405: { code: 'method_not_allowed', message: { uk: 'Цей метод запиту тут не підтримується', en: 'This request method is not allowed here' } },
  413: {
    code: 'payload_too_large',
    message: { uk: 'Запит або файл завеликий', en: 'The request or the file is too large' },
  },
  429: { code: 'rate_limited', message: { uk: 'Забагато запитів, спробуйте пізніше', en: 'Too many requests, please try again later' } },
};

/** Ukrainian first, then English (`uk / en`): the form every message of the platform takes. */
export const isBilingual = (message: unknown): boolean =>
  typeof message === 'string' && message.includes(' / ') && /[А-Яа-яІіЇїЄєҐґ]/.test(message);
