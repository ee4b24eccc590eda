import { ConfigError, readEnv, requireExplicitNodeEnv } from '../load-env';

const secrets = {
  APP_KEYS: 'aaaaaaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'x'.repeat(32),
  ADMIN_JWT_SECRET: 'x'.repeat(32),
  TRANSFER_TOKEN_SALT: 'x'.repeat(32),
  JWT_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEY: 'x'.repeat(32),
  EMBEDDED_PG_PASSWORD: 'x'.repeat(32),
};

/** What a production start states besides the secrets. */
const production = { NODE_ENV: 'production', ...secrets, TRUSTED_PROXY_HOPS: '1' };

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    readEnv(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
};

describe('the environment schema', () => {
  it('stops a production start that lacks a secret, naming the variable', () => {
    const problems = problemsOf({ ...production, JWT_SECRET: undefined });
    expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET is missing/)]);
  });

  it('names a malformed value and what it expects', () => {
    const problems = problemsOf({ ...production, PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PORT: expected a port number/), expect.stringMatching(/^DATABASE_URL: expected postgres:/)]),
    );
  });

  it('refuses a site build heap too small to build anything', () => {
    expect(problemsOf({ ...production, SITE_BUILD_HEAP_MB: '64' })).toEqual([
      expect.stringMatching(/^SITE_BUILD_HEAP_MB: expected at least 256 MB/),
    ]);
    expect(readEnv({ ...production, SITE_BUILD_HEAP_MB: '768' }).SITE_BUILD_HEAP_MB).toBe(768);
  });

  it('refuses a boolean flag that is not true or false', () => {
    expect(problemsOf({ ...production, SITE_REBUILD: 'maybe' })).toEqual([
      expect.stringMatching(/^SITE_REBUILD: expected true or false/),
    ]);
  });

  it('derives the public URL, rebuilds and demo data from the mode', () => {
    const inProduction = readEnv({ ...production, PORT: '8080' });
    expect(inProduction.PUBLIC_URL).toBe('http://localhost:8080');
    expect(inProduction.SITE_REBUILD).toBe(false);
    expect(inProduction.DEMO_SEED).toBe(false);
    const development = readEnv({ NODE_ENV: 'development', ...secrets });
    expect(development.SITE_REBUILD).toBe(true);
    expect(development.DEMO_SEED).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(readEnv({ ...production, DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('stops a production start that does not say how many proxies stand in front of it', () => {
    expect(problemsOf({ ...production, TRUSTED_PROXY_HOPS: undefined })).toEqual([
      expect.stringMatching(/^TRUSTED_PROXY_HOPS is missing: needed in production: the number of reverse proxies/),
    ]);
    expect(readEnv({ ...production, TRUSTED_PROXY_HOPS: '0' }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(problemsOf({ ...production, TRUSTED_PROXY_HOPS: '1.5' })).toEqual([expect.stringMatching(/^TRUSTED_PROXY_HOPS: expected the number of proxies/)]);
  });

  it('assumes no proxy outside production', () => {
    expect(readEnv({ NODE_ENV: 'development', ...secrets }).TRUSTED_PROXY_HOPS).toBe(0);
  });

  it('serves the development mail viewer by default in development only, and never in production', () => {
    expect(readEnv({ NODE_ENV: 'development', ...secrets }).DEV_MAIL_VIEWER).toBe(true);
    expect(readEnv({ NODE_ENV: 'test', ...secrets }).DEV_MAIL_VIEWER).toBe(false);
    expect(readEnv(production).DEV_MAIL_VIEWER).toBe(false);
    expect(problemsOf({ ...production, DEV_MAIL_VIEWER: 'true' })).toEqual([
      expect.stringMatching(/^DEV_MAIL_VIEWER: must be off in production/),
    ]);
  });

  it('refuses a serve.js start that does not state NODE_ENV, in one sentence', () => {
    expect(() => requireExplicitNodeEnv({})).toThrow(/NODE_ENV is missing: serve\.js does not guess the mode/);
    expect(() => requireExplicitNodeEnv({ NODE_ENV: 'production' })).not.toThrow();
  });

  it('generates development secrets instead of requiring them', () => {
    const env = readEnv({ NODE_ENV: 'development' });
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(16);
  });
});
