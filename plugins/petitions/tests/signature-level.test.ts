import { api } from '../../../cms/tests/harness/http';
import { closeDb } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { superAdminToken } from '../../../cms/tests/harness/admins';
import { collectingPetition } from '../../../cms/tests/harness/fixtures';

afterAll(closeDb);

// The demo authority "irpin" accepts signatures only from citizens with a verified identity.
describe('the signature level an authority requires', () => {
  it('is public on the petition and explained in advance to a citizen who lacks it', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, await superAdminToken(), 'irpin');
    const detail = await api('GET', `/api/petitions/petitions/${id}`);
    expect(detail.body.data.signatureLevel).toBe('verified');

    const citizen = await createCitizen();
    const status = await api('GET', `/api/petitions/petitions/${id}/signature`, { cookie: citizen.cookie });
    expect(status.body.data).toMatchObject({ signed: false, canSign: false, reason: 'verification_required' });

    const refused = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: citizen.cookie });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('verification_required');
  });

  it('lets an email-confirmed citizen sign where the authority asks for no more', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, await superAdminToken(), 'bucha');
    expect((await api('GET', `/api/petitions/petitions/${id}`)).body.data.signatureLevel).toBe('email');
    const citizen = await createCitizen();
    const status = await api('GET', `/api/petitions/petitions/${id}/signature`, { cookie: citizen.cookie });
    expect(status.body.data).toMatchObject({ canSign: true, reason: null });
  });
});
