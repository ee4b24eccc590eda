import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import send from 'koa-send';
import { fromRoot, loadEnv } from '@vzd/config';

const STRAPI_PREFIXES = ['api', 'admin', 'uploads', '_health', 'i18n', 'content-manager', 'upload', 'users-permissions', 'documentation'];

/** Strapi's own paths and every plugin's admin API (`/<plugin>/…`): the router answers those, never the file server. */
const ownedByStrapi = (pluginNames: string[]) => new RegExp(`^/(${[...STRAPI_PREFIXES, ...pluginNames].map((p) => p.replace(/[^\w-]/g, '')).join('|')})(/|$)`);

const decoded = (path: string): string | null => {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
};

/**
 * Paths no page of the site has, which a browser could read as another host once echoed in a redirect
 * (`//evil.example/…` is protocol-relative; an encoded `/` or `\` becomes one after decoding).
 */
const HOSTILE_PATH = /^\/\/|\\|%2f|%5c/i;

/** The same-origin path of a folder, normalised and re-encoded segment by segment, with its trailing slash. */
const folderPath = (relative: string): string => `${relative.split('/').map(encodeURIComponent).join('/')}/`;

/**
 * Serves the built static site from the same origin as /api and /admin (ARCHITECTURE rule 8). In production a
 * CDN or nginx serves it instead; this keeps the default run to one process.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = fromRoot(loadEnv().SITE_DIST_DIR);
  const OWNED_BY_STRAPI = ownedByStrapi(Object.keys(strapi.plugins));
  const notFoundPage = async (ctx: Context) => {
    if (existsSync(join(root, '404.html'))) await send(ctx, '404.html', { root });
    ctx.status = 404;
  };

  return async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || OWNED_BY_STRAPI.test(ctx.path)) return next();

    if (HOSTILE_PATH.test(ctx.path)) return notFoundPage(ctx);
    // A path no file can have (malformed percent-encoding) is the router's to answer, with a 404 at most.
    const raw = decoded(ctx.path);
    if (raw === null) return next();
    const relative = posix.normalize(raw);
    const target = join(root, relative);
    if (!relative.endsWith('/') && !/\.[a-z0-9]+$/i.test(relative) && existsSync(target) && statSync(target).isDirectory()) {
      ctx.redirect(`${folderPath(relative)}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
      return;
    }
    try {
      const served = await send(ctx, relative, { root, index: 'index.html', hidden: false, maxage: 0 });
      if (served) {
        // Pages change on every rebuild; hashed assets under /_astro never do.
        ctx.set('Cache-Control', relative.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        return;
      }
    } catch (error) {
      // Not a file of the site (missing, malformed, or outside the root): the router decides.
      const status = (error as { status?: number }).status;
      if (status === undefined || status < 400 || status >= 500) throw error;
    }
    await next();
    if (ctx.status === 404 && !ctx.path.startsWith('/api/')) await notFoundPage(ctx);
  };
};
