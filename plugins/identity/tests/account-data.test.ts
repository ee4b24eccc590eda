import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition, signatureCount } from '../../../cms/tests/harness/fixtures';
import { citizenWithPassword } from './helpers/accounts';
import { sessionCookieOf, verify } from './helpers/identity-provider';

// Whole flows through the provider: give them room on a loaded machine (jest's project-level testTimeout is ignored).
jest.setTimeout(60_000);
afterAll(closeDb);

describe('a citizen’s own data', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('downloads everything the platform holds about them', async () => {
    const citizen = await citizenWithPassword();
    const { cookie } = await verify(citizen.cookie, 'test-20');
    const authored = await collectingPetition(cookie, official);
    const other = await createCitizen();
    const signedId = await collectingPetition(other.cookie, official);
    expect((await api('POST', `/api/petitions/petitions/${signedId}/signatures`, { cookie })).status).toBe(201);

    const res = await api('GET', '/api/identity/me/export', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="vzayemodiia-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const data = res.body.data;
    expect(data.account).toMatchObject({ id: citizen.id, email: citizen.email, confirmed: true });
    expect(data.identity).toMatchObject({ level: 'verified', name: 'Тестова Особа 20', community: 'bucha' });
    expect(data.modules.petitions.authored).toEqual([
      expect.objectContaining({ documentId: authored, authority: 'bucha', status: 'collecting', authorName: 'Тестова Особа 20' }),
    ]);
    expect(data.modules.petitions.signatures).toEqual([expect.objectContaining({ documentId: signedId, signedAt: expect.any(String) })]);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/"password"|id_hash|3900000(0)?20\d/);
  });

  it('refuses to export for nobody', async () => {
    expect([401, 403]).toContain((await api('GET', '/api/identity/me/export')).status);
  });

  it('deletes the account after the password is typed again; signatures still count, pointing to no one', async () => {
    const citizen = await citizenWithPassword();
    const { cookie } = await verify(citizen.cookie, 'test-21');
    const authored = await collectingPetition(cookie, official);
    const other = await createCitizen();
    const signedId = await collectingPetition(other.cookie, official);
    expect((await api('POST', `/api/petitions/petitions/${signedId}/signatures`, { cookie })).status).toBe(201);
    expect(await signatureCount(signedId)).toBe(1);

    const wrong = await api('DELETE', '/api/identity/me', { cookie, body: { password: 'Not-The-Password-1' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.errors[0]).toMatchObject({ path: ['password'], message: 'Пароль невірний' });
    const missing = await api('DELETE', '/api/identity/me', { cookie, body: {} });
    expect(missing.status).toBe(400);

    const deleted = await api('DELETE', '/api/identity/me', { cookie, body: { password: citizen.password } });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ data: { deleted: true } });
    expect(sessionCookieOf(deleted)).toBe('vzd_session=');

    expect((await db().query('SELECT id FROM up_users WHERE id = $1', [citizen.id])).rows).toEqual([]);
    expect((await db().query('SELECT 1 FROM identity_verifications WHERE user_id = $1', [citizen.id])).rows).toEqual([]);
    // The signature is still counted, with no person behind it.
    expect(await signatureCount(signedId)).toBe(1);
    const { rows: signatures } = await db().query(
      'SELECT s.user_id FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id WHERE p.document_id = $1',
      [signedId],
    );
    expect(signatures).toEqual([{ user_id: null }]);
    expect((await api('GET', `/api/petitions/petitions/${signedId}/count`)).body.data.signatures).toBe(1);
    // The petition they filed stays published, linked to no account and no longer under their (verified) name.
    const petition = await api('GET', `/api/petitions/petitions/${authored}`);
    expect(petition.status).toBe(200);
    expect(petition.body.data).toMatchObject({ authorName: 'Автор видалив обліковий запис / The author deleted the account', authorVerified: false });
    const { rows: links } = await db().query(
      'SELECT l.* FROM petitions_petitions_author_lnk l JOIN petitions_petitions p ON p.id = l.petition_id WHERE p.document_id = $1',
      [authored],
    );
    expect(links).toEqual([]);
    const { rows: audit } = await db().query(
      "SELECT payload FROM core_audit_events WHERE module = 'identity' AND action = 'account.delete' AND item_id = $1",
      [`user:${citizen.id}`],
    );
    expect(audit).toEqual([{ payload: {} }]);

    // The old session is gone, and the person may verify a new account.
    expect([401, 403]).toContain((await api('GET', '/api/identity/me', { cookie })).status);
    const fresh = await createCitizen();
    expect((await verify(fresh.cookie, 'test-21')).landing.searchParams.get('verified')).toBe('1');
  });
});
