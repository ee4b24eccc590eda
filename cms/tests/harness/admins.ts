import { seeds } from '@vzd/database';
import { api } from './http';
import { testServer } from './server';
import { baseEnv } from './test-environment';

const tokens = new Map<string, string>();

/**
 * An admin-panel JWT for an admin user. The seeded official and super admin log in once per run (global-setup)
 * because Strapi allows five admin logins per address in five minutes, and every test file needs them.
 */
export async function adminToken(email: string, password = baseEnv().DEMO_PASSWORD!): Promise<string> {
  const cached = tokens.get(email) ?? testServer().adminTokens?.[email];
  if (cached) return cached;
  const res = await api('POST', '/admin/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`admin login for ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  tokens.set(email, res.body.data.token);
  return res.body.data.token;
}

export const officialToken = () => adminToken(seeds.demoOfficial.email);
export const superAdminToken = () => adminToken(seeds.demoSuperAdmin.email);
