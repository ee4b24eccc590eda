import bcrypt from 'bcryptjs';
import { api } from '../../../../cms/tests/harness/http';
import { createCitizen, type TestCitizen } from '../../../../cms/tests/harness/citizens';
import { db } from '../../../../cms/tests/harness/database';

export const PASSWORD = 'Tsvit-Kashtanu-Na-Podoli-5';

/** A confirmed citizen who can also log in with a password (createCitizen's accounts have none). */
export async function citizenWithPassword(password = PASSWORD): Promise<TestCitizen & { password: string }> {
  const citizen = await createCitizen();
  await db().query('UPDATE up_users SET password = $1 WHERE id = $2', [bcrypt.hashSync(password, 10), citizen.id]);
  return { ...citizen, password };
}

export const login = (identifier: string, password: string) => api('POST', '/api/core/session', { body: { identifier, password } });

/** The level of assurance the server reports for a session cookie. */
export async function levelOf(cookie: string): Promise<string> {
  const res = await api('GET', '/api/identity/me', { cookie });
  if (res.status !== 200) throw new Error(`/me answered ${res.status}`);
  return res.body.data.level;
}
