export { provideDatabase, type ProvidedDatabase } from './provide-database';
export { startEmbeddedServer, type RunningServer } from './embedded/embedded-server';
export type { DatabaseStatus } from './embedded/supervisor';
export { EmbeddedServerError } from './embedded/embedded-server-error';
export { assertPortFree } from './embedded/start-checks';
export { ensureDatabase, recreateDatabase } from './ensure-database';
export { connectionUrl } from './connection-url';
export * as seeds from './seeds';
