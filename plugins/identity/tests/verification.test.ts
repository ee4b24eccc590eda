import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { superAdminToken } from '../../../cms/tests/harness/admins';
import { collectingPetition, signatureCount } from '../../../cms/tests/harness/fixtures';
import { levelOf } from './helpers/accounts';
import { landing, startVerification, throughProvider, verify } from './helpers/identity-provider';

// Whole flows through the provider: give them room on a loaded machine (jest's project-level testTimeout is ignored).
jest.setTimeout(60_000);
afterAll(closeDb);

// Each test verifies its own invented person (test-01 … of the demo provider), so tests do not depend on each other.

describe('verified identity over OpenID Connect', () => {
  it('verifies a citizen through the provider’s login and consent pages and rotates the session', async () => {
    const citizen = await createCitizen();
    const before = await api('GET', '/api/identity/me', { cookie: citizen.cookie });
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual({ level: 'email', name: null, community: null, verifiedAt: null, verificationAvailable: true });

    const started = await startVerification(citizen.cookie, '/uk/petitions/?page=2');
    expect(started.status).toBe(302);
    const authorization = new URL(started.headers.get('location')!);
    expect(authorization.searchParams.get('response_type')).toBe('code');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    const { rows: pending } = await db().query('SELECT user_id, return_path FROM identity_oidc_transactions WHERE state = $1', [
      authorization.searchParams.get('state'),
    ]);
    expect(pending).toEqual([{ user_id: citizen.id, return_path: '/uk/petitions/?page=2' }]);

    const callbackPath = await throughProvider(authorization.toString(), 'test-01');
    expect(callbackPath).toMatch(/^\/api\/identity\/verify\/callback\?code=/);
    const callback = await api('GET', callbackPath, { cookie: citizen.cookie });
    expect(callback.status).toBe(302);
    const back = landing(callback);
    expect(back.pathname).toBe('/uk/petitions/');
    expect(back.searchParams.get('page')).toBe('2');
    expect(back.searchParams.get('verified')).toBe('1');

    // A change of privilege: a new session cookie, and the old one no longer works.
    const rotated = callback.headers.getSetCookie().find((c) => c.startsWith('vzd_session='));
    expect(rotated).toBeDefined();
    expect(rotated!.toLowerCase()).toContain('httponly');
    const cookie = rotated!.split(';')[0];
    expect(cookie).not.toBe(citizen.cookie);
    expect((await api('GET', '/api/core/session', { cookie: citizen.cookie })).body.data.user).toBeNull();

    const me = await api('GET', '/api/identity/me', { cookie });
    expect(me.body.data).toMatchObject({ level: 'verified', name: 'Тестова Особа 01', community: 'bucha', verificationAvailable: true });
    expect(new Date(me.body.data.verifiedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps the name, community and a keyed hash of the national number — never the number', async () => {
    const citizen = await createCitizen();
    const { landing: back } = await verify(citizen.cookie, 'test-02');
    expect(back.searchParams.get('verified')).toBe('1');
    const { rows } = await db().query('SELECT * FROM identity_verifications WHERE user_id = $1', [citizen.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ level: 'verified', name: 'Тестова Особа 02', community: 'bucha' });
    expect(rows[0].id_hash).toMatch(/^[0-9a-f]{64}$/);
    // test-02's number is 39 0000002 + a check digit: no column holds it.
    expect(JSON.stringify(rows[0])).not.toMatch(/390000002\d/);
    expect(rows[0].issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses to verify a second account of the same person', async () => {
    const first = await createCitizen();
    const second = await createCitizen();
    expect((await verify(first.cookie, 'test-03')).landing.searchParams.get('verified')).toBe('1');

    const again = await verify(second.cookie, 'test-03');
    expect(again.callback.status).toBe(302);
    expect(again.landing.searchParams.get('verification_error')).toBe('already_verified_elsewhere');
    expect(again.landing.searchParams.get('verified')).toBeNull();
    expect(await levelOf(second.cookie)).toBe('email');
    const { rows } = await db().query(
      'SELECT count(*)::int AS n FROM identity_verifications WHERE id_hash = (SELECT id_hash FROM identity_verifications WHERE user_id = $1)',
      [first.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses to turn a verified account into another person', async () => {
    const citizen = await createCitizen();
    const first = await verify(citizen.cookie, 'test-04');
    const again = await verify(first.cookie, 'test-05');
    expect(again.landing.searchParams.get('verification_error')).toBe('different_person');
    const me = await api('GET', '/api/identity/me', { cookie: again.cookie });
    expect(me.body.data).toMatchObject({ level: 'verified', name: 'Тестова Особа 04' });
  });

  it('comes back with access_denied when the citizen denies consent, or cancels at login', async () => {
    const citizen = await createCitizen();
    const denied = await verify(citizen.cookie, 'test-06', 'deny', '/en/account/');
    expect(denied.landing.pathname).toBe('/en/account/');
    expect(denied.landing.searchParams.get('verification_error')).toBe('access_denied');
    expect(denied.callback.headers.getSetCookie().find((c) => c.startsWith('vzd_session='))).toBeUndefined();

    const cancelled = await verify(citizen.cookie, 'test-06', 'cancel');
    expect(cancelled.landing.searchParams.get('verification_error')).toBe('access_denied');
    expect(await levelOf(citizen.cookie)).toBe('email');
  });

  it('refuses an answer with a state it never issued', async () => {
    const citizen = await createCitizen();
    const res = await api('GET', '/api/identity/verify/callback?code=forged-code&state=forged-state', { cookie: citizen.cookie });
    expect(res.status).toBe(302);
    expect(landing(res).pathname).toBe('/uk/account/');
    expect(landing(res).searchParams.get('verification_error')).toBe('invalid_state');
    const missing = await api('GET', '/api/identity/verify/callback', { cookie: citizen.cookie });
    expect(landing(missing).searchParams.get('verification_error')).toBe('invalid_state');
    expect(await levelOf(citizen.cookie)).toBe('email');
  });

  it('refuses an answer after the verification has expired', async () => {
    const citizen = await createCitizen();
    const started = await startVerification(citizen.cookie);
    const state = new URL(started.headers.get('location')!).searchParams.get('state');
    const callbackPath = await throughProvider(started.headers.get('location')!, 'test-07');
    await db().query("UPDATE identity_oidc_transactions SET expires_at = now() - interval '1 second' WHERE state = $1", [state]);
    const res = await api('GET', callbackPath, { cookie: citizen.cookie });
    expect(landing(res).searchParams.get('verification_error')).toBe('expired');
    expect(await levelOf(citizen.cookie)).toBe('email');
  });

  it('accepts a code once: replaying the same answer is refused', async () => {
    const citizen = await createCitizen();
    const done = await verify(citizen.cookie, 'test-08');
    expect(done.landing.searchParams.get('verified')).toBe('1');
    const replay = await api('GET', done.callbackPath, { cookie: done.cookie });
    expect(replay.status).toBe(302);
    expect(landing(replay).searchParams.get('verification_error')).toBe('already_used');
    expect(replay.headers.getSetCookie().find((c) => c.startsWith('vzd_session='))).toBeUndefined();
    const { rows } = await db().query(
      "SELECT count(*)::int AS n FROM core_audit_events WHERE module = 'identity' AND action = 'identity.verify' AND item_id = $1",
      [`user:${citizen.id}`],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses an answer brought back by another account than the one that started', async () => {
    const starter = await createCitizen();
    const other = await createCitizen();
    const started = await startVerification(starter.cookie);
    const callbackPath = await throughProvider(started.headers.get('location')!, 'test-09');
    const res = await api('GET', callbackPath, { cookie: other.cookie });
    expect(landing(res).searchParams.get('verification_error')).toBe('session_mismatch');
    expect(await levelOf(other.cookie)).toBe('email');
    expect(await levelOf(starter.cookie)).toBe('email');
  });

  it('needs a signed-in citizen, and sends back only to paths of this site', async () => {
    const anonymous = await startVerification(undefined, '/uk/petitions/abc/');
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe('/uk/petitions/abc/?verification_error=sign_in_required');
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/api/core/session']) {
      const res = await startVerification(undefined, next);
      expect(res.headers.get('location')).toBe('/uk/account/?verification_error=sign_in_required');
    }
  });
});

describe('signing where the authority requires a verified identity', () => {
  it('refuses an email-only signer with verification_required, and counts the signature once verified', async () => {
    const author = await createCitizen();
    // Irpin's demo settings require a verified identity to sign.
    const id = await collectingPetition(author.cookie, await superAdminToken(), 'irpin');
    const signer = await createCitizen();

    const refused = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('verification_required');
    expect(refused.body.error.message).toContain('Підтвердьте її через Дію або BankID');
    expect(refused.body.error.message).toContain('Verify it with Diia or BankID');
    expect(await signatureCount(id)).toBe(0);

    const { cookie } = await verify(signer.cookie, 'test-10');
    const signed = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie });
    expect(signed.status).toBe(201);
    expect(await signatureCount(id)).toBe(1);
  });

  it('lets email-level citizens sign where the authority asks only for a confirmed email', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, await superAdminToken(), 'bucha');
    const signer = await createCitizen();
    expect((await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie })).status).toBe(201);
  });
});
