export { envSchema, type Env } from './env-schema';
export { loadEnv, readEnv, requireExplicitNodeEnv, fromRoot, repoRoot, ConfigError } from './load-env';
