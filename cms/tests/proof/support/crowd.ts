import bcrypt from 'bcryptjs';
import type { Pool } from 'pg';
import { createCitizensBulk } from '../../faults/support/fixtures';

/** People behind one address (a carrier's NAT, a university): each has an account of their own with a password. */
export interface CrowdMember {
  id: number;
  email: string;
}

export const CROWD_PASSWORD = 'crowd-behind-one-nat-7';

/**
 * `count` confirmed citizens with one password, written with SQL. `cost` is bcrypt's: 10 is what users-permissions
 * hashes with; a test may take less, since it checks the limits and not the hashing.
 */
export async function createCrowd(db: Pool, count: number, cost = 10): Promise<CrowdMember[]> {
  const citizens = await createCitizensBulk(db, count);
  const hash = await bcrypt.hash(CROWD_PASSWORD, cost);
  const { rows } = await db.query<{ id: number; email: string }>(
    'UPDATE up_users SET password = $1 WHERE id = ANY($2::int[]) RETURNING id, email',
    [hash, citizens.map((c) => c.id)],
  );
  return rows;
}

/** POST /api/core/session, as the site's form does (same origin). */
export async function signIn(baseUrl: string, identifier: string, password: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/core/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: baseUrl },
    body: JSON.stringify({ identifier, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Every member signs in once, `concurrency` at a time, all from this process's one address; gives the statuses. */
export async function signInCrowd(baseUrl: string, crowd: CrowdMember[], concurrency: number): Promise<number[]> {
  const statuses: number[] = new Array(crowd.length);
  let next = 0;
  const worker = async () => {
    while (next < crowd.length) {
      const i = next++;
      statuses[i] = await signIn(baseUrl, crowd[i].email, CROWD_PASSWORD);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}
