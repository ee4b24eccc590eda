import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { fromRoot, loadEnv } from '@vzd/config';
import { buildStaticSite } from '../site/astro-build';

// Only one instance builds at a time; the others skip (the builder reads the whole API anyway).
const BUILD_LOCK = "SELECT pg_try_advisory_lock(hashtext('vzd-site-build')) AS locked";
const BUILD_UNLOCK = "SELECT pg_advisory_unlock(hashtext('vzd-site-build'))";

/**
 * Rebuilds the static site when published content changes (ARCHITECTURE rule 9): requests within the debounce
 * window collapse into one build, which writes to a fresh folder and then swaps it in, so readers never see a
 * half-built site.
 */
const siteBuilder = ({ strapi }: { strapi: Core.Strapi }) => {
  const env = loadEnv();
  const target = fromRoot(env.SITE_DIST_DIR);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const buildOnce = async (): Promise<void> => {
    const connection = await strapi.db.connection.client.acquireConnection();
    try {
      const { rows } = await connection.query(BUILD_LOCK);
      if (!rows[0].locked) return;
      const next = `${target}.next`;
      const old = `${target}.old`;
      rmSync(next, { recursive: true, force: true });
      const started = Date.now();
      await buildStaticSite(next, env.SITE_API_URL);
      rmSync(old, { recursive: true, force: true });
      if (existsSync(target)) renameSync(target, old);
      renameSync(next, target);
      rmSync(old, { recursive: true, force: true });
      strapi.log.info(`[site] rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await connection.query(BUILD_UNLOCK).catch(() => undefined);
      await strapi.db.connection.client.releaseConnection(connection);
    }
  };

  const build = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await buildOnce();
      } while (again);
    })().finally(() => (running = null));
    return running;
  };

  return {
    /** Builds now and resolves when the new site is live. */
    buildNow: build,

    /** Schedules a rebuild; a burst of changes gives one build. */
    requestRebuild(reason: string): void {
      if (!env.SITE_REBUILD) return;
      strapi.log.debug(`[site] rebuild requested: ${reason}`);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        build().catch((e) => strapi.log.error(`[site] ${e instanceof Error ? e.message : String(e)}`));
      }, env.SITE_REBUILD_DEBOUNCE_MS);
      timer.unref();
    },

    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
};

export default siteBuilder;
