import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { seeds } from '@vzd/database';
import { adminToken, officialToken, superAdminToken } from '../../harness/admins';
import { createCitizen } from '../../harness/citizens';
import { db } from '../../harness/database';
import { api, type RequestOptions } from '../../harness/http';

/** Who calls: the columns of the access matrix. */
export const CALLERS = ['anonymous', 'unconfirmed', 'citizen', 'verified', 'officialA', 'officialB', 'superAdmin'] as const;
export type CallerName = (typeof CALLERS)[number];

export interface Caller {
  name: CallerName;
  /** Citizens: the users-permissions user id (whose rows we watch); admins: the admin user id. */
  userId?: number;
  cookie?: string;
  /** Admin-panel JWT (officials, super admin). */
  bearer?: string;
}

/** The request options a caller sends. A citizen's cookie on an admin route also goes as a bearer token: no luck either. */
export function credentials(caller: Caller, route: { type: 'content-api' | 'admin' }): Pick<RequestOptions, 'cookie' | 'bearer'> {
  if (caller.bearer) return { bearer: caller.bearer };
  if (!caller.cookie) return {};
  if (route.type === 'admin') return { cookie: caller.cookie, bearer: caller.cookie.slice(caller.cookie.indexOf('=') + 1) };
  return { cookie: caller.cookie };
}

export const OFFICIAL_B_AUTHORITY = 'cabinet';
export const PASSWORD = `Proof-${randomBytes(6).toString('hex')}-Kashtan`;

let identityProbe: Promise<boolean> | undefined;

/** Whether the identity plugin serves levels of assurance yet (`GET /api/identity/me` answers a citizen). */
export function identityAvailable(): Promise<boolean> {
  identityProbe ??= (async () => {
    const citizen = await createCitizen();
    const res = await api('GET', '/api/identity/me', { cookie: citizen.cookie });
    return res.status === 200 && typeof res.body?.data?.level === 'string';
  })();
  return identityProbe;
}

/**
 * A citizen whose identity was verified. The verification row is written the way the identity plugin's callback
 * writes it (name, community, a keyed hash of the national id), so the test does not need the identity provider.
 * Until the identity plugin exists, a verified citizen is just a citizen.
 */
export async function createVerifiedCitizen(): Promise<{ id: number; cookie: string; verified: boolean }> {
  const citizen = await createCitizen();
  if (!(await identityAvailable())) return { ...citizen, verified: false };
  await db().query(
    `INSERT INTO identity_verifications (user_id, level, name, community, id_hash, issuer, verified_at)
     VALUES ($1, 'verified', 'Перевірена Особа', 'irpin', $2, 'proof-tests', now())`,
    [citizen.id, randomBytes(32).toString('hex')],
  );
  const me = await api('GET', '/api/identity/me', { cookie: citizen.cookie });
  if (me.body?.data?.level !== 'verified') throw new Error(`verification not seen by /api/identity/me: ${JSON.stringify(me.body)}`);
  return { ...citizen, verified: true };
}

/** Gives a test citizen a password (createCitizen's accounts have none), for routes that ask for it again. */
export async function givePassword(userId: number, password = PASSWORD): Promise<string> {
  await db().query('UPDATE up_users SET password = $1 WHERE id = $2', [bcrypt.hashSync(password, 8), userId]);
  return password;
}

let officialB: Promise<Caller> | undefined;

/**
 * A second official, assigned to the Cabinet only, with the same admin role and the same duties there as the demo
 * official holds at Bucha: created by the super admin through the admin API (`POST /admin/users`), then given a
 * password and an authority the way the seed does (the admin API has no password for invited users).
 */
export function officialOfAuthorityB(): Promise<Caller> {
  officialB ??= (async () => {
    const superAdmin = await superAdminToken();
    const roles = await api('GET', '/admin/roles', { bearer: superAdmin });
    const role = (roles.body.data as { id: number; code: string }[]).find((r) => r.code === 'vzd-official');
    if (!role) throw new Error('the official admin role (vzd-official) is missing');
    const email = `official-b-${randomBytes(4).toString('hex')}@proof.vzayemodiia.localhost`;
    const created = await api('POST', '/admin/users', {
      bearer: superAdmin,
      body: { firstname: 'Оксана', lastname: 'Кабмін', email, roles: [role.id] },
    });
    if (created.status !== 201) throw new Error(`creating official B failed: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.data.id as number;
    await db().query('UPDATE admin_users SET password = $1, is_active = true, registration_token = NULL WHERE id = $2', [
      bcrypt.hashSync(PASSWORD, 8),
      id,
    ]);
    const { rows } = await db().query('SELECT id FROM core_authorities WHERE slug = $1', [OFFICIAL_B_AUTHORITY]);
    await db().query('INSERT INTO core_authorities_officials_lnk (authority_id, user_id, user_ord) VALUES ($1, $2, 1)', [rows[0].id, id]);
    const { rows: rolesTable } = await db().query("SELECT to_regclass('core_authority_roles') AS t");
    if (rolesTable[0].t) {
      for (const duty of seeds.demoOfficial.roles ?? []) {
        await db().query('INSERT INTO core_authority_roles (authority_id, admin_user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          rows[0].id,
          id,
          duty,
        ]);
      }
    }
    return { name: 'officialB', userId: id, bearer: await adminToken(email, PASSWORD) };
  })();
  return officialB;
}

/**
 * One caller of each kind. Citizens are fresh accounts, so a row that appears under their id came from this test;
 * `fresh` makes another one of the same kind (for routes that use the caller up, like deleting the account).
 */
export async function makeCaller(name: CallerName): Promise<Caller> {
  switch (name) {
    case 'anonymous':
      return { name };
    case 'unconfirmed': {
      const c = await createCitizen({ confirmed: false });
      return { name, userId: c.id, cookie: c.cookie };
    }
    case 'citizen': {
      const c = await createCitizen();
      return { name, userId: c.id, cookie: c.cookie };
    }
    case 'verified': {
      const c = await createVerifiedCitizen();
      return { name, userId: c.id, cookie: c.cookie };
    }
    case 'officialA':
      return { name, bearer: await officialToken() };
    case 'officialB':
      return officialOfAuthorityB();
    case 'superAdmin':
      return { name, bearer: await superAdminToken() };
  }
}

export async function makeCallers(): Promise<Record<CallerName, Caller>> {
  const entries = await Promise.all(CALLERS.map(async (name) => [name, await makeCaller(name)] as const));
  return Object.fromEntries(entries) as Record<CallerName, Caller>;
}
