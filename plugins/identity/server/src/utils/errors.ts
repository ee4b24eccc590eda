import createHttpError from 'http-errors';
import { bilingual } from '@vzd/core/server';
import { waitText } from '../domain/lockout';

/** 429 while a login lockout lasts; the core's session controller copies the wait into Retry-After. */
export const lockedOut = (retryAfterSeconds: number): Error => {
  const wait = waitText(retryAfterSeconds);
  return createHttpError(
    429,
    bilingual({
      uk: `Забагато невдалих спроб входу. Спробуйте знову через ${wait.uk}`,
      en: `Too many failed sign-in attempts. Try again in ${wait.en}`,
    }),
    { details: { code: 'login_locked', retryAfterSeconds } },
  );
};
