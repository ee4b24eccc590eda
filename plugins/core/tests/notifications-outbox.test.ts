import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { officialToken, superAdminToken } from '../../../cms/tests/harness/admins';
import { mailsTo, readMail, waitForMail } from '../../../cms/tests/harness/mail';
import { testServer } from '../../../cms/tests/harness/server';
import { CLAIM_SQL } from '../server/src/notifications/outbox';

afterAll(closeDb);

const tag = () => randomBytes(4).toString('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls the database until `check` holds (the worker delivers in the background). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > until) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await sleep(100);
    value = await read();
  }
  return value;
}

const outboxTo = async (address: string) =>
  (await db().query('SELECT * FROM core_outbox WHERE to_address = $1 ORDER BY id', [address])).rows as Record<string, any>[];
const outboxRow = async (id: number) => (await db().query('SELECT * FROM core_outbox WHERE id = $1', [id])).rows[0] as Record<string, any> | undefined;

/** Queues plain messages straight into the outbox, as any module's transaction would. */
async function queueRaw(addresses: string[], queue = 'mail'): Promise<number[]> {
  const { rows } = await db().query(
    `INSERT INTO core_outbox (queue, category, to_address, subject, text_body)
     SELECT $1, 'test', address, 'Тест черги / Queue test', 'Текст / Text' FROM unnest($2::text[]) AS address
     RETURNING id`,
    [queue, addresses],
  );
  return rows.map((r) => Number(r.id));
}

describe('the outbox delivers over SMTP', () => {
  it('sends account mail (registration) through the outbox to the SMTP server, once, marked sent', async () => {
    const t = tag();
    const email = `outbox-${t}@test.vzayemodiia.localhost`;
    const res = await api('POST', '/api/auth/local/register', { body: { username: `outbox-${t}`, email, password: 'Korrekt-Kin-Batareya-7' } });
    expect(res.status).toBe(200);

    const mail = readMail(await waitForMail(email));
    const row = await eventually(() => outboxRow(Number(mail.headers['x-vzd-outbox-id'])), (r) => r?.status === 'sent');
    // Once sent, the outbox keeps neither the address nor the body (the account confirmation link in it).
    expect(row).toMatchObject({ category: 'account', status: 'sent', attempts: 1, last_error: null, to_address: '', text_body: '', html_body: null });
    expect(row.redacted_at).not.toBeNull();
    expect(await outboxTo(email)).toEqual([]);
    expect(mail.headers['message-id']).toBe(`<outbox-${row.id}@127.0.0.1>`);
    expect(mail.subject).toBe('Підтвердіть адресу / Confirm your email');
    // Account mail was asked for by the person: there is nothing to unsubscribe from.
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    // users-permissions hands over HTML as the text part too; the text part is plain text with the link spelled out.
    expect(mail.text).not.toContain('<p>');
    expect(mail.text).toContain('/api/auth/email-confirmation?confirmation=');
    await sleep(500);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('retries a refused message with backoff and gives up after the last attempt (dead letter)', async () => {
    const t = tag();
    const email = `refused-${t}@fail.test`;
    const res = await api('POST', '/api/auth/local/register', { body: { username: `refused-${t}`, email, password: 'Korrekt-Kin-Batareya-7' } });
    expect(res.status).toBe(200);

    const [dead] = await eventually(() => outboxTo(email), (rows) => rows[0]?.status === 'dead');
    // MAIL_MAX_ATTEMPTS is 3 in tests, with 200 ms then 400 ms between tries.
    expect(dead.attempts).toBe(3);
    expect(dead.last_error).toMatch(/550/);
    expect(new Date(dead.next_attempt_at).getTime() - new Date(dead.created_at).getTime()).toBeGreaterThanOrEqual(600);
    expect(mailsTo(email)).toEqual([]);
  });

  it('never sends one message twice when several workers claim at the same moment', async () => {
    const t = tag();
    const addresses = Array.from({ length: 30 }, (_, i) => `burst-${t}-${i}@test.vzayemodiia.localhost`);
    const ids = await queueRaw(addresses);
    const admin = await superAdminToken();
    // Four extra workers (each a worker of its own) race the server's own loop for the same rows.
    const rounds = await Promise.all(Array.from({ length: 4 }, () => api('POST', '/core/notifications/deliver', { bearer: admin })));
    expect(rounds.map((r) => r.status)).toEqual([200, 200, 200, 200]);

    const rows = await eventually(
      async () => (await db().query('SELECT id, status, attempts FROM core_outbox WHERE id = ANY($1::bigint[])', [ids])).rows,
      (r) => r.every((m) => m.status === 'sent'),
    );
    expect(rows.every((m) => m.attempts === 1)).toBe(true);
    await sleep(300);
    for (const address of addresses) expect(mailsTo(address)).toHaveLength(1);
  });

  it('claims disjoint batches from two connections running the claim statement in parallel (SKIP LOCKED)', async () => {
    const queue = `test-${tag()}`;
    const ids = await queueRaw(Array.from({ length: 200 }, (_, i) => `claim-${i}@test.vzayemodiia.localhost`), queue);
    const pools = [0, 1].map(() => new Pool({ connectionString: testServer().databaseUrl, max: 1 }));
    try {
      const claimAll = async (pool: Pool, worker: string) => {
        const mine: number[] = [];
        for (;;) {
          const { rows } = await pool.query(CLAIM_SQL, [queue, 7, 60, worker]);
          if (rows.length === 0) return mine;
          mine.push(...rows.map((r) => Number(r.id)));
        }
      };
      const [a, b] = await Promise.all([claimAll(pools[0], 'worker-a'), claimAll(pools[1], 'worker-b')]);
      expect(a.length).toBeGreaterThan(0);
      expect(b.length).toBeGreaterThan(0);
      expect(a.filter((id) => b.includes(id))).toEqual([]);
      expect([...a, ...b].sort((x, y) => x - y)).toEqual(ids);
      const { rows } = await db().query('SELECT DISTINCT status, attempts FROM core_outbox WHERE queue = $1', [queue]);
      expect(rows).toEqual([{ status: 'sending', attempts: 1 }]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await db().query('DELETE FROM core_outbox WHERE queue = $1', [queue]);
    }
  });

  it('does not send again a message whose worker died mid-send: it becomes dead, delivery unknown', async () => {
    const address = `crashed-${tag()}@test.vzayemodiia.localhost`;
    const { rows } = await db().query(
      `INSERT INTO core_outbox (category, to_address, subject, text_body, status, attempts, lease_until, claimed_by, send_started_at)
       VALUES ('test', $1, 'Перервано / Interrupted', 'x', 'sending', 1, now() - interval '1 minute', 'crashed-worker', now() - interval '2 minutes')
       RETURNING id`,
      [address],
    );
    const [row] = await eventually(() => outboxTo(address), (r) => r[0]?.status === 'dead');
    expect(row.id).toBe(rows[0].id);
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/delivery unknown/);
    await sleep(500);
    expect(mailsTo(address)).toEqual([]);
  });

  it('sends, once, a message a dead worker had claimed but never started: it goes back to the queue', async () => {
    const address = `claimed-${tag()}@test.vzayemodiia.localhost`;
    const { rows } = await db().query(
      `INSERT INTO core_outbox (category, to_address, subject, text_body, status, attempts, lease_until, claimed_by)
       VALUES ('test', $1, 'Не розпочато / Never started', 'x', 'sending', 1, now() - interval '1 minute', 'crashed-worker') RETURNING id`,
      [address],
    );
    const row = await eventually(() => outboxRow(Number(rows[0].id)), (r) => r?.status === 'sent');
    expect(row.attempts).toBe(1);
    await eventually(async () => mailsTo(address), (m) => m.length > 0);
    await sleep(500);
    expect(mailsTo(address)).toHaveLength(1);
  });
});

describe('dead letters in the admin', () => {
  it('lists dead messages for administrators and lets a super admin put one back in the queue', async () => {
    const [id] = await queueRaw([`dead-${tag()}@fail.test`]);
    await eventually(async () => (await db().query('SELECT status FROM core_outbox WHERE id = $1', [id])).rows[0].status, (s) => s === 'dead');

    const admin = await superAdminToken();
    const listed = await api('GET', '/core/notifications/outbox?status=dead&limit=200', { bearer: admin });
    expect(listed.status).toBe(200);
    const entry = listed.body.data.find((m: { id: number }) => m.id === id);
    expect(entry).toMatchObject({ status: 'dead', attempts: 3, category: 'test', lastError: expect.stringMatching(/550/) });
    expect(listed.body.meta.counts.dead).toBeGreaterThanOrEqual(1);
    expect(listed.body.data.every((m: { status: string }) => m.status === 'dead')).toBe(true);

    const retried = await api('POST', `/core/notifications/outbox/${id}/retry`, { bearer: admin });
    expect(retried.status).toBe(200);
    expect(retried.body.data).toEqual({ id, status: 'pending' });
    // It fails again (the domain still refuses) and is dead again after a fresh round of attempts.
    const again = await eventually(
      async () => (await db().query('SELECT status, attempts FROM core_outbox WHERE id = $1', [id])).rows[0],
      (r) => r.status === 'dead' && r.attempts === 3,
    );
    expect(again).toEqual({ status: 'dead', attempts: 3 });

    // Only dead messages can be put back.
    const [sentId] = await queueRaw([`fine-${tag()}@test.vzayemodiia.localhost`]);
    await eventually(async () => (await db().query('SELECT status FROM core_outbox WHERE id = $1', [sentId])).rows[0].status, (s) => s === 'sent');
    expect((await api('POST', `/core/notifications/outbox/${sentId}/retry`, { bearer: admin })).status).toBe(404);
    expect((await api('POST', '/core/notifications/outbox/abc/retry', { bearer: admin })).status).toBe(400);
  });

  it('keeps the outbox from officials without the permission and from the public', async () => {
    const official = await officialToken();
    expect((await api('GET', '/core/notifications/outbox', { bearer: official })).status).toBe(403);
    expect((await api('POST', '/core/notifications/deliver', { bearer: official })).status).toBe(403);
    expect((await api('POST', '/core/notifications/digest', { bearer: official })).status).toBe(403);
    expect((await api('GET', '/core/notifications/outbox')).status).toBe(401);
    expect((await api('GET', '/core/notifications/outbox?status=lost', { bearer: await superAdminToken() })).status).toBe(400);
  });
});
