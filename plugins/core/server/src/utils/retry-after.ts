import type { Context } from 'koa';

/** A lockout answers 429 with the wait in its details; browsers and clients read it from Retry-After too. */
export async function withRetryAfter<T>(ctx: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const wait = (error as { status?: number; details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds;
    if ((error as { status?: number }).status === 429 && wait) ctx.set('Retry-After', String(wait));
    throw error;
  }
}
