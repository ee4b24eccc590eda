import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';
import { testServerEnv } from './test-environment';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Starts the compiled Strapi (cms/dist/scripts/serve.js) as a child process and waits until it listens. */
export async function startTestServer(
  databaseUrl: string,
  mailDir: string,
  extraEnv: Record<string, string> = {},
  port?: number,
): Promise<{ url: string; child: ChildProcess }> {
  const chosen = port ?? (await freePort());
  const child = fork(join(repoRoot, 'cms', 'dist', 'scripts', 'serve.js'), [], {
    cwd: join(repoRoot, 'cms'),
    env: { ...testServerEnv(chosen, databaseUrl, mailDir), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (c) => (output = (output + c).slice(-20000)));
  child.stderr?.on('data', (c) => (output = (output + c).slice(-20000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Strapi did not start in 120 s:\n${output}`)), 120_000);
    child.on('message', (m: { ready?: boolean }) => {
      if (m?.ready) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Strapi exited with ${code} before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  if (process.env.TEST_SERVER_LOG) {
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
  }
  return { url: `http://127.0.0.1:${chosen}`, child };
}

export function stopTestServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
