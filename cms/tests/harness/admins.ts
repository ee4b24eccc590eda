import { seeds } from '@vzd/database';
import { api } from './http';
import { baseEnv } from './test-environment';

const tokens = new Map<string, string>();

/** An admin-panel JWT for a seeded admin user (the demo official or the super admin). */
export async function adminToken(email: string, password = baseEnv().DEMO_PASSWORD!): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const res = await api('POST', '/admin/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`admin login for ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  tokens.set(email, res.body.data.token);
  return res.body.data.token;
}

export const officialToken = () => adminToken(seeds.demoOfficial.email);
export const superAdminToken = () => adminToken(seeds.demoSuperAdmin.email);
