import { loadEnv } from '@vzd/config';
import { connectionUrl } from '@vzd/database';

/** The one validated environment every config file reads (see config/src/env-schema.ts). */
export const env = loadEnv();
export const databaseUrl = connectionUrl(env);
