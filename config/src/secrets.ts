import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'dotenv';

/** Secrets the platform needs; in development and test they are generated once and kept on this machine. */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'EMBEDDED_PG_PASSWORD',
  'DEMO_PASSWORD',
  'IDENTITY_HASH_KEY',
] as const;

const generate = (name: string): string => {
  if (name === 'APP_KEYS') return Array.from({ length: 4 }, () => randomBytes(24).toString('base64url')).join(',');
  // Typed by people trying the demo: short, but still random per machine.
  if (name === 'DEMO_PASSWORD') return `Demo-${randomBytes(6).toString('hex')}`;
  return randomBytes(32).toString('base64url');
};

/**
 * Reads the git-ignored secrets file, adding any secret that is missing, and returns its values.
 * Never used in production: there a missing secret must stop the start.
 */
export function ensureDevelopmentSecrets(file: string): Record<string, string> {
  const existing = existsSync(file) ? parse(readFileSync(file)) : {};
  const missing = SECRET_NAMES.filter((name) => !existing[name]);
  if (missing.length > 0) {
    for (const name of missing) existing[name] = generate(name);
    mkdirSync(dirname(file), { recursive: true });
    const body = Object.entries(existing)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
    writeFileSync(file, `# Generated for development on this machine. Never commit; never use in production.\n${body}\n`, {
      mode: 0o600,
    });
  }
  return existing;
}
