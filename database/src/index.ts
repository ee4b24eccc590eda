export { provideDatabase, type ProvidedDatabase } from './provide-database';
export { startEmbeddedServer } from './embedded-server';
export { ensureDatabase, recreateDatabase } from './ensure-database';
export { connectionUrl } from './connection-url';
export * as seeds from './seeds';
