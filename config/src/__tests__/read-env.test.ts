import { ConfigError, readEnv } from '../load-env';

const secrets = {
  APP_KEYS: 'aaaaaaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'x'.repeat(32),
  ADMIN_JWT_SECRET: 'x'.repeat(32),
  TRANSFER_TOKEN_SALT: 'x'.repeat(32),
  JWT_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEY: 'x'.repeat(32),
  EMBEDDED_PG_PASSWORD: 'x'.repeat(32),
};

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
    const { JWT_SECRET, ...rest } = secrets;
    const problems = problemsOf({ NODE_ENV: 'production', ...rest });
    expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET is missing/)]);
  });

  it('names a malformed value and what it expects', () => {
    const problems = problemsOf({ NODE_ENV: 'production', ...secrets, PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PORT: expected a port number/), expect.stringMatching(/^DATABASE_URL: expected postgres:/)]),
    );
  });

  it('refuses a site build heap too small to build anything', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...secrets, SITE_BUILD_HEAP_MB: '64' })).toEqual([
      expect.stringMatching(/^SITE_BUILD_HEAP_MB: expected at least 256 MB/),
    ]);
    expect(readEnv({ NODE_ENV: 'production', ...secrets, SITE_BUILD_HEAP_MB: '768' }).SITE_BUILD_HEAP_MB).toBe(768);
  });

  it('refuses a boolean flag that is not true or false', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...secrets, SITE_REBUILD: 'maybe' })).toEqual([
      expect.stringMatching(/^SITE_REBUILD: expected true or false/),
    ]);
  });

  it('derives the public URL, rebuilds and demo data from the mode', () => {
    const production = readEnv({ NODE_ENV: 'production', ...secrets, PORT: '8080' });
    expect(production.PUBLIC_URL).toBe('http://localhost:8080');
    expect(production.SITE_REBUILD).toBe(false);
    expect(production.DEMO_SEED).toBe(false);
    const development = readEnv({ NODE_ENV: 'development', ...secrets });
    expect(development.SITE_REBUILD).toBe(true);
    expect(development.DEMO_SEED).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(readEnv({ NODE_ENV: 'production', ...secrets, DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('generates development secrets instead of requiring them', () => {
    const env = readEnv({ NODE_ENV: 'development' });
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(16);
  });
});
