import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fromRoot } from '@vzd/config';
import { startAuxiliaryServices } from './auxiliary-services';
import { provideTestDatabase } from './test-database';
import { STATE_FILE, type TestServerState } from './test-environment';
import { startTestServer } from './test-server';
import { buildSite } from './site-build';

/** One Strapi on one fresh PostgreSQL database for the whole HTTP test run. */
export default async function globalSetup(): Promise<void> {
  const database = await provideTestDatabase();
  const mailDir = fromRoot('.data/mail-test');
  rmSync(mailDir, { recursive: true, force: true });
  const services = await startAuxiliaryServices();
  const extraEnv = Object.assign({}, ...services.map((s) => s.env));
  const siteDir = fromRoot('.data/site-test');
  const { url, child } = await startTestServer(database.url, mailDir, { SITE_DIST_DIR: siteDir, ...extraEnv });
  await buildSite(url, siteDir);
  process.env.SITE_BUILD_DIR = siteDir;
  const state: TestServerState = { url, databaseUrl: database.url, mailDir, pid: child.pid! };
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state));
  (globalThis as Record<string, unknown>).__VZD_TEST__ = { child, stopDatabase: database.stop, services };
}
