import { join } from 'node:path';
import { readEnv, repoRoot } from '@vzd/config';

/**
 * Everything one test run owns (database files, mail, built site, server description) lives in its own folder, so
 * several runs on one machine never share a database or a port. The jest parent picks it; workers inherit it.
 */
export const RUN_DIR = (process.env.VZD_TEST_RUN_DIR ??= join(repoRoot, '.data', 'test-runs', String(process.pid)));

/** Where the running test server is described for the test workers (written by global-setup). */
export const STATE_FILE = join(RUN_DIR, 'server.json');

/** Where the SMTP sink stores what the test server sends. */
export const TEST_MAIL_DIR = join(RUN_DIR, 'mail');

/** The static site built from the test server (and served by it). */
export const TEST_SITE_DIR = join(RUN_DIR, 'site');

export interface TestServerState {
  url: string;
  databaseUrl: string;
  mailDir: string;
  pid: number;
  /** Admin JWTs of the seeded official and super admin, by email. */
  adminTokens?: Record<string, string>;
}

/** Lets the tests read the test server's /metrics. */
export const TEST_METRICS_TOKEN = 'metrics-token-of-the-test-run';

/** The environment the test server runs with: production-like, but its own database, mail folder and port. */
export function testServerEnv(port: number, databaseUrl: string, mailDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '20',
    // The browser journeys log in to the admin panel (`npm test` builds it first; see the root package.json).
    SERVE_ADMIN_PANEL: 'true',
    DEMO_SEED: 'true',
    // Off: with it on, every state change in any test starts an astro build (about 20 per run, one core busy) and the
    // site other tests read changes under them. The browser journey that needs a fresh page rebuilds it itself.
    SITE_REBUILD: 'false',
    MAIL_DIR: mailDir,
    // Mail goes out over SMTP to the sink (services/smtp-sink.ts); retries are quick so dead letters show in seconds.
    MAIL_POLL_MS: '150',
    MAIL_RETRY_BASE_MS: '200',
    MAIL_MAX_ATTEMPTS: '3',
    MAIL_LEASE_SECONDS: '30',
    JOBS_INTERVAL_SECONDS: '2',
    RATE_LIMIT_WRITES_PER_MINUTE: '30',
    RATE_LIMIT_AUTH_PER_MINUTE: '300',
    LOG_LEVEL: 'warn',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
  };
}

export const baseEnv = () => readEnv({ ...process.env, NODE_ENV: 'test' });
