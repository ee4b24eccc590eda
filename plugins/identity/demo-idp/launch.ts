import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readEnv } from '@vzd/config';

export interface DemoIdpOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on: loopback only. */
  host?: string;
  /** Where the platform may send citizens back; by default any port of 127.0.0.1 and localhost. */
  redirectUris?: string[];
  /** Extra invented people `test-01` … for tests (one person per test keeps tests independent). */
  testPersons?: number;
  /** Pass the provider's own output through (development); tests keep it for error reports only. */
  verbose?: boolean;
}

export interface DemoIdp {
  issuer: string;
  persons: string[];
  /** What the platform needs to use this provider: OIDC_* variables. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** server.mjs sits beside this file in the sources and two levels up from dist/demo-idp. */
function serverScript(): string {
  for (const candidate of [join(__dirname, 'server.mjs'), join(__dirname, '..', '..', 'demo-idp', 'server.mjs')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`demo identity provider: server.mjs not found near ${__dirname}`);
}

/** Starts the demo OpenID provider in its own process and resolves once it listens. */
export async function startDemoIdp(options: DemoIdpOptions = {}): Promise<DemoIdp> {
  const clientId = 'vzayemodiia-demo';
  const clientSecret = randomBytes(24).toString('base64url');
  const child: ChildProcess = fork(serverScript(), [], {
    env: {
      ...process.env,
      DEMO_IDP_CONFIG: JSON.stringify({
        host: options.host ?? '127.0.0.1',
        port: options.port ?? 0,
        clientId,
        clientSecret,
        redirectUris: options.redirectUris,
        testPersons: options.testPersons ?? 0,
      }),
    },
    stdio: options.verbose ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (c) => (output = (output + c).slice(-10_000)));
  child.stderr?.on('data', (c) => (output = (output + c).slice(-10_000)));

  const ready = await new Promise<{ issuer: string; persons: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo identity provider did not start in 20 s:\n${output}`)), 20_000);
    child.once('message', (m: { ready?: boolean; issuer: string; persons: string[] }) => {
      clearTimeout(timer);
      if (m?.ready) resolve(m);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        output.includes('EADDRINUSE')
          ? new ConfigError([`DEMO_IDP_PORT: port ${options.port} is already taken by another program; stop it, or choose a free port`])
          : new Error(`the demo identity provider exited with ${code}:\n${output}`),
      );
    });
  });
  child.removeAllListeners('exit');

  return {
    issuer: ready.issuer,
    persons: ready.persons,
    env: {
      OIDC_ISSUER: ready.issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_SCOPES: 'openid profile rnokpp community',
      OIDC_CLAIM_NAME: 'name',
      OIDC_CLAIM_NATIONAL_ID: 'rnokpp',
      OIDC_CLAIM_COMMUNITY: 'community',
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * For `npm start`: in development, when no real provider is configured (OIDC_ISSUER unset), starts the demo
 * provider on DEMO_IDP_PORT and puts its OIDC_* variables into process.env. Call it before the environment is
 * first loaded (loadEnv caches it). Returns null when it has nothing to do.
 */
export async function startDemoIdpForDevelopment(): Promise<DemoIdp | null> {
  const env = readEnv();
  if (env.OIDC_ISSUER || env.NODE_ENV !== 'development') return null;
  const idp = await startDemoIdp({
    port: env.DEMO_IDP_PORT,
    redirectUris: [`${env.PUBLIC_URL}/api/identity/verify/callback`],
    verbose: false,
  });
  Object.assign(process.env, idp.env);
  return idp;
}
