import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { adminToken, superAdminToken } from './admins';
import { db } from './database';
import { api } from './http';

export type OfficialRole = 'moderator' | 'responder' | 'administrator';

/**
 * An official of `authority` holding only `roles` there, created by the super admin through the admin API and
 * given a password the way the seed does (invited admin users have none). Returns the official's admin token.
 */
export async function officialWithRoles(authority: string, roles: OfficialRole[]): Promise<string> {
  const superAdmin = await superAdminToken();
  const listed = await api('GET', '/admin/roles', { bearer: superAdmin });
  const role = (listed.body.data as { id: number; code: string }[]).find((r) => r.code === 'vzd-official')!;
  const email = `official-${randomBytes(4).toString('hex')}@test.vzayemodiia.localhost`;
  const created = await api('POST', '/admin/users', {
    bearer: superAdmin,
    body: { firstname: 'Тест', lastname: 'Посадовець', email, roles: [role.id] },
  });
  if (created.status !== 201) throw new Error(`creating an official failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.data.id as number;
  const password = `Pw-${randomBytes(8).toString('hex')}`;
  await db().query('UPDATE admin_users SET password = $1, is_active = true, registration_token = NULL WHERE id = $2', [
    bcrypt.hashSync(password, 8),
    id,
  ]);
  const { rows } = await db().query('SELECT id FROM core_authorities WHERE slug = $1', [authority]);
  await db().query('INSERT INTO core_authorities_officials_lnk (authority_id, user_id, user_ord) VALUES ($1, $2, 1)', [rows[0].id, id]);
  for (const r of roles) {
    await db().query('INSERT INTO core_authority_roles (authority_id, admin_user_id, role) VALUES ($1, $2, $3)', [rows[0].id, id, r]);
  }
  return adminToken(email, password);
}
