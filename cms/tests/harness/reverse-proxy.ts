import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/**
 * A real TLS-terminating reverse proxy (Debian's nginx) in front of a test Strapi, configured the way the README
 * tells operators to: it appends the client's address to X-Forwarded-For and sets X-Forwarded-Proto and -Host.
 * Everything it writes (config, certificate, pid, logs, buffers) stays in its own folder of the test run.
 */
export interface ReverseProxy {
  /** The public origin, e.g. https://localhost:41234 (resolve localhost to 127.0.0.1 yourself). */
  url: string;
  port: number;
  /** The self-signed certificate clients must trust. */
  certificate: string;
  stop(): Promise<void>;
}

const NGINX = '/usr/sbin/nginx';

/** Installs Debian's nginx when the machine lacks it, as .ci/run does (and as it does for Chromium). */
export function ensureNginx(): string {
  if (existsSync(NGINX)) return NGINX;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { env, stdio: 'ignore' });
  if (!existsSync(NGINX)) throw new Error(`apt-get install nginx did not provide ${NGINX}`);
  return NGINX;
}

const configFor = (dir: string, port: number, upstream: string) => `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  client_max_body_size 11m;
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${dir}/tls.crt;
    ssl_certificate_key ${dir}/tls.key;
    location / {
      proxy_pass ${upstream};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
    }
  }
}
`;

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** A running nginx of a test: its certificate, and a stop that lets open requests finish. */
export interface RunningNginx {
  certificate: string;
  stop(): Promise<void>;
}

/**
 * Runs Debian's nginx from a fresh `dir` (installed first when missing): makes a self-signed certificate for
 * localhost (`dir/tls.crt`, `dir/tls.key`), lets the caller write `dir/nginx.conf` (and what it includes), starts
 * nginx in the foreground and waits until it accepts on `port`.
 */
export async function runNginx(dir: string, port: number, writeConfig: () => void): Promise<RunningNginx> {
  const nginx = ensureNginx();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  execFileSync('openssl', [
    'req', '-x509', '-nodes', '-days', '2', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-keyout', join(dir, 'tls.key'), '-out', join(dir, 'tls.crt'),
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ], { stdio: 'ignore' });
  writeConfig();

  // -e: nginx opens its compiled-in error log before reading the config unless told otherwise.
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  // SIGTERM, not SIGKILL: the master then stops its worker too.
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);

  const deadline = Date.now() + 20_000;
  while (!(await accepts(port))) {
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start on port ${port}:\n${stderr}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    certificate: readFileSync(join(dir, 'tls.crt'), 'utf8'),
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', stopOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGQUIT: nginx finishes open requests, then its master and worker exit.
        child.kill('SIGQUIT');
      }),
  };
}

/** Starts nginx on `port` (TLS, certificate for localhost) in front of `upstream` (http://127.0.0.1:…). */
export async function startReverseProxy(options: { dir: string; port: number; upstream: string }): Promise<ReverseProxy> {
  const { dir, port, upstream } = options;
  const nginx = await runNginx(dir, port, () => writeFileSync(join(dir, 'nginx.conf'), configFor(dir, port, upstream)));
  return { url: `https://localhost:${port}`, port, ...nginx };
}
