import type { Context } from 'koa';
import { loadEnv } from '@vzd/config';

export const SESSION_COOKIE = 'vzd_session';
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** httpOnly keeps the token away from page scripts; SameSite=Lax keeps it off cross-site POSTs. */
export function setSessionCookie(ctx: Context, jwt: string): void {
  ctx.cookies.set(SESSION_COOKIE, jwt, {
    httpOnly: true,
    sameSite: 'lax',
    secure: loadEnv().isProduction,
    path: '/',
    maxAge: MAX_AGE_MS,
    overwrite: true,
  });
}

export function clearSessionCookie(ctx: Context): void {
  ctx.cookies.set(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: loadEnv().isProduction,
    path: '/',
    maxAge: 0,
    overwrite: true,
  });
}
