import { randomBytes } from 'node:crypto';
import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { superAdminToken } from '../../../cms/tests/harness/admins';

jest.setTimeout(60_000);
afterAll(closeDb);

/** A new official (admin role "Official", no authority yet) created the way a super admin invites one. */
async function newOfficial(): Promise<{ id: number; token: string }> {
  const admin = await superAdminToken();
  const roles = await api('GET', '/admin/roles', { bearer: admin });
  const role = roles.body.data.find((r: { code: string }) => r.code === 'vzd-official');
  const tag = randomBytes(4).toString('hex');
  const invited = await api('POST', '/admin/users', {
    bearer: admin,
    body: { firstname: 'Тест', lastname: `Посадовець ${tag}`, email: `official-${tag}@test.vzayemodiia.localhost`, roles: [role.id] },
  });
  expect(invited.status).toBe(201);
  const registered = await api('POST', '/admin/register', {
    body: { registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Тест', lastname: `Посадовець ${tag}`, password: `Official-${tag}-Pass1` } },
  });
  expect(registered.status).toBe(200);
  return { id: invited.body.data.id, token: registered.body.data.token };
}

async function grant(adminUserId: number, slug: string, role: string): Promise<void> {
  await db().query(
    `INSERT INTO core_authority_roles (authority_id, admin_user_id, role) SELECT id, $1, $3 FROM core_authorities WHERE slug = $2
     ON CONFLICT DO NOTHING`,
    [adminUserId, slug, role],
  );
}

async function filedPetition(authority: string): Promise<string> {
  const author = await createCitizen();
  const res = await api('POST', '/api/petitions/petitions', {
    cookie: author.cookie,
    body: {
      authority,
      title: `Петиція для перевірки ролей ${randomBytes(3).toString('hex')}`,
      text: 'Просимо встановити лавки та урни вздовж набережної, щоб там було зручно відпочивати.',
    },
  });
  expect(res.status).toBe(201);
  return res.body.data.documentId;
}

describe('officials’ roles per authority', () => {
  it('lets an official act only in the role they hold at the petition’s authority', async () => {
    const official = await newOfficial();
    const id = await filedPetition('bucha');
    const publish = () => api('POST', `/petitions/petitions/${id}/publish`, { bearer: official.token });
    const consider = () => api('POST', `/petitions/petitions/${id}/consideration`, { bearer: official.token });

    const unassigned = await publish();
    expect(unassigned.status).toBe(403);
    expect(unassigned.body.error.details.code).toBe('not_assigned');

    await grant(official.id, 'bucha', 'responder');
    const responder = await publish();
    expect(responder.status).toBe(403);
    expect(responder.body.error.details.code).toBe('role_missing');
    expect(responder.body.error.message).toContain('не маєте ролі');

    await grant(official.id, 'bucha', 'moderator');
    expect((await publish()).status).toBe(200);

    await db().query("DELETE FROM core_authority_roles WHERE admin_user_id = $1 AND role = 'responder'", [official.id]);
    const moderatorOnly = await consider();
    expect(moderatorOnly.status).toBe(403);
    expect(moderatorOnly.body.error.details.code).toBe('role_missing');

    // The authority's administrator stands in for every role: the check passes, the state machine answers.
    await grant(official.id, 'bucha', 'administrator');
    expect((await consider()).status).toBe(409);
  });

  it('keeps the demo official a moderator and responder of bucha and kyiv-region', async () => {
    const { rows } = await db().query(
      `SELECT a.slug, r.role FROM core_authority_roles r JOIN core_authorities a ON a.id = r.authority_id
       JOIN admin_users u ON u.id = r.admin_user_id WHERE u.email = 'official@demo.vzayemodiia.localhost' ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { slug: 'bucha', role: 'moderator' },
      { slug: 'bucha', role: 'responder' },
      { slug: 'kyiv-region', role: 'moderator' },
      { slug: 'kyiv-region', role: 'responder' },
    ]);
  });
});
