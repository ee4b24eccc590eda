import { randomBytes } from 'node:crypto';
import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { linkIn, mailsTo, waitForMail } from '../../../cms/tests/harness/mail';
import { citizenWithPassword, login } from './helpers/accounts';
import { sessionCookieOf } from './helpers/identity-provider';

// Whole flows through the provider: give them room on a loaded machine (jest's project-level testTimeout is ignored).
jest.setTimeout(60_000);
afterAll(closeDb);

const fieldErrors = (body: { error: { details: { errors: { path: string[]; message: string; messageEn: string }[] } } }) =>
  body.error.details.errors.map((e) => ({ path: e.path.join('.'), message: e.message, messageEn: e.messageEn }));

/** Waits for a mail newer than the `known` ones. */
async function newMail(address: string, known: number): Promise<string> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const mails = mailsTo(address);
    if (mails.length > known) return mails[mails.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new mail for ${address}`);
}

async function resetCodeFor(email: string): Promise<string> {
  const known = mailsTo(email).length;
  expect((await api('POST', '/api/auth/forgot-password', { body: { email } })).status).toBe(200);
  return new URL(linkIn(await newMail(email, known), 'code=')!).searchParams.get('code')!;
}

describe('logging out everywhere', () => {
  it('ends every session of the citizen, on every device', async () => {
    const citizen = await citizenWithPassword();
    const laptop = sessionCookieOf(await login(citizen.email, citizen.password))!;
    const phone = sessionCookieOf(await login(citizen.email, citizen.password))!;
    expect((await api('GET', '/api/identity/me', { cookie: phone })).status).toBe(200);

    const out = await api('DELETE', '/api/core/session?everywhere=true', { cookie: laptop });
    expect(out.status).toBe(200);
    expect(out.body.data.user).toBeNull();
    expect(sessionCookieOf(out)).toBe('vzd_session=');

    for (const cookie of [laptop, phone, citizen.cookie]) {
      const session = await api('GET', '/api/core/session', { cookie });
      expect(session.body.data.user).toBeNull();
      // The stale cookie is cleared from the browser too.
      expect(sessionCookieOf(session)).toBe('vzd_session=');
      expect([401, 403]).toContain((await api('GET', '/api/identity/me', { cookie })).status);
    }
    // Logging in again works, with a session that is valid.
    const again = sessionCookieOf(await login(citizen.email, citizen.password))!;
    expect((await api('GET', '/api/core/session', { cookie: again })).body.data.user.id).toBe(citizen.id);
  });

  it('asks for a session to log out everywhere', async () => {
    const res = await api('DELETE', '/api/core/session?everywhere=true');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('Увійдіть');
  });

  it('still logs out only this browser without the flag', async () => {
    const citizen = await citizenWithPassword();
    const laptop = sessionCookieOf(await login(citizen.email, citizen.password))!;
    const phone = sessionCookieOf(await login(citizen.email, citizen.password))!;
    expect((await api('DELETE', '/api/core/session', { cookie: laptop })).status).toBe(200);
    expect((await api('GET', '/api/core/session', { cookie: phone })).body.data.user.id).toBe(citizen.id);
  });
});

describe('login lockout', () => {
  it('locks the account with a growing wait after five failures, even for the right password', async () => {
    const citizen = await citizenWithPassword();
    for (let i = 0; i < 5; i++) expect((await login(citizen.email, 'Wrong-Password-Guess-1')).status).toBe(401);

    const locked = await login(citizen.email, citizen.password);
    expect(locked.status).toBe(429);
    expect(locked.body.error.details.code).toBe('login_locked');
    expect(locked.body.error.message).toMatch(/^Забагато невдалих спроб входу\. Спробуйте знову через \d+ с \/ Too many failed/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(25);
    expect(sessionCookieOf(locked)).toBeUndefined();

    // The same lock on users-permissions' own login endpoint.
    expect((await api('POST', '/api/auth/local', { body: { identifier: citizen.email, password: citizen.password } })).status).toBe(429);

    // When the wait is over the right password works and clears the count; the next failure is free again.
    await db().query("UPDATE identity_login_failures SET locked_until = now() - interval '1 second' WHERE key = $1", [`account:${citizen.id}`]);
    expect((await login(citizen.email, citizen.password)).status).toBe(200);
    expect((await login(citizen.email, 'Wrong-Password-Guess-1')).status).toBe(401);
    expect((await login(citizen.email, citizen.password)).status).toBe(200);
  });

  it('counts failures for addresses nobody registered the same way, so the lock reveals no account', async () => {
    const nobody = `nobody-${randomBytes(4).toString('hex')}@test.vzayemodiia.localhost`;
    for (let i = 0; i < 5; i++) expect((await login(nobody, 'Wrong-Password-Guess-1')).status).toBe(401);
    expect((await login(nobody, 'Wrong-Password-Guess-1')).status).toBe(429);
  });

  it('hands out tokens on /api/auth/local that "log out everywhere" reaches', async () => {
    const citizen = await citizenWithPassword();
    const res = await api('POST', '/api/auth/local', { body: { identifier: citizen.email, password: citizen.password } });
    expect(res.status).toBe(200);
    const bearer = res.body.jwt as string;
    expect((await api('GET', '/api/identity/me', { bearer })).status).toBe(200);
    const cookie = sessionCookieOf(await login(citizen.email, citizen.password))!;
    expect((await api('DELETE', '/api/core/session?everywhere=true', { cookie })).status).toBe(200);
    expect([401, 403]).toContain((await api('GET', '/api/identity/me', { bearer })).status);
  });
});

describe('password rules', () => {
  const person = () => {
    const tag = randomBytes(4).toString('hex');
    return { username: `pw-${tag}`, email: `pw-${tag}@test.vzayemodiia.localhost` };
  };

  it('refuses a common password at registration with a message on the password field', async () => {
    const who = person();
    const res = await api('POST', '/api/auth/local/register', { body: { ...who, password: 'Password2024!' } });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual([
      {
        path: 'password',
        message: 'Цей пароль надто поширений — його перебирають першим. Оберіть інший',
        messageEn: 'This password is too common — attackers try it first. Choose another one',
      },
    ]);
    const { rows } = await db().query('SELECT count(*)::int AS n FROM up_users WHERE email = $1', [who.email]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses short passwords, keyboard runs and the account’s own name', async () => {
    const who = person();
    const cases: [string, RegExp][] = [
      ['Kyiv-2024', /щонайменше 12 символів/],
      ['йцукенгшщзхї', /послідовностей клавіш/],
      ['ййййййййййййй', /повторів/],
      [`${who.username}-2024!`, /вашій адресі, імені користувача/],
      ['Slava-Ukraini-2024', /надто поширений/],
    ];
    for (const [password, message] of cases) {
      const res = await api('POST', '/api/auth/local/register', { body: { ...who, password } });
      expect(res.status).toBe(400);
      expect(fieldErrors(res.body)[0]).toMatchObject({ path: 'password', message: expect.stringMatching(message) });
    }
    const ok = await api('POST', '/api/auth/local/register', { body: { ...who, password: 'Kashtany-Tsvitut-U-Travni' } });
    expect(ok.status).toBe(200);
  });

  it('refuses a common password at reset too', async () => {
    const citizen = await citizenWithPassword();
    const code = await resetCodeFor(citizen.email);
    const res = await api('POST', '/api/auth/reset-password', { body: { code, password: 'iloveyou2024', passwordConfirmation: 'iloveyou2024' } });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)[0].path).toBe('password');
    expect((await login(citizen.email, citizen.password)).status).toBe(200);
  });
});

describe('password change', () => {
  it('checks the new password, ends the other sessions and keeps this browser signed in', async () => {
    const citizen = await citizenWithPassword();
    const laptop = sessionCookieOf(await login(citizen.email, citizen.password))!;
    const phone = sessionCookieOf(await login(citizen.email, citizen.password))!;
    const change = (password: string) =>
      api('POST', '/api/auth/change-password', { cookie: laptop, body: { currentPassword: citizen.password, password, passwordConfirmation: password } });

    const common = await change('sunshine-2024');
    expect(common.status).toBe(400);
    expect(fieldErrors(common.body)[0].path).toBe('password');

    const changed = await change('Lypy-Tsvitut-Na-Khreshchatyku');
    expect(changed.status).toBe(200);
    expect(changed.body.jwt).toBeUndefined();
    const renewed = sessionCookieOf(changed)!;
    expect(renewed).toBeDefined();
    expect((await api('GET', '/api/core/session', { cookie: renewed })).body.data.user.id).toBe(citizen.id);
    for (const old of [laptop, phone]) expect((await api('GET', '/api/core/session', { cookie: old })).body.data.user).toBeNull();
    expect((await login(citizen.email, 'Lypy-Tsvitut-Na-Khreshchatyku')).status).toBe(200);
  });
});

describe('password reset', () => {
  it('refuses a reset link older than one hour, and the link stops working', async () => {
    const citizen = await citizenWithPassword();
    const code = await resetCodeFor(citizen.email);
    await db().query("UPDATE identity_password_resets SET issued_at = now() - interval '61 minutes' WHERE user_id = $1", [citizen.id]);
    const body = { code, password: 'Nova-Vesna-Nad-Dniprom-3', passwordConfirmation: 'Nova-Vesna-Nad-Dniprom-3' };
    const late = await api('POST', '/api/auth/reset-password', { body });
    expect(late.status).toBe(400);
    expect(fieldErrors(late.body)[0]).toMatchObject({ path: 'code', message: expect.stringContaining('застаріло') });
    // Even if the clock were turned back, the code itself is gone.
    await db().query('UPDATE identity_password_resets SET issued_at = now() WHERE user_id = $1', [citizen.id]);
    expect((await api('POST', '/api/auth/reset-password', { body })).status).toBe(400);
    expect((await login(citizen.email, citizen.password)).status).toBe(200);
  });

  it('ends every open session when the password is reset, and gives no token in the answer', async () => {
    const citizen = await citizenWithPassword();
    const cookie = sessionCookieOf(await login(citizen.email, citizen.password))!;
    const code = await resetCodeFor(citizen.email);
    const next = 'Nova-Vesna-Nad-Dniprom-4';
    const reset = await api('POST', '/api/auth/reset-password', { body: { code, password: next, passwordConfirmation: next } });
    expect(reset.status).toBe(200);
    expect(reset.body.jwt).toBeUndefined();
    expect((await api('GET', '/api/core/session', { cookie })).body.data.user).toBeNull();
    expect((await login(citizen.email, next)).status).toBe(200);
  });

  it('mails a link that says it works for one hour', async () => {
    const citizen = await citizenWithPassword();
    await resetCodeFor(citizen.email);
    const mail = await waitForMail(citizen.email);
    expect(mail).toMatch(/одну годину|one hour/);
  });
});
