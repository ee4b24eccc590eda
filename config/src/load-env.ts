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

/** Builds the environment from, in order of precedence: the process, `.env`, and generated dev secrets. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const dotenvFile = join(repoRoot, '.env');
  const fromFile = existsSync(dotenvFile) ? parse(readFileSync(dotenvFile)) : {};
  const merged: Record<string, string | undefined> = { ...fromFile, ...source };
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

let cached: Env | undefined;

/** The environment, read once per process. */
export function loadEnv(): Env {
  cached ??= readEnv();
  return cached;
}

export function fromRoot(path: string): string {
  return isAbsolute(path) ? path : join(repoRoot, path);
}
