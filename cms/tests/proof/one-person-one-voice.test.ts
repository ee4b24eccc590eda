import { randomBytes } from 'node:crypto';
import { api } from '../harness/http';
import { closeDb, db } from '../harness/database';
import { createCitizen } from '../harness/citizens';
import { officialToken, superAdminToken } from '../harness/admins';
import { collectingPetition, signatureCount } from '../harness/fixtures';
import { citizenWithPassword } from '../../../plugins/identity/tests/helpers/accounts';
import { verify } from '../../../plugins/identity/tests/helpers/identity-provider';
import { answers as pollAnswers, openPoll, respond, responseCount } from '../../../plugins/polls/tests/helpers';
import { openConsultation, PUBLIC as CONSULTATIONS } from '../../../plugins/consultations/tests/helpers';

/**
 * Participation that counts is unique per person wherever the person is verified, not per account: deleting the
 * account and verifying a new one as the same person must not give a second signature, poll response or
 * questionnaire answer. Email-level participation stays per account, and every row says which level it counted.
 * National authorities ask for a verified identity to sign (and to file), and a published author name is the
 * verified one, never typed in. Persons test-31…test-34 of the demo identity provider belong to this file.
 */
jest.setTimeout(120_000);
afterAll(closeDb);

/** A confirmed account with a password, verified at the demo provider as `person`; the cookie after verification. */
async function verifiedCitizen(person: string) {
  const citizen = await citizenWithPassword();
  const verified = await verify(citizen.cookie, person);
  if (verified.landing.searchParams.get('verified') !== '1') throw new Error(`verification failed: ${verified.landing}`);
  return { ...citizen, cookie: verified.cookie };
}

const sign = (cookie: string, id: string) => api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie });
const answerQuestionnaire = (cookie: string, id: string) =>
  api('POST', `${CONSULTATIONS}/${id}/answers`, { cookie, body: { answers: { q1: 0, q2: 'Додати строк' } } });

async function questionnaireAnswers(documentId: string): Promise<number> {
  const { rows } = await db().query(
    'SELECT count(*)::int AS n FROM consultations_answers a JOIN consultations_consultations c ON c.id = a.consultation_id WHERE c.document_id = $1',
    [documentId],
  );
  return rows[0].n;
}

describe('one person, one voice — across accounts', () => {
  let petition: string;
  let poll: string;
  let consultation: string;
  let again: string;

  beforeAll(async () => {
    const official = await officialToken();
    const filer = await createCitizen();
    [petition, poll, consultation] = await Promise.all([collectingPetition(filer.cookie, official), openPoll(official), openConsultation(official)]);

    const first = await verifiedCitizen('test-32');
    expect((await sign(first.cookie, petition)).status).toBe(201);
    expect((await respond(first.cookie, poll, pollAnswers())).status).toBe(201);
    expect((await answerQuestionnaire(first.cookie, consultation)).status).toBe(201);
    const deleted = await api('DELETE', '/api/identity/me', { cookie: first.cookie, body: { password: first.password } });
    expect(deleted.status).toBe(200);

    again = (await verifiedCitizen('test-32')).cookie;
  });

  it('refuses a second signature by the same verified person from a new account', async () => {
    const refused = await sign(again, petition);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.code).toBe('already_signed');
    expect(await signatureCount(petition)).toBe(1);
    expect((await api('GET', `/api/petitions/petitions/${petition}/count`)).body.data.signatures).toBe(1);
    const status = await api('GET', `/api/petitions/petitions/${petition}/signature`, { cookie: again });
    expect(status.body.data).toMatchObject({ signed: true, canSign: false, reason: 'already_signed' });
  });

  it('refuses a second poll response by the same verified person from a new account', async () => {
    const refused = await respond(again, poll, pollAnswers('o2'));
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.code).toBe('already_responded');
    expect(await responseCount(poll)).toBe(1);
    const mine = await api('GET', `/api/polls/polls/${poll}/response`, { cookie: again });
    expect(mine.body.data).toMatchObject({ responded: false, canRespond: false, reason: 'already_responded' });
  });

  it('refuses a second questionnaire answer by the same verified person from a new account', async () => {
    const refused = await answerQuestionnaire(again, consultation);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.code).toBe('already_answered');
    expect(await questionnaireAnswers(consultation)).toBe(1);
    const mine = await api('GET', `${CONSULTATIONS}/${consultation}/participation`, { cookie: again });
    expect(mine.body.data).toMatchObject({ answered: true });
  });

  it('keeps the person key, not the account, on the participation rows after the account is deleted', async () => {
    const { rows } = await db().query(
      `SELECT s.user_id, s.level, s.person_key FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id
        WHERE p.document_id = $1`,
      [petition],
    );
    expect(rows).toEqual([{ user_id: null, level: 'verified', person_key: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // A per-item key: the identity hash itself is on no participation row, and two items' keys differ.
    const { rows: hashes } = await db().query('SELECT id_hash FROM identity_verifications');
    expect(hashes.map((h: { id_hash: string }) => h.id_hash)).not.toContain(rows[0].person_key);
    const { rows: poll_ } = await db().query(
      'SELECT r.level, r.person_key FROM polls_responses r JOIN polls_polls p ON p.id = r.poll_id WHERE p.document_id = $1',
      [poll],
    );
    expect(poll_).toEqual([{ level: 'verified', person_key: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(poll_[0].person_key).not.toBe(rows[0].person_key);
  });

  it('counts what an account did before verifying for the person too, once it is verified', async () => {
    const official = await officialToken();
    const filer = await createCitizen();
    const [id, laterPoll] = await Promise.all([collectingPetition(filer.cookie, official), openPoll(official)]);
    const citizen = await citizenWithPassword();
    expect((await sign(citizen.cookie, id)).status).toBe(201);
    expect((await respond(citizen.cookie, laterPoll, pollAnswers())).status).toBe(201);
    const levels = async () =>
      (
        await db().query(
          `SELECT s.level FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id WHERE p.document_id = $1
           UNION ALL SELECT r.level FROM polls_responses r JOIN polls_polls p ON p.id = r.poll_id WHERE p.document_id = $2`,
          [id, laterPoll],
        )
      ).rows.map((r: { level: string }) => r.level);
    expect(await levels()).toEqual(['email', 'email']);

    const verified = await verify(citizen.cookie, 'test-31');
    expect(verified.landing.searchParams.get('verified')).toBe('1');
    expect(await levels()).toEqual(['verified', 'verified']);
    expect((await api('DELETE', '/api/identity/me', { cookie: verified.cookie, body: { password: citizen.password } })).status).toBe(200);

    const next = (await verifiedCitizen('test-31')).cookie;
    expect((await sign(next, id)).body.error?.details?.code).toBe('already_signed');
    expect((await respond(next, laterPoll, pollAnswers('o3'))).body.error?.details?.code).toBe('already_responded');
    expect(await signatureCount(id)).toBe(1);
    expect(await responseCount(laterPoll)).toBe(1);
  });

  it('counts email-level participation per account and says which level each row counted', async () => {
    const official = await officialToken();
    const filer = await createCitizen();
    const id = await collectingPetition(filer.cookie, official);
    const [one, two] = [await createCitizen(), await createCitizen()];
    expect((await sign(one.cookie, id)).status).toBe(201);
    expect((await sign(two.cookie, id)).status).toBe(201);
    expect((await sign(one.cookie, id)).status).toBe(409);
    const { rows } = await db().query(
      `SELECT s.level, s.person_key FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id WHERE p.document_id = $1`,
      [id],
    );
    expect(rows).toEqual([
      { level: 'email', person_key: null },
      { level: 'email', person_key: null },
    ]);
    expect((await api('GET', `/api/petitions/petitions/${id}`)).body.data).toMatchObject({ signatures: 2, signatureLevel: 'email' });
  });
});

describe('national authorities ask for a verified identity', () => {
  let superAdmin: string;
  let verified: string;
  beforeAll(async () => {
    superAdmin = await superAdminToken();
    verified = (await verifiedCitizen('test-34')).cookie;
  });

  it('requires a verified identity to sign a Cabinet petition by default, while a community keeps email', async () => {
    const cabinet = await collectingPetition(verified, superAdmin, 'cabinet');
    const detail = (await api('GET', `/api/petitions/petitions/${cabinet}`)).body.data;
    expect(detail).toMatchObject({ signatureLevel: 'verified', filingLevel: 'verified' });
    const emailOnly = await createCitizen();
    const refused = await sign(emailOnly.cookie, cabinet);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('verification_required');
    expect(await signatureCount(cabinet)).toBe(0);
    expect((await sign(verified, cabinet)).status).toBe(201);

    const local = await collectingPetition(emailOnly.cookie, superAdmin, 'bucha');
    expect((await api('GET', `/api/petitions/petitions/${local}`)).body.data).toMatchObject({ signatureLevel: 'email', filingLevel: 'email' });
  });

  it('refuses filing below the level the authority requires for filing', async () => {
    const emailOnly = await createCitizen();
    const file = (cookie: string, authority: string) =>
      api('POST', '/api/petitions/petitions', {
        cookie,
        body: { authority, title: `Петиція про рівень ${randomBytes(3).toString('hex')}`, text: 'Просимо облаштувати зупинку з навісом і лавкою біля нової школи на вулиці Садовій.' },
      });
    const atCabinet = await file(emailOnly.cookie, 'cabinet');
    expect(atCabinet.status).toBe(403);
    expect(atCabinet.body.error.details.code).toBe('verification_required');

    // A community that chose to ask for a verified identity to file (and kept email for signing).
    const slug = `voice-${randomBytes(4).toString('hex')}`;
    await db().query(
      `INSERT INTO core_authorities (document_id, name_uk, name_en, slug, kind, module_settings, created_at, updated_at, published_at)
       VALUES ($1, 'Тестова громада', 'Test community', $2, 'community', $3, now(), now(), now())`,
      [randomBytes(12).toString('hex'), slug, JSON.stringify({ petitions: { filingLevel: 'verified' } })],
    );
    const filed = async () =>
      (
        await db().query(
          `SELECT count(*)::int AS n FROM petitions_petitions_authority_lnk l JOIN core_authorities a ON a.id = l.authority_id WHERE a.slug = $1`,
          [slug],
        )
      ).rows[0].n;
    const refused = await file(emailOnly.cookie, slug);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('verification_required');
    expect(await filed()).toBe(0);
    expect((await file(verified, slug)).status).toBe(201);
    expect(await filed()).toBe(1);
  });
});

describe('an authority can ask a verified identity of poll respondents', () => {
  it('refuses an email-level respondent and says so on the poll', async () => {
    const superAdmin = await superAdminToken();
    const slug = `voice-polls-${randomBytes(4).toString('hex')}`;
    await db().query(
      `INSERT INTO core_authorities (document_id, name_uk, name_en, slug, kind, module_settings, created_at, updated_at, published_at)
       VALUES ($1, 'Громада опитувань', 'Polls community', $2, 'community', $3, now(), now(), now())`,
      [randomBytes(12).toString('hex'), slug, JSON.stringify({ polls: { responseLevel: 'verified' } })],
    );
    const id = await openPoll(superAdmin, { authority: slug });
    expect((await api('GET', `/api/polls/polls/${id}`)).body.data.responseLevel).toBe('verified');
    const emailOnly = await createCitizen();
    const refused = await respond(emailOnly.cookie, id, pollAnswers());
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('verification_required');
    expect((await api('GET', `/api/polls/polls/${id}/response`, { cookie: emailOnly.cookie })).body.data).toMatchObject({
      canRespond: false,
      reason: 'verification_required',
    });
    expect(await responseCount(id)).toBe(0);
  });
});

describe('the author name is the verified one, never typed in', () => {
  it('publishes a petition under the verified name, and an unverified author without a name', async () => {
    const superAdmin = await superAdminToken();
    const verified = (await verifiedCitizen('test-33')).cookie;
    const byVerified = await collectingPetition(verified, superAdmin);
    expect((await api('GET', `/api/petitions/petitions/${byVerified}`)).body.data).toMatchObject({ authorName: 'Тестова Особа 33', authorVerified: true });
    const byEmail = await collectingPetition((await createCitizen()).cookie, superAdmin);
    expect((await api('GET', `/api/petitions/petitions/${byEmail}`)).body.data).toMatchObject({ authorName: null, authorVerified: false });

    const typed = await api('POST', '/api/petitions/petitions', {
      cookie: verified,
      body: { authority: 'bucha', title: 'Петиція від чужого імені', text: 'Просимо облаштувати зупинку з навісом і лавкою біля нової школи на вулиці Садовій.', authorName: 'Президент України' },
    });
    expect(typed.status).toBe(400);

    const consultation = await openConsultation(superAdmin);
    const comment = (cookie: string, body: Record<string, unknown>) => api('POST', `${CONSULTATIONS}/${consultation}/sections/1/comments`, { cookie, body });
    expect((await comment(verified, { body: 'Пропоную уточнити перший розділ.', authorName: 'Президент України' })).status).toBe(400);
    const mine = await comment(verified, { body: 'Пропоную уточнити перший розділ.' });
    expect(mine.status).toBe(201);
    expect(mine.body.data).toMatchObject({ authorName: 'Тестова Особа 33', authorVerified: true });
    expect((await comment((await createCitizen()).cookie, { body: 'Пропоную уточнити перший розділ ще раз.' })).body.data).toMatchObject({
      authorName: null,
      authorVerified: false,
    });
    const section = (await api('GET', `${CONSULTATIONS}/${consultation}/sections/1`)).body.data;
    expect(section.comments.map((c: { authorName: string | null; authorVerified: boolean }) => [c.authorName, c.authorVerified])).toEqual([
      ['Тестова Особа 33', true],
      [null, false],
    ]);
  });
});
