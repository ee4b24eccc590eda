import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { baseEnv } from './test-environment';
import { db } from './database';

export interface TestCitizen {
  id: number;
  email: string;
  cookie: string;
}

/**
 * Citizens created straight in the database (registration over HTTP is tested on its own) with a session cookie
 * signed the way the server signs it, so a test can act as 50 different people in milliseconds.
 */
export async function createCitizens(count: number, options: { confirmed?: boolean } = {}): Promise<TestCitizen[]> {
  const confirmed = options.confirmed ?? true;
  const { rows: roles } = await db().query("SELECT id FROM up_roles WHERE type = 'authenticated'");
  const tag = randomBytes(4).toString('hex');
  const citizens: TestCitizen[] = [];
  for (let i = 0; i < count; i++) {
    const email = `t-${tag}-${i}@test.vzayemodiia.localhost`;
    const { rows } = await db().query(
      `INSERT INTO up_users (document_id, username, email, provider, confirmed, blocked, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, 'local', $4, false, now(), now(), now()) RETURNING id`,
      [randomBytes(12).toString('hex'), `t-${tag}-${i}`, email, confirmed],
    );
    await db().query('INSERT INTO up_users_role_lnk (user_id, role_id, user_ord) VALUES ($1, $2, 1)', [rows[0].id, roles[0].id]);
    citizens.push({ id: rows[0].id, email, cookie: sessionCookieFor(rows[0].id) });
  }
  return citizens;
}

export function sessionCookieFor(userId: number): string {
  const token = jwt.sign({ id: userId }, baseEnv().JWT_SECRET, { expiresIn: '1h' });
  return `vzd_session=${token}`;
}

export async function createCitizen(options: { confirmed?: boolean } = {}): Promise<TestCitizen> {
  const [citizen] = await createCitizens(1, options);
  return citizen;
}
