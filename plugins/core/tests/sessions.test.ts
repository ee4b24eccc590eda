import { randomBytes } from 'node:crypto';
import { api, type ApiResponse } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { linkIn, mailsTo, waitForMail } from '../../../cms/tests/harness/mail';
import { testServer } from '../../../cms/tests/harness/server';

afterAll(closeDb);

const PASSWORD = 'Korrekt-Kin-Batareya-7';

/** A new person: unique username and address, so every test registers its own account. */
const newPerson = () => {
  const tag = randomBytes(4).toString('hex');
  return { username: `reg-${tag}`, email: `reg-${tag}@test.vzayemodiia.localhost`, password: PASSWORD };
};

/** The path and query of a link the server mailed, to follow it against the test server. */
const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};

const sessionCookieOf = (res: ApiResponse): string | undefined =>
  res.headers.getSetCookie().find((c) => c.startsWith('vzd_session='));

/** The cookie header a browser would send back after a login. */
const cookieHeader = (setCookie: string) => setCookie.split(';')[0];

/** Waits for a mail newer than the `known` ones (the same address may already have had one). */
async function waitForNewMail(address: string, known: number, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const mails = mailsTo(address);
    if (mails.length > known) return mails[mails.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new mail for ${address} within ${timeoutMs} ms`);
}

async function register(person: ReturnType<typeof newPerson>) {
  const res = await api('POST', '/api/auth/local/register', { body: person });
  expect(res.status).toBe(200);
  return res;
}

/** Registers over HTTP and follows the confirmation link from the mail. */
async function registerAndConfirm(person: ReturnType<typeof newPerson>) {
  await register(person);
  const link = linkIn(await waitForMail(person.email), 'confirmation=');
  expect(link).not.toBeNull();
  const confirmed = await api('GET', pathOf(link!));
  expect(confirmed.status).toBe(302);
}

const login = (identifier: string, password: string) => api('POST', '/api/core/session', { body: { identifier, password } });

describe('citizen accounts and sessions', () => {
  it('registers, confirms by the mailed link, logs in with an httpOnly cookie, and logs out', async () => {
    const person = newPerson();

    const registered = await register(person);
    // With email confirmation on, registering must not hand out a session.
    expect(registered.body.jwt).toBeUndefined();
    expect(registered.body.user).toMatchObject({ email: person.email, confirmed: false });
    expect(JSON.stringify(registered.body)).not.toContain(PASSWORD);

    const mail = await waitForMail(person.email);
    const link = linkIn(mail, 'confirmation=');
    expect(link).not.toBeNull();
    expect(link!.startsWith(`${testServer().url}/api/auth/email-confirmation?confirmation=`)).toBe(true);

    const confirmed = await api('GET', pathOf(link!));
    expect(confirmed.status).toBe(302);
    expect(new URL(confirmed.headers.get('location')!, testServer().url).pathname).toBe('/uk/account/confirmed/');
    const { rows } = await db().query('SELECT confirmed FROM up_users WHERE email = $1', [person.email]);
    expect(rows[0].confirmed).toBe(true);

    const loggedIn = await login(person.email, PASSWORD);
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body.data.user).toEqual({ id: expect.any(Number), username: person.username, email: person.email, confirmed: true });
    const setCookie = sessionCookieOf(loggedIn);
    expect(setCookie).toBeDefined();
    const attributes = setCookie!.toLowerCase().split(';').map((a) => a.trim());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    // The token lives only in the httpOnly cookie: page scripts must never see it.
    const token = cookieHeader(setCookie!).slice('vzd_session='.length);
    expect(token.length).toBeGreaterThan(20);
    expect(JSON.stringify(loggedIn.body)).not.toContain(token);
    expect(loggedIn.body.jwt).toBeUndefined();
    expect(loggedIn.body.data.jwt).toBeUndefined();

    const current = await api('GET', '/api/core/session', { cookie: cookieHeader(setCookie!) });
    expect(current.status).toBe(200);
    expect(current.body.data.user).toMatchObject({ username: person.username, email: person.email, confirmed: true });
    expect(current.headers.get('cache-control')).toContain('no-store');

    const loggedOut = await api('DELETE', '/api/core/session', { cookie: cookieHeader(setCookie!) });
    expect(loggedOut.status).toBe(200);
    expect(loggedOut.body.data.user).toBeNull();
    const cleared = sessionCookieOf(loggedOut);
    expect(cleared).toBeDefined();
    expect(cookieHeader(cleared!)).toBe('vzd_session=');
    expect(cleared!.toLowerCase()).toMatch(/expires=thu, 01 jan 1970|max-age=0/);

    const anonymous = await api('GET', '/api/core/session');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.user).toBeNull();
  });

  it('does not accept a confirmation link twice', async () => {
    const person = newPerson();
    await register(person);
    const link = linkIn(await waitForMail(person.email), 'confirmation=');
    expect((await api('GET', pathOf(link!))).status).toBe(302);
    const again = await api('GET', pathOf(link!));
    expect(again.status).toBe(400);
  });

  it('refuses to log in before the email is confirmed (403) and sets no cookie', async () => {
    const person = newPerson();
    await register(person);
    const res = await login(person.email, PASSWORD);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ data: null, error: { status: 403 } });
    expect(sessionCookieOf(res)).toBeUndefined();
  });

  // Server bug: the 403 arrives as a bare "Forbidden" with empty details (see the report).
  it('tells an unconfirmed citizen why (details.code email_not_confirmed, bilingual message)', async () => {
    const person = newPerson();
    await register(person);
    const res = await login(person.email, PASSWORD);
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('email_not_confirmed');
    expect(res.body.error.message).toBe(
      'Підтвердіть адресу електронної пошти за посиланням з листа / Confirm your email address with the link we sent you',
    );
  });

  it('refuses a wrong password and an unknown address alike with 401', async () => {
    const person = newPerson();
    await registerAndConfirm(person);

    const wrong = await login(person.email, `${PASSWORD}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ data: null, error: { status: 401 } });
    expect(sessionCookieOf(wrong)).toBeUndefined();

    // The same answer for an address nobody registered, so the form does not reveal who has an account.
    const unknown = await login(`nobody-${person.email}`, PASSWORD);
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  // Server bug: the 401 arrives as a bare "Unauthorized" (see the report).
  it('says "wrong email or password" in both languages', async () => {
    const res = await login(`nobody-${newPerson().email}`, PASSWORD);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Невірна адреса або пароль / Wrong email or password');
  });

  it('logs in by username and by the address typed in capitals', async () => {
    const person = newPerson();
    await registerAndConfirm(person);
    expect((await login(person.username, PASSWORD)).status).toBe(200);
    expect((await login(person.email.toUpperCase(), PASSWORD)).status).toBe(200);
  });

  it('refuses a malformed login request with field messages', async () => {
    const res = await login('', '');
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['identifier', 'password']));
  });

  it('shows no user for a forged or expired session cookie', async () => {
    const res = await api('GET', '/api/core/session', { cookie: 'vzd_session=eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged' });
    expect(res.status).toBe(200);
    expect(res.body.data.user).toBeNull();
  });

  it('creates no second account with the same address, and answers as for the first (no enumeration)', async () => {
    const person = newPerson();
    const first = await register(person);
    const again = await api('POST', '/api/auth/local/register', { body: { ...person, username: `${person.username}-2` } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ user: { ...first.body.user, username: `${person.username}-2` } });
    const { rows } = await db().query('SELECT count(*)::int AS n FROM up_users WHERE email = $1', [person.email]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a blocked account at login and forgets its open session', async () => {
    const person = newPerson();
    await registerAndConfirm(person);
    const loggedIn = await login(person.email, PASSWORD);
    const cookie = cookieHeader(sessionCookieOf(loggedIn)!);
    await db().query('UPDATE up_users SET blocked = true WHERE email = $1', [person.email]);

    const res = await login(person.email, PASSWORD);
    expect(res.status).toBe(403);
    expect(sessionCookieOf(res)).toBeUndefined();
    expect((await api('GET', '/api/core/session', { cookie })).body.data.user).toBeNull();
  });

  it('answers a reset request for an unknown address like any other, and sends nothing', async () => {
    const email = newPerson().email;
    const res = await api('POST', '/api/auth/forgot-password', { body: { email } });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(email)).toEqual([]);
  });

  it('resets a forgotten password with the mailed code, exactly once', async () => {
    const person = newPerson();
    await registerAndConfirm(person);
    const known = mailsTo(person.email).length;

    const forgot = await api('POST', '/api/auth/forgot-password', { body: { email: person.email } });
    expect(forgot.status).toBe(200);
    const link = linkIn(await waitForNewMail(person.email, known), 'code=');
    expect(link).not.toBeNull();
    const resetUrl = new URL(link!);
    expect(resetUrl.origin + resetUrl.pathname).toBe(`${testServer().url}/uk/account/reset/`);
    const code = resetUrl.searchParams.get('code')!;
    expect(code).toBeTruthy();

    const newPassword = 'Nove-Haslo-Dlia-Testu-9';
    const reset = await api('POST', '/api/auth/reset-password', {
      body: { code, password: newPassword, passwordConfirmation: newPassword },
    });
    expect(reset.status).toBe(200);

    expect((await login(person.email, newPassword)).status).toBe(200);
    expect((await login(person.email, PASSWORD)).status).toBe(401);

    const reused = await api('POST', '/api/auth/reset-password', {
      body: { code, password: 'Shche-Odne-Haslo-3', passwordConfirmation: 'Shche-Odne-Haslo-3' },
    });
    expect(reused.status).toBe(400);
    expect((await login(person.email, 'Shche-Odne-Haslo-3')).status).toBe(401);
    expect((await login(person.email, newPassword)).status).toBe(200);
  });
});
