import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'dotenv';
import { envSchema, resolveDerived, type Env } from './env-schema';
import { ensureDevelopmentSecrets } from './secrets';

/** The repository root: every relative path in the environment is resolved against it. */
export const repoRoot = resolve(__dirname, '..', '..');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const dotenvValues = (): Record<string, string> => {
  const dotenvFile = join(repoRoot, '.env');
  return existsSync(dotenvFile) ? parse(readFileSync(dotenvFile)) : {};
};

/** Builds the environment from, in order of precedence: the process, `.env`, and generated dev secrets. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const merged: Record<string, string | undefined> = { ...dotenvValues(), ...source };
  if ((merged.NODE_ENV ?? 'development') !== 'production') {
    const secrets = ensureDevelopmentSecrets(join(repoRoot, '.data', 'secrets.env'));
    for (const [k, v] of Object.entries(secrets)) merged[k] ??= v;
  }
  // An empty variable means "not set", so `FOO=` in a .env file falls back to the default.
  for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];

  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return merged[name] === undefined ? `${name} is missing: ${issue.message}` : `${name}: ${issue.message}`;
      }),
    );
  }
  return resolveDerived(parsed.data);
}

/**
 * For starts under a process manager (serve.js): there the development default would quietly give a public server
 * generated secrets, demo accounts and the mail viewer, so the mode must be stated (environment or `.env`).
 */
export function requireExplicitNodeEnv(source: NodeJS.ProcessEnv = process.env): void {
  if (source.NODE_ENV || dotenvValues().NODE_ENV) return;
  throw new ConfigError([
    'NODE_ENV is missing: serve.js does not guess the mode, so set NODE_ENV=production (or development or test) to start it',
  ]);
}

let cached: Env | undefined;

/** The environment, read once per process. */
export function loadEnv(): Env {
  cached ??= readEnv();
  return cached;
}

export function fromRoot(path: string): string {
  return isAbsolute(path) ? path : join(repoRoot, path);
}
