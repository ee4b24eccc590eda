import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { fromRoot, loadEnv } from '@vzd/config';
import { buildStaticSite } from '../site/astro-build';
import type { Metrics } from '../observability/metrics';

// Only one instance builds at a time; the others skip (the builder reads the whole API anyway).
const BUILD_LOCK = "SELECT pg_try_advisory_lock(hashtext('vzd-site-build')) AS locked";
const BUILD_UNLOCK = "SELECT pg_advisory_unlock(hashtext('vzd-site-build'))";
// The marker in core_site_build (see database/site-build-schema.ts) makes a requested rebuild survive a crash.
const REMEMBER_REQUEST = 'UPDATE core_site_build SET requested_at = now() WHERE id = 1';
const IS_OUTSTANDING = "SELECT requested_at > coalesce(built_from, '-infinity') AS due FROM core_site_build WHERE id = 1";
const CHANGED_SINCE = 'SELECT requested_at > $1 AS changed FROM core_site_build WHERE id = 1';
const RECORD_BUILD = 'UPDATE core_site_build SET built_from = greatest(coalesce(built_from, $1), $1) WHERE id = 1';

/**
 * Rebuilds the static site when published content changes (ARCHITECTURE rule 9): requests within the debounce
 * window collapse into one build, which writes to a fresh folder and then swaps it in, so readers never see a
 * half-built site. A request is written to the database first, so one that a crash interrupted (before or during
 * its build) is carried out when any instance starts again, and one that came in during a build gets a build too.
 */
const siteBuilder = ({ strapi }: { strapi: Core.Strapi }) => {
  const env = loadEnv();
  const target = fromRoot(env.SITE_DIST_DIR);
  const knex = () => strapi.db.connection;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const logError = (e: unknown) => strapi.log.error(`[site] ${e instanceof Error ? e.message : String(e)}`);

  /** Builds once under the lock; true when content changed while it was building (so it is stale already). */
  const buildOnce = async (): Promise<boolean> => {
    const connection = await knex().client.acquireConnection();
    try {
      const { rows } = await connection.query(BUILD_LOCK);
      if (!rows[0].locked) return false;
      // The database clock, like requested_at: a change after this moment is not in this build.
      const startedFrom: Date = (await connection.query('SELECT clock_timestamp() AS t')).rows[0].t;
      const next = `${target}.next`;
      const old = `${target}.old`;
      rmSync(next, { recursive: true, force: true });
      const started = Date.now();
      await buildStaticSite(next, env.SITE_API_URL, env.SITE_BUILD_HEAP_MB);
      rmSync(old, { recursive: true, force: true });
      if (existsSync(target)) renameSync(target, old);
      renameSync(next, target);
      rmSync(old, { recursive: true, force: true });
      await connection.query(RECORD_BUILD, [startedFrom]);
      const seconds = (Date.now() - started) / 1000;
      (strapi.plugin('core').service('metrics') as Metrics).siteBuilds.observe(seconds);
      strapi.log.info(`[site] rebuilt in ${seconds.toFixed(1)} s`);
      return (await connection.query(CHANGED_SINCE, [startedFrom])).rows[0]?.changed === true;
    } finally {
      await connection.query(BUILD_UNLOCK).catch(() => undefined);
      await knex().client.releaseConnection(connection);
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
        if (await buildOnce()) again = true;
      } while (again);
    })().finally(() => (running = null));
    return running;
  };

  const outstanding = async (): Promise<boolean> => (await knex().raw(IS_OUTSTANDING)).rows[0]?.due === true;

  /** After the debounce, builds if a request is still outstanding (another instance may have built meanwhile). */
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      outstanding()
        .then((due) => (due ? build() : undefined))
        .catch(logError);
    }, env.SITE_REBUILD_DEBOUNCE_MS);
    timer.unref();
  };

  return {
    /** Builds now and resolves when the new site is live. */
    buildNow: build,

    /**
     * Schedules a rebuild; a burst of changes gives one build. The request is remembered even where this instance
     * does not build (SITE_REBUILD off), so whichever instance or builder does can tell the site is stale.
     */
    requestRebuild(reason: string): void {
      strapi.log.debug(`[site] rebuild requested: ${reason}`);
      const scheduleHere = () => (env.SITE_REBUILD ? schedule() : undefined);
      knex().raw(REMEMBER_REQUEST).then(scheduleHere, (e: unknown) => {
        logError(e);
        scheduleHere();
      });
    },

    /** At start: carries out a rebuild that was requested but not completed before the last stop or crash. */
    async resumeOutstanding(): Promise<void> {
      if (!env.SITE_REBUILD) return;
      if (!(await outstanding())) return;
      strapi.log.info('[site] a rebuild requested before the last stop was not completed: rebuilding');
      // The builder reads the site's data over HTTP, so it waits for this instance to listen.
      const http = strapi.server.httpServer;
      if (http.listening) schedule();
      else http.once('listening', schedule);
    },

    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
};

export default siteBuilder;
