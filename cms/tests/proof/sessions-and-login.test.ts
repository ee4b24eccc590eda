import { randomBytes } from 'node:crypto';
import { api, type ApiResponse } from '../harness/http';
import { closeDb, db } from '../harness/database';
import { mailsTo, readMail, waitForMail, waitForMailWhere } from '../harness/mail';
import { citizenWithPassword, login } from '../../../plugins/identity/tests/helpers/accounts';
import { sessionCookieOf } from '../../../plugins/identity/tests/helpers/identity-provider';
import { apiFrom, privateLoopback } from './support/from-address';
import { sharedCollectingPetition } from './support/fixtures';

/**
 * Issue 9: sessions that end when they should, login guards that hold under parallel requests and behind a shared
 * address, account endpoints that reveal no account, and static paths that cannot redirect to another site.
 */
jest.setTimeout(120_000);
afterAll(closeDb);

const is2xx = (status: number) => status >= 200 && status < 300;
const tokenOf = (cookie: string) => cookie.slice('vzd_session='.length);
const tag = () => randomBytes(4).toString('hex');
const PASSWORD = 'Tsvit-Kashtanu-Na-Podoli-5';

/** Every spelling of a path the router may accept: case, trailing slash, encoded and doubled slashes. */
const spellings = (path: string): string[] => {
  const rest = path.slice('/api/'.length);
  return [
    path,
    `/API/${rest}`,
    `/Api/${rest}`,
    `${path}/`,
    `/API/${rest}/`,
    `/api%2F${rest}`,
    `/api/${rest.replace(/\//g, '%2F')}`,
    `/API/${rest.replace(/\//g, '%2f')}`,
    `//api/${rest}`,
    `/api//${rest}`,
  ];
};

async function signedInTwice() {
  const citizen = await citizenWithPassword();
  const old = sessionCookieOf(await login(citizen.email, citizen.password))!;
  const other = sessionCookieOf(await login(citizen.email, citizen.password))!;
  return { citizen, old, other };
}

describe('a session that was ended stays ended, on every spelling of the path', () => {
  it('refuses the old token after "sign out everywhere" on users/me, the data export and signing', async () => {
    const { citizen, old, other } = await signedInTwice();
    const bearer = tokenOf(old);
    // While the session lives, the case variants reach the handlers (the router ignores case).
    for (const path of ['/API/users/me', '/Api/identity/me/export', '/api/users/me/']) {
      expect({ path, status: (await api('GET', path, { bearer })).status }).toEqual({ path, status: 200 });
    }

    expect((await api('DELETE', '/api/core/session?everywhere=true', { cookie: other })).status).toBe(200);

    for (const path of [...spellings('/api/users/me'), ...spellings('/api/identity/me/export'), ...spellings('/api/core/session')]) {
      const asBearer = await api('GET', path, { bearer });
      const asCookie = await api('GET', path, { cookie: old });
      for (const res of [asBearer, asCookie]) {
        const user = (res.body as { data?: { user?: unknown } } | null)?.data?.user;
        const shown = is2xx(res.status) && (path.toLowerCase().includes('session') ? user != null : true);
        expect({ path, status: res.status, shown }).toEqual({ path, status: res.status, shown: false });
      }
    }

    const petition = await sharedCollectingPetition();
    for (const path of spellings(`/api/petitions/petitions/${petition}/signatures`)) {
      const res = await api('POST', path, { bearer });
      expect({ path, ok: is2xx(res.status) }).toEqual({ path, ok: false });
    }
    const { rows } = await db().query('SELECT count(*)::int AS n FROM petitions_signatures WHERE user_id = $1', [citizen.id]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a token from before a password change on /API/ paths', async () => {
    const { citizen, old, other } = await signedInTwice();
    const next = 'Lypy-Tsvitut-Na-Khreshchatyku';
    const changed = await api('POST', '/api/auth/change-password', {
      cookie: other,
      body: { currentPassword: citizen.password, password: next, passwordConfirmation: next },
    });
    expect(changed.status).toBe(200);
    for (const path of ['/API/users/me', '/Api/identity/me/export', '/API/users/me/']) {
      expect({ path, ok: is2xx((await api('GET', path, { bearer: tokenOf(old) })).status) }).toEqual({ path, ok: false });
    }
    // The session the change handed back works on every spelling.
    const renewed = sessionCookieOf(changed)!;
    expect((await api('GET', '/API/users/me', { bearer: tokenOf(renewed) })).status).toBe(200);
  });

  it('still turns the session cookie into a session on /api/ paths', async () => {
    const citizen = await citizenWithPassword();
    const cookie = sessionCookieOf(await login(citizen.email, citizen.password))!;
    expect((await api('GET', '/api/users/me', { cookie })).body.id).toBe(citizen.id);
    expect((await api('GET', '/api/core/session', { cookie })).body.data.user.id).toBe(citizen.id);
  });
});

describe('login guards', () => {
  const wrong = 'Ne-Toi-Parol-Zovsim-1';

  it('tries at most five of fourteen wrong passwords sent at once (POST /api/core/session)', async () => {
    const citizen = await citizenWithPassword();
    const answers = await Promise.all(Array.from({ length: 14 }, () => login(citizen.email, wrong)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('tries at most five of fourteen wrong passwords sent at once (POST /api/auth/local)', async () => {
    const citizen = await citizenWithPassword();
    const answers = await Promise.all(
      Array.from({ length: 14 }, () => api('POST', '/api/auth/local', { body: { identifier: citizen.email, password: wrong } })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('counts the username and the email of one account together', async () => {
    const citizen = await citizenWithPassword();
    const { rows } = await db().query('SELECT username FROM up_users WHERE id = $1', [citizen.id]);
    for (let i = 0; i < 3; i++) expect((await login(rows[0].username, wrong)).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await login(citizen.email.toUpperCase(), wrong)).status).toBe(401);
    const locked = await login(rows[0].username, citizen.password);
    expect(locked.status).toBe(429);
    expect(locked.body.error.details.code).toBe('login_locked');
  });

  it('lets the right password of an unlocked account in from an address past its failure budget', async () => {
    const address = privateLoopback();
    const citizen = await citizenWithPassword();
    await db().query(
      `INSERT INTO identity_login_failures (key, failures, last_failure_at, locked_until)
       VALUES ($1, 100, now(), now() + interval '1 hour')
       ON CONFLICT (key) DO UPDATE SET failures = 100, last_failure_at = now(), locked_until = now() + interval '1 hour'`,
      [`address:${address}`],
    );
    const body = { identifier: citizen.email, password: citizen.password };
    const res = await apiFrom(address, 'POST', '/api/core/session', body);
    expect(res.status).toBe(200);
    expect((await apiFrom(address, 'POST', '/api/auth/local', body)).status).toBe(200);
    // A wrong one is still tried (and counted): 401, not a lock.
    expect((await apiFrom(address, 'POST', '/api/core/session', { ...body, password: wrong })).status).toBe(401);
    const { rows } = await db().query('SELECT failures FROM identity_login_failures WHERE key = $1', [`address:${address}`]);
    expect(rows[0].failures).toBe(101);
  });

  it('puts the account endpoints of users-permissions under the per-address limit of logins', async () => {
    const address = privateLoopback();
    const email = `limit-${tag()}@test.vzayemodiia.localhost`;
    const requests: [string, unknown][] = [
      ['/api/core/session', { identifier: email, password: wrong }],
      ['/api/auth/local', { identifier: email, password: wrong }],
      ['/api/auth/local/register', { username: `limit-${tag()}`, email, password: PASSWORD }],
      ['/api/auth/forgot-password', { email }],
      ['/api/auth/send-email-confirmation', { email }],
    ];
    // The address has used up its budget for this minute.
    await db().query(
      `INSERT INTO core_rate_limits (key, points, expire) VALUES ($1, 100000, $2)
       ON CONFLICT (key) DO UPDATE SET points = 100000, expire = EXCLUDED.expire`,
      [`auth:ip:${address}`, Date.now() + 60_000],
    );
    for (const [path, body] of requests) {
      const res = await apiFrom(address, 'POST', path, body);
      expect({ path, status: res.status }).toEqual({ path, status: 429 });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const { rows } = await db().query('SELECT count(*)::int AS n FROM up_users WHERE email = $1', [email]);
    expect(rows[0].n).toBe(0);
  });
});

describe('no account enumeration', () => {
  /** The answer with the caller's own words taken out, so answers to different inputs compare. */
  const shape = (res: ApiResponse, ...typed: string[]) => {
    let text = JSON.stringify(res.body);
    // Longest first: a username may be the start of the address.
    for (const t of [...typed].sort((a, b) => b.length - a.length)) text = text.split(t).join('<typed>');
    return { status: res.status, body: text };
  };
  const person = () => {
    const t = tag();
    return { username: `enum-${t}`, email: `enum-${t}@test.vzayemodiia.localhost`, password: PASSWORD };
  };

  it('answers send-email-confirmation the same for an unknown, an unconfirmed and a confirmed address', async () => {
    const unknown = person().email;
    const unconfirmed = person();
    expect((await api('POST', '/api/auth/local/register', { body: unconfirmed })).status).toBe(200);
    const confirmed = await citizenWithPassword();
    const answers = await Promise.all(
      [unknown, unconfirmed.email, confirmed.email].map(async (email) => shape(await api('POST', '/api/auth/send-email-confirmation', { body: { email } }), email)),
    );
    expect(answers[0].status).toBe(200);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('answers a registration with a taken address like a new one, and mails the owner instead', async () => {
    const fresh = person();
    const first = await api('POST', '/api/auth/local/register', { body: fresh });
    const owner = await citizenWithPassword();
    const taken = { ...person(), email: owner.email };
    const again = await api('POST', '/api/auth/local/register', { body: taken });
    expect(shape(again, taken.username, taken.email)).toEqual(shape(first, fresh.username, fresh.email));
    expect(first.status).toBe(200);

    const mail = readMail(await waitForMailWhere(owner.email, (m) => /реєстр/i.test(m.subject)));
    expect(mail.text).toContain('/uk/account/forgot/');
    const { rows } = await db().query('SELECT count(*)::int AS n FROM up_users WHERE email = $1', [owner.email]);
    expect(rows[0].n).toBe(1);
  });

  it('sends the confirmation link again when the taken address is not confirmed yet', async () => {
    const who = person();
    expect((await api('POST', '/api/auth/local/register', { body: who })).status).toBe(200);
    await waitForMail(who.email);
    const again = await api('POST', '/api/auth/local/register', { body: { ...who, username: `${who.username}-2` } });
    expect(again.status).toBe(200);
    const until = Date.now() + 10_000;
    while (mailsTo(who.email).length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(mailsTo(who.email).filter((m) => m.includes('confirmation='))).toHaveLength(2);
  });

  it('answers a taken username like a new registration and tells only the mailbox that asked', async () => {
    const fresh = person();
    const first = await api('POST', '/api/auth/local/register', { body: fresh });
    const holder = person();
    expect((await api('POST', '/api/auth/local/register', { body: holder })).status).toBe(200);
    const asker = { ...person(), username: holder.username };
    const again = await api('POST', '/api/auth/local/register', { body: asker });
    expect(shape(again, asker.username, asker.email)).toEqual(shape(first, fresh.username, fresh.email));
    const mail = readMail(await waitForMailWhere(asker.email, (m) => m.text.includes(holder.username)));
    expect(mail.text).toContain('/uk/account/register/');
    const { rows } = await db().query('SELECT count(*)::int AS n FROM up_users WHERE email = $1', [asker.email]);
    expect(rows[0].n).toBe(0);
  });

  it('answers /api/auth/local for an unknown address exactly as for a wrong password, and as /api/core/session does', async () => {
    const citizen = await citizenWithPassword();
    const viaUp = (identifier: string) => api('POST', '/api/auth/local', { body: { identifier, password: 'Ne-Toi-Parol-Zovsim-2' } });
    const known = await viaUp(citizen.email);
    const unknown = await viaUp(`nobody-${tag()}@test.vzayemodiia.localhost`);
    const ours = await login(`nobody-${tag()}@test.vzayemodiia.localhost`, 'Ne-Toi-Parol-Zovsim-2');
    expect(shape(unknown)).toEqual(shape(known));
    expect(shape(known)).toEqual(shape(ours));
  });
});

describe('static paths cannot lead to another site', () => {
  it('refuses paths that begin with // or carry encoded separators, and redirects only to its own paths', async () => {
    for (const path of ['//evil.example/..%2Fuk', '//evil.example/uk', '/uk%2F..%2Fen', '/%5Cevil.example/..%5Cuk', '/uk%5c', '/.%2F/evil.example/uk']) {
      const res = await api('GET', path);
      expect({ path, status: res.status, location: res.headers.get('location') }).toEqual({ path, status: expect.any(Number), location: null });
      expect([400, 404]).toContain(res.status);
    }
    const plain = await api('GET', '/uk');
    expect([301, 302]).toContain(plain.status);
    expect(plain.headers.get('location')).toBe('/uk/');
  });
});
