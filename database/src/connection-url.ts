import type { Env } from '@vzd/config';

/** The URL of the database the platform uses: DATABASE_URL, or the embedded server's database. */
export function connectionUrl(env: Env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const password = encodeURIComponent(env.EMBEDDED_PG_PASSWORD);
  return `postgres://postgres:${password}@127.0.0.1:${env.EMBEDDED_PG_PORT}/${env.EMBEDDED_PG_DATABASE}`;
}
