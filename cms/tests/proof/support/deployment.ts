import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';
import { runNginx } from '../../harness/reverse-proxy';

const DEPLOY_NGINX = join(repoRoot, 'deploy', 'nginx');
/** What deploy/README.md has operators pass to envsubst: only these are replaced, nginx's own $variables stay. */
const VARIABLES = ['VZD_SERVER_NAME', 'VZD_LISTEN', 'VZD_LISTEN_HTTP', 'VZD_TLS_CERT', 'VZD_TLS_KEY', 'VZD_SITE_ROOT', 'VZD_UPSTREAM_SERVERS'] as const;
export type DeployValues = Record<(typeof VARIABLES)[number], string>;

/** deploy/nginx/vzayemodiia.conf.template with its variables filled in, as envsubst would. */
export function renderSiteConfig(values: DeployValues): string {
  const template = readFileSync(join(DEPLOY_NGINX, 'vzayemodiia.conf.template'), 'utf8');
  return template.replace(/\$\{(VZD_[A-Z_]+)\}/g, (whole, name: string) => (name in values ? values[name as keyof DeployValues] : whole));
}

/**
 * What Debian's /etc/nginx/nginx.conf gives the site file, kept inside `dir` (no root paths): pid, logs, temporary
 * folders, MIME types. The access log records which instance answered each request.
 */
const mainConfig = (dir: string) => `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  log_format upstream '$request_method $request_uri $status $upstream_addr';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  include ${dir}/vzayemodiia.conf;
}
`;

export interface DeployedNginx {
  url: string;
  port: number;
  certificate: string;
  /** The access log: one `METHOD URI STATUS UPSTREAM` line per request. */
  accessLog(): string[];
  send(method: string, path: string, options?: { body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<DeployedResponse>;
  stop(): Promise<void>;
}

export interface DeployedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Starts deploy/nginx as the runbook installs it, with a throwaway certificate, in front of `upstreams`. */
export async function startDeployedNginx(options: { dir: string; port: number; httpPort: number; siteRoot: string; upstreams: string[] }): Promise<DeployedNginx> {
  const { dir, port } = options;
  const nginx = await runNginx(dir, port, () => {
    // Included by relative name, so they sit beside the main file, as in /etc/nginx.
    for (const file of ['vzd_proxy_headers', 'vzd_site_headers']) copyFileSync(join(DEPLOY_NGINX, file), join(dir, file));
    writeFileSync(
      join(dir, 'vzayemodiia.conf'),
      renderSiteConfig({
        VZD_SERVER_NAME: 'localhost',
        VZD_LISTEN: `127.0.0.1:${port}`,
        VZD_LISTEN_HTTP: `127.0.0.1:${options.httpPort}`,
        VZD_TLS_CERT: join(dir, 'tls.crt'),
        VZD_TLS_KEY: join(dir, 'tls.key'),
        VZD_SITE_ROOT: options.siteRoot,
        VZD_UPSTREAM_SERVERS: options.upstreams.map((u) => `server ${u} max_fails=0;`).join(' '),
      }),
    );
    writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
  });

  const { certificate } = nginx;
  const agent = new Agent({ keepAlive: true, maxSockets: 16, ca: certificate, servername: 'localhost' });
  const url = `https://localhost:${port}`;
  const send: DeployedNginx['send'] = (method, path, opts = {}) =>
    new Promise((resolve, reject) => {
      const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
      const headers: Record<string, string> = { accept: 'application/json', host: `localhost:${port}`, ...opts.headers };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      if (opts.cookie) headers.cookie = opts.cookie;
      if (method !== 'GET') headers.origin ??= url;
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(payload);
    });

  return {
    url,
    port,
    certificate,
    accessLog: () => (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean) : []),
    send,
    stop: () => {
      agent.destroy();
      return nginx.stop();
    },
  };
}
