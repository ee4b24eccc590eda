import { z } from 'zod';
import { productionProblems } from './production-checks';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number({ message: 'expected a port number' }).int().min(1).max(65535);
const positiveInt = z.coerce.number({ message: 'expected a whole number' }).int().positive();
const secret = z.string().min(16, 'expected a random secret of at least 16 characters');

/**
 * Every environment variable the platform reads. Secrets have no default: in development and test they are
 * generated once into .data/secrets.env (see secrets.ts); in production they must be set.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(1337),
  PUBLIC_URL: z.url({ message: 'expected the public URL of the site, e.g. https://vzayemodiia.gov.ua' }).optional(),
  // Reverse proxies between the internet and Strapi; the client address is the one the outermost of them recorded.
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: 'expected the number of proxies (0 when Strapi is exposed directly)' })
    .int('expected the number of proxies (0 when Strapi is exposed directly)')
    .min(0)
    .max(10)
    .optional(),

  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected postgres://user:password@host:port/database')
    .optional(),
  DATABASE_POOL_MIN: z.coerce.number().int().min(0).default(0),
  DATABASE_POOL_MAX: positiveInt.default(10),
  DATABASE_SSL: flag.default(false),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PASSWORD: secret,
  EMBEDDED_PG_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a lowercase database name').default('vzayemodiia'),
  BACKUP_DIR: z.string().min(1).default('.data/backups'),
  BACKUP_KEEP: positiveInt.default(7),
  PG_BIN_DIR: z.string().min(1).optional(),

  APP_KEYS: z
    .string()
    .refine((v) => v.split(',').filter((k) => k.length >= 16).length >= 2, 'expected at least two comma-separated keys of 16+ characters'),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,

  MAIL_FROM: z.string().min(3).default('VzayemoDiia <no-reply@vzayemodiia.localhost>'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'expected smtp://user:password@host:port').optional(),
  MAIL_DIR: z.string().min(1).default('.data/mail'),
  MAIL_POLL_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(50).max(60_000).default(2000),
  MAIL_MAX_ATTEMPTS: z.coerce.number({ message: 'expected a whole number' }).int().min(1).max(50).default(8),
  MAIL_RETRY_BASE_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(10).default(60_000),
  MAIL_LEASE_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(30).max(3600).default(300),
  MAIL_DEAD_LETTER_HOURS: z.coerce.number({ message: 'expected hours' }).int().min(0).max(24 * 90).default(72),

  // Position papers (e-consultations): limits per person and per consultation, and the disk watermark for uploads.
  POSITION_PAPERS_PER_PERSON: positiveInt.default(3),
  POSITION_PAPERS_MB_PER_PERSON: positiveInt.default(20),
  POSITION_PAPERS_PER_CONSULTATION: positiveInt.default(300),
  POSITION_PAPERS_MB_PER_CONSULTATION: positiveInt.default(2000),
  UPLOAD_MIN_FREE_DISK_MB: z.coerce.number({ message: 'expected megabytes' }).int().min(0).default(2048),

  RATE_LIMIT_WRITES_PER_MINUTE: positiveInt.default(30),
  // Per address, sign-in is only a backstop against floods: a carrier or a university puts thousands of people behind
  // one address. Guessing is stopped per account (lockout) and slowed per address by failures, not by sign-ins.
  RATE_LIMIT_AUTH_PER_MINUTE: positiveInt.default(600),
  LOGIN_SLOWDOWN_AFTER_FAILURES: positiveInt.default(100),

  SITE_DIST_DIR: z.string().min(1).default('site/dist'),
  SITE_REBUILD: flag.optional(),
  SITE_REBUILD_DEBOUNCE_MS: z.coerce.number().int().min(0).default(5000),
  SITE_API_URL: z.url({ message: 'expected the URL the site build reads the API from' }).optional(),
  SITE_BUILD_HEAP_MB: z.coerce.number({ message: 'expected megabytes' }).int().min(256, 'expected at least 256 MB').optional(),

  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(59).default(30),
  DEMO_SEED: flag.optional(),
  DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),
  SERVE_ADMIN_PANEL: flag.default(true),
  DEV_MAIL_VIEWER: flag.optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'debug']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  METRICS_TOKEN: secret.optional(),

  // Verified identity over OpenID Connect (Diia, BankID, or the demo provider in development).
  OIDC_ISSUER: z.url({ message: 'expected the issuer URL of the identity provider' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().regex(/(^|\s)openid(\s|$)/, 'expected a space-separated list that includes openid').default('openid profile'),
  OIDC_CLAIM_NAME: z.string().min(1).default('name'),
  OIDC_CLAIM_NATIONAL_ID: z.string().min(1).default('rnokpp'),
  OIDC_CLAIM_COMMUNITY: z.string().min(1).optional(),
  IDENTITY_HASH_KEY: secret.optional(),
  DEMO_IDP_PORT: port.default(1338),
}).superRefine((env, ctx) => {
  for (const problem of productionProblems(env)) ctx.addIssue({ code: 'custom', path: [problem.variable], message: problem.message });
  // Without an issuer verification is simply unavailable; with one, everything it needs must be there.
  if (!env.OIDC_ISSUER) return;
  for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'IDENTITY_HASH_KEY'] as const) {
    if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'needed when OIDC_ISSUER is set' });
  }
});

export type RawEnv = z.infer<typeof envSchema>;

/** The environment after defaults that depend on other variables are resolved. */
export type Env = Omit<RawEnv, 'PUBLIC_URL' | 'SITE_REBUILD' | 'DEMO_SEED' | 'SITE_API_URL' | 'TRUSTED_PROXY_HOPS' | 'DEV_MAIL_VIEWER' | 'LOG_FORMAT'> & {
  PUBLIC_URL: string;
  TRUSTED_PROXY_HOPS: number;
  DEV_MAIL_VIEWER: boolean;
  LOG_FORMAT: 'json' | 'pretty';
  SITE_API_URL: string;
  SITE_REBUILD: boolean;
  DEMO_SEED: boolean;
  isProduction: boolean;
};

export function resolveDerived(raw: RawEnv): Env {
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, '');
  const isProduction = raw.NODE_ENV === 'production';
  return {
    ...raw,
    PUBLIC_URL: publicUrl,
    SITE_API_URL: (raw.SITE_API_URL ?? `http://127.0.0.1:${raw.PORT}`).replace(/\/$/, ''),
    SITE_REBUILD: raw.SITE_REBUILD ?? raw.NODE_ENV === 'development',
    DEMO_SEED: raw.DEMO_SEED ?? raw.NODE_ENV !== 'production',
    // Outside production an unset value means what a laptop has: no proxy (production must say so, see above).
    TRUSTED_PROXY_HOPS: raw.TRUSTED_PROXY_HOPS ?? 0,
    DEV_MAIL_VIEWER: raw.DEV_MAIL_VIEWER ?? raw.NODE_ENV === 'development',
    LOG_FORMAT: raw.LOG_FORMAT ?? (isProduction ? 'json' : 'pretty'),
    isProduction,
  };
}
