import { mkdirSync, writeFileSync } from 'node:fs';
import { seeds } from '@vzd/database';
import { startAuxiliaryServices } from './auxiliary-services';
import { adminToken } from './admins';
import { buildSite } from './site-build';
import { provideTestDatabase } from './test-database';
import { RUN_DIR, STATE_FILE, TEST_MAIL_DIR, TEST_SITE_DIR, type TestServerState } from './test-environment';
import { startTestServer } from './test-server';

/** One Strapi on one fresh PostgreSQL database for the whole HTTP test run; the built site is served by it. */
export default async function globalSetup(): Promise<void> {
  mkdirSync(RUN_DIR, { recursive: true });
  const database = await provideTestDatabase();
  const services = await startAuxiliaryServices();
  const extraEnv = Object.assign({}, ...services.map((s) => s.env));
  const { url, child } = await startTestServer(database.url, TEST_MAIL_DIR, { SITE_DIST_DIR: TEST_SITE_DIR, ...extraEnv });
  await buildSite(url, TEST_SITE_DIR);
  process.env.SITE_BUILD_DIR = TEST_SITE_DIR;
  const state: TestServerState = { url, databaseUrl: database.url, mailDir: TEST_MAIL_DIR, pid: child.pid! };
  writeFileSync(STATE_FILE, JSON.stringify(state));
  state.adminTokens = {};
  for (const email of [seeds.demoOfficial.email, seeds.demoSuperAdmin.email]) state.adminTokens[email] = await adminToken(email);
  writeFileSync(STATE_FILE, JSON.stringify(state));
  (globalThis as Record<string, unknown>).__VZD_TEST__ = { child, stopDatabase: database.stop, services };
}
