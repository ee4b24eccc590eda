import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';
import { seeds } from '@vzd/database';
import { RUN_DIR, baseEnv } from '../../harness/test-environment';
import { freePort } from '../../harness/test-server';
import { startReverseProxy, type ReverseProxy } from '../../harness/reverse-proxy';
import { startIsolatedStack, type IsolatedStack } from '../../faults/support/isolated-stack';

/**
 * The production deployment the README describes, in small: nginx terminating TLS in front of a Strapi started with
 * NODE_ENV=production and TRUSTED_PROXY_HOPS=1, on its own database (the fault tests' isolated stack), so its rate
 * limits and demo data are its own.
 */
export interface ProductionBehindProxy {
  stack: IsolatedStack;
  proxy: ReverseProxy;
  /** A request through nginx from a chosen loopback address: nginx sees it as a different client. */
  send(method: string, path: string, options?: ProxiedRequest): Promise<ProxiedResponse>;
  close(): Promise<void>;
}

export interface ProxiedRequest {
  /** 127.0.0.x: the address nginx sees and appends to X-Forwarded-For. */
  from?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface ProxiedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: any;
}

/** Logins per address per minute in this stack: small, so a test reaches the limit in a few requests. */
export const AUTH_LIMIT = 3;

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'EMBEDDED_PG_PASSWORD', 'DEMO_PASSWORD'] as const;

/** Production reads no generated secrets: they come from the environment, as on a real server. */
export const productionSecrets = (): Record<string, string> => {
  const base = baseEnv();
  return Object.fromEntries(SECRETS.map((name) => [name, String(base[name])]));
};

/**
 * Runs `node cms/dist/scripts/serve.js` as an operator would (no database behind it: only the checks that run before
 * Strapi boots can pass or fail here). An `undefined` value removes the variable; gives the exit code and output.
 */
export function startServeScript(overrides: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' };
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'cms', 'dist', 'scripts', 'serve.js')], { cwd: join(repoRoot, 'cms'), env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, output: `${stdout}${stderr}` });
    });
  });
}

export async function startProductionBehindProxy(): Promise<ProductionBehindProxy> {
  if (!existsSync(join(repoRoot, 'cms', 'dist', 'build', 'index.html'))) {
    throw new Error('the admin panel is not built: run `node cms/tests/browser/support/ensure-admin-build.js` (npm test does)');
  }
  const port = await freePort();
  const stack = await startIsolatedStack('proxy', {
    env: {
      ...productionSecrets(),
      NODE_ENV: 'production',
      TRUSTED_PROXY_HOPS: '1',
      PUBLIC_URL: `https://localhost:${port}`,
      DEMO_SEED: 'true',
      // Served, to show the admin panel works under the production Content-Security-Policy (npm test builds it).
      SERVE_ADMIN_PANEL: 'true',
      SITE_REBUILD: 'false',
      RATE_LIMIT_AUTH_PER_MINUTE: String(AUTH_LIMIT),
    },
  });
  let proxy: ReverseProxy;
  try {
    proxy = await startReverseProxy({ dir: join(RUN_DIR, `nginx-${process.pid}`), port, upstream: stack.url });
  } catch (error) {
    await stack.close();
    throw error;
  }

  const send = (method: string, path: string, options: ProxiedRequest = {}): Promise<ProxiedResponse> =>
    new Promise((resolve, reject) => {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const headers: Record<string, string> = { accept: 'application/json', host: `localhost:${port}`, ...options.headers };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      if (options.cookie) headers.cookie = options.cookie;
      // What a browser on the site sends with a write.
      if (method !== 'GET') headers.origin ??= proxy.url;
      const req = request(
        { host: '127.0.0.1', port, servername: 'localhost', ca: proxy.certificate, localAddress: options.from, method, path, headers, agent: false },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => {
            let body: unknown = text;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              /* not JSON: keep the text */
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  return {
    stack,
    proxy,
    send,
    async close() {
      await proxy.stop();
      await stack.close();
    },
  };
}

/** The demo official's credentials in this stack (an admin-panel user). */
export const demoOfficialLogin = () => ({ email: seeds.demoOfficial.email, password: String(baseEnv().DEMO_PASSWORD) });

/** The demo citizen's credentials in this stack (DEMO_SEED with the machine's DEMO_PASSWORD). */
export const demoCitizenLogin = () => ({ identifier: seeds.demoCitizen.email, password: String(baseEnv().DEMO_PASSWORD) });
