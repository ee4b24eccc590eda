import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, createCitizens } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition, petitionIdByTitle, signatureCount } from '../../../cms/tests/harness/fixtures';

afterAll(closeDb);

describe('signing a petition', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('counts a signature and shows it in the petition and the live count', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, official);
    const signer = await createCitizen();

    const signed = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie });
    expect(signed.status).toBe(201);
    expect(signed.body.data.signatures).toBe(1);

    const live = await api('GET', `/api/petitions/petitions/${id}/count`);
    expect(live.body.data.signatures).toBe(1);
    const status = await api('GET', `/api/petitions/petitions/${id}/signature`, { cookie: signer.cookie });
    expect(status.body.data).toMatchObject({ signed: true, canSign: false, reason: 'already_signed' });
  });

  it('refuses a second signature by the same person with 409', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, official);
    const signer = await createCitizen();
    expect((await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie })).status).toBe(201);
    const again = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('already_signed');
    expect(again.body.error.message).toContain('Ви вже підписали');
    expect(await signatureCount(id)).toBe(1);
  });

  it('stores exactly 50 signatures when 50 people sign at the same moment', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, official);
    const signers = await createCitizens(50);
    const results = await Promise.all(
      signers.map((s) => api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: s.cookie })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(await signatureCount(id)).toBe(50);
    // Each signer's answer carries the count its transaction saw: the counter row orders them, 1 to 50, none skipped.
    expect(results.map((r) => r.body.data.signatures).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await api('GET', `/api/petitions/petitions/${id}`)).body.data.signatures).toBe(50);
  });

  it('keeps every petition’s counter equal to its stored signatures', async () => {
    const { rows } = await db().query(
      `SELECT coalesce(c.petition_id, s.petition_id) AS petition_id, c.signatures AS counter, s.n AS stored
         FROM petitions_signature_counts c
         FULL JOIN (SELECT petition_id, count(*)::int AS n FROM petitions_signatures GROUP BY petition_id) s ON s.petition_id = c.petition_id
        WHERE coalesce(c.signatures, 0) <> coalesce(s.n, 0)`,
    );
    expect(rows).toEqual([]);
  });

  it('stores exactly one signature when one person tries 20 times at once', async () => {
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, official);
    const signer = await createCitizen();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await signatureCount(id)).toBe(1);
  });

  it('refuses to sign a petition that is not collecting', async () => {
    const signer = await createCitizen();
    for (const title of ['Облаштувати безпечну велодоріжку на вулиці Вокзальній', 'Створити інклюзивний дитячий майданчик у центрі міста']) {
      const id = await petitionIdByTitle(title);
      const res = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie });
      expect([404, 409]).toContain(res.status);
    }
  });

  it('refuses anonymous and unconfirmed signers', async () => {
    const id = await petitionIdByTitle('Облаштувати укриття біля ліцею № 3');
    const anonymous = await api('POST', `/api/petitions/petitions/${id}/signatures`);
    expect([401, 403]).toContain(anonymous.status);
    const unconfirmed = await createCitizen({ confirmed: false });
    const res = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: unconfirmed.cookie });
    expect([401, 403]).toContain(res.status);
  });

  it('refuses a cookie-authenticated write from another origin', async () => {
    const id = await petitionIdByTitle('Облаштувати укриття біля ліцею № 3');
    const signer = await createCitizen();
    const res = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('cross_origin');
  });
});
