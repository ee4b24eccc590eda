import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { superviseServer, type SupervisedServer } from '../supervisor';

/** A postmaster stand-in: `die` is what the kernel does to a SIGKILLed process and its pipes. */
class FakePostmaster extends EventEmitter {
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  die(signal: NodeJS.Signals | null, code: number | null = null) {
    this.signalCode = signal;
    this.exitCode = code;
    this.emit('close', code, signal);
  }
}

class FakeServer implements SupervisedServer {
  process?: ChildProcess;
  starts = 0;
  stops = 0;
  failingStarts = 0;
  constructor() {
    this.process = new FakePostmaster() as unknown as ChildProcess;
  }
  get postmaster() {
    return this.process as unknown as FakePostmaster;
  }
  async start() {
    this.starts += 1;
    if (this.failingStarts > 0) {
      this.failingStarts -= 1;
      throw new Error('could not bind IPv4 address');
    }
    this.process = new FakePostmaster() as unknown as ChildProcess;
  }
  async stop() {
    this.stops += 1;
    this.process = undefined;
  }
}

function supervised() {
  const server = new FakeServer();
  const reports: string[] = [];
  let pidChecks = 0;
  const supervision = superviseServer(server, { report: (line) => reports.push(line), beforeStart: () => (pidChecks += 1), recentLog: () => '' });
  return { server, reports, supervision, pidChecks: () => pidChecks };
}

describe('supervision of the embedded PostgreSQL', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('restarts a killed postmaster after half a second, checking for a stale pid file first, and says why', async () => {
    const { server, reports, supervision, pidChecks } = supervised();
    server.postmaster.die('SIGKILL');
    expect(supervision.status()).toMatchObject({ state: 'restarting', lastExit: 'killed by SIGKILL' });
    await jest.advanceTimersByTimeAsync(499);
    expect(server.starts).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(server.starts).toBe(1);
    expect(pidChecks()).toBe(1);
    expect(supervision.status()).toMatchObject({ state: 'running', restarts: 1 });
    expect(reports[0]).toBe('The embedded PostgreSQL stopped unexpectedly (killed by SIGKILL); restarting it in 0.5 s (attempt 1).');
    expect(reports[1]).toMatch(/^The embedded PostgreSQL is running again \(restart 1, \d+ ms to start\)\.$/);
  });

  it('doubles the wait while starts keep failing, and watches the server again once one succeeds', async () => {
    const { server, reports, supervision } = supervised();
    server.failingStarts = 2;
    server.postmaster.die(null, 1);
    await jest.advanceTimersByTimeAsync(500 + 1000 + 2000);
    expect(server.starts).toBe(3);
    expect(reports[1]).toBe('The embedded PostgreSQL did not start again (could not bind IPv4 address); restarting it in 1 s (attempt 2).');
    expect(reports[2]).toMatch(/restarting it in 2 s \(attempt 3\)/);
    expect(supervision.status()).toMatchObject({ state: 'running', restarts: 1, lastExit: 'exited with code 1' });

    server.postmaster.die('SIGKILL');
    // Less than a minute after the last restart: a crash loop, so the wait keeps growing.
    await jest.advanceTimersByTimeAsync(4000);
    expect(server.starts).toBe(4);
  });

  it('starts from the shortest wait again after a minute of healthy running', async () => {
    const { server } = supervised();
    server.failingStarts = 1;
    server.postmaster.die('SIGKILL');
    await jest.advanceTimersByTimeAsync(1500);
    expect(server.starts).toBe(2);
    await jest.advanceTimersByTimeAsync(60_000);
    server.postmaster.die('SIGKILL');
    await jest.advanceTimersByTimeAsync(500);
    expect(server.starts).toBe(3);
  });

  it('does not restart a server it was asked to stop', async () => {
    const { server, supervision } = supervised();
    const postmaster = server.postmaster;
    await supervision.stop();
    postmaster.die(null, 0);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(server.starts).toBe(0);
    expect(supervision.status().state).toBe('stopped');
  });

  it('cancels a pending restart when stopped while the server is down', async () => {
    const { server, supervision } = supervised();
    server.postmaster.die('SIGKILL');
    await supervision.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(server.starts).toBe(0);
    expect(server.stops).toBe(1);
  });
});
