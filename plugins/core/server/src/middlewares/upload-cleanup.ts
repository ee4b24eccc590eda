import { rm } from 'node:fs/promises';
import type { Context, Next } from 'koa';

type Uploaded = { filepath?: string } | { filepath?: string }[] | undefined;

const pathsOf = (files: Record<string, Uploaded> | undefined): string[] =>
  Object.values(files ?? {})
    .flatMap((f) => (Array.isArray(f) ? f : [f]))
    .map((f) => f?.filepath)
    .filter((p): p is string => typeof p === 'string');

/**
 * Removes every file the body parser stored for this request once the request is over, whatever the outcome.
 * `strapi::body` removes only the field named "files" and only after a success, so a refused request (anonymous,
 * invalid, over a limit) would otherwise leave its upload in the temp folder for good. Wraps `strapi::body`.
 */
export default () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } finally {
    const paths = pathsOf((ctx.request as { files?: Record<string, Uploaded> }).files);
    await Promise.all(paths.map((p) => rm(p, { force: true }).catch(() => undefined)));
  }
};
