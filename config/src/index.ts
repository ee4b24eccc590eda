export { envSchema, type Env } from './env-schema';
export { loadEnv, readEnv, fromRoot, repoRoot, ConfigError } from './load-env';
