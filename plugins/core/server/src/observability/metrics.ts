import type { Core } from '@strapi/strapi';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The instance's Prometheus metrics. Counters and histograms live in this process (Prometheus scrapes every
 * instance and sums); figures that belong to the whole platform (outbox, site build) are read from PostgreSQL
 * when scraped, so every instance reports the same truth.
 */
export function createMetrics(strapi: Core.Strapi) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vzd_process_' });
  const knex = () => strapi.db.connection;

  const requests = new Counter({
    name: 'vzd_http_requests_total',
    help: 'HTTP requests by route pattern, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'vzd_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern and method',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const participation = new Counter({
    name: 'vzd_participation_events_total',
    help: 'Participation events recorded by this instance (signatures, responses, comments, state changes)',
    labelNames: ['module', 'action'] as const,
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'vzd_scheduled_job_runs_total',
    help: 'Scheduled job ticks run by this instance, by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });

  new Gauge({
    name: 'vzd_db_pool_connections',
    help: 'Database connections of this instance by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = (knex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'free' }, pool.numFree());
      this.set({ state: 'pending' }, pool.numPendingAcquires());
    },
  });
  new Gauge({
    name: 'vzd_outbox_messages',
    help: 'Mail in the outbox by status (pending and failed wait to be sent; dead needs an official)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const { rows } = await knex().raw(
        "SELECT status, count(*)::int AS n FROM core_outbox WHERE status IN ('pending', 'failed', 'sending', 'dead') GROUP BY status",
      );
      this.reset();
      for (const status of ['pending', 'failed', 'sending', 'dead']) this.set({ status }, 0);
      for (const row of rows as { status: string; n: number }[]) this.set({ status: row.status }, row.n);
    },
  });
  new Gauge({
    name: 'vzd_site_build_age_seconds',
    help: 'Seconds since the live static site began reading the API, and since a change made it stale (0 when fresh)',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      const { rows } = await knex().raw(
        `SELECT extract(epoch FROM now() - built_from) AS built,
                CASE WHEN requested_at > coalesce(built_from, '-infinity') THEN extract(epoch FROM now() - requested_at) ELSE 0 END AS stale
           FROM core_site_build WHERE id = 1`,
      );
      const row = rows[0] as { built: number | null; stale: number } | undefined;
      if (row?.built != null) this.set({ kind: 'built' }, Number(row.built));
      this.set({ kind: 'stale' }, Number(row?.stale ?? 0));
    },
  });
  const loginSlowdowns = new Counter({
    name: 'vzd_login_slowed_total',
    help: 'Login attempts this instance made wait because their address had too many failed logins',
    registers: [registry],
  });
  const siteBuilds = new Histogram({
    name: 'vzd_site_build_duration_seconds',
    help: 'Duration of static site builds run by this instance',
    buckets: [5, 10, 20, 40, 80, 160, 320],
    registers: [registry],
  });

  return { registry, requests, latency, participation, jobRuns, siteBuilds, loginSlowdowns };
}

export type Metrics = ReturnType<typeof createMetrics>;
