import { randomBytes } from 'node:crypto';
import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, type TestCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition } from '../../../cms/tests/harness/fixtures';
import { testServer } from '../../../cms/tests/harness/server';

afterAll(closeDb);

const LIST = '/api/petitions/petitions';
const TEXT = 'Просимо встановити світлофор на перехресті біля школи, бо діти щодня переходять дорогу без нього.';
const AUTHOR_NAME = `Авторка ${randomBytes(3).toString('hex')}`;

/** A citizen verified under a unique name, so the test can look for that name in public answers. */
async function verifiedAuthor(): Promise<TestCitizen> {
  const citizen = await createCitizen();
  await db().query(
    `INSERT INTO identity_verifications (user_id, level, name, id_hash, issuer) VALUES ($1, 'verified', $2, $3, 'rejected-tests')`,
    [citizen.id, AUTHOR_NAME, randomBytes(32).toString('hex')],
  );
  return citizen;
}

async function file(author: TestCitizen) {
  const title = `Петиція для відхилення ${randomBytes(4).toString('hex')}`;
  const text = `${TEXT} Мітка ${randomBytes(4).toString('hex')}.`;
  const res = await api('POST', LIST, { cookie: author.cookie, body: { authority: 'bucha', title, text } });
  expect(res.status).toBe(201);
  return { id: res.body.data.documentId as string, title, text };
}

const reject = (bearer: string, id: string, body: unknown) => api('POST', `/petitions/petitions/${id}/reject`, { bearer, body });
const resubmit = (id: string, cookie: string | undefined, body: unknown) =>
  api('POST', `${LIST}/${id}/resubmission`, cookie ? { cookie, body } : { body });
const fieldsOf = (res: { body: { error?: { details?: { errors?: { path: string[] }[] } } } }) =>
  (res.body.error?.details?.errors ?? []).map((e) => e.path.join('.'));

describe('a petition rejected as offensive or unlawful', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it.each(['offensive', 'unlawful'] as const)('shows the public only its number, dates, authority and reason (%s)', async (reason) => {
    const author = await verifiedAuthor();
    const { id, title, text } = await file(author);
    const note = `Цитата з тексту: ${title}`;
    expect((await reject(official, id, { reason, note })).status).toBe(200);

    const detail = await api('GET', `${LIST}/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({
      documentId: id,
      status: 'rejected',
      rejectionReason: reason,
      contentWithheld: true,
      title: null,
      text: null,
      authorName: null,
      rejectionNote: null,
      authority: { slug: 'bucha' },
    });
    expect(detail.body.data.createdAt).toEqual(expect.any(String));
    const raw = JSON.stringify(detail.body);
    for (const secret of [title, text, AUTHOR_NAME]) expect(raw).not.toContain(secret);

    const listed = await api('GET', `${LIST}?status=rejected&pageSize=100`);
    const entry = listed.body.data.find((p: { documentId: string }) => p.documentId === id);
    expect(entry).toMatchObject({ title: null, contentWithheld: true, status: 'rejected' });
    expect(JSON.stringify(listed.body)).not.toContain(title);

    // Searching for its words finds nothing: a hit would reveal what it said.
    const marker = /Мітка [0-9a-f]+/.exec(text)![0];
    for (const q of [title, marker]) {
      const found = await api('GET', `${LIST}?q=${encodeURIComponent(q)}`);
      expect(found.body.meta.pagination.total).toBe(0);
    }

    // The official and the author still see everything.
    const queue = await api('GET', '/petitions/petitions?filter=all', { bearer: official });
    expect(queue.body.data.find((p: { documentId: string }) => p.documentId === id)).toMatchObject({ title, text, rejectionReason: reason });
    const mine = await api('GET', `${LIST}/mine`, { cookie: author.cookie });
    expect(mine.body.data.find((p: { documentId: string }) => p.documentId === id)).toMatchObject({
      title,
      text,
      status: 'rejected',
      rejectionReason: reason,
      rejectionNote: note,
      canResubmit: true,
    });
  });

  it('keeps the content of a petition rejected for another reason public', async () => {
    const { id, title, text } = await file(await verifiedAuthor());
    expect((await reject(official, id, { reason: 'no_clear_request' })).status).toBe(200);
    expect((await api('GET', `${LIST}/${id}`)).body.data).toMatchObject({ title, text, contentWithheld: false, correctable: true, authorName: AUTHOR_NAME });
  });
});

describe('a duplicate', () => {
  let official: string;
  let original: string;
  beforeAll(async () => {
    official = await officialToken();
    original = await collectingPetition((await createCitizen()).cookie, official);
  });

  it('records the published original it repeats, and the public detail names it', async () => {
    const { id, title } = await file(await createCitizen());
    const res = await reject(official, id, { reason: 'duplicate', duplicateOf: original });
    expect(res.status).toBe(200);
    expect((await api('GET', `${LIST}/${id}`)).body.data).toMatchObject({
      status: 'rejected',
      rejectionReason: 'duplicate',
      duplicateOf: original,
      title,
      contentWithheld: false,
      correctable: false,
    });
    const events = await db().query(
      "SELECT payload FROM core_audit_events WHERE module = 'petitions' AND item_id = $1 AND action = 'petition.reject'",
      [id],
    );
    expect(events.rows[0].payload).toMatchObject({ reason: 'duplicate', duplicateOf: original });
  });

  it('refuses a duplicate without an original, or with one that is unknown, unpublished or itself, as a field error', async () => {
    const { id } = await file(await createCitizen());
    const unpublished = (await file(await createCitizen())).id;
    for (const body of [
      { reason: 'duplicate' },
      { reason: 'duplicate', duplicateOf: 'zzzzzzzzzzzzzzzzzzzzzzzz' },
      { reason: 'duplicate', duplicateOf: unpublished },
      { reason: 'duplicate', duplicateOf: id },
      { reason: 'offensive', duplicateOf: original },
    ]) {
      const res = await reject(official, id, body);
      expect({ body, status: res.status, fields: fieldsOf(res) }).toEqual({ body, status: 400, fields: ['duplicateOf'] });
      expect(res.body.error.details.errors[0]).toMatchObject({ message: expect.stringMatching(/[а-яії]/), messageEn: expect.any(String) });
    }
    // Nothing changed: it still waits for moderation.
    expect((await api('GET', `${LIST}/${id}`)).status).toBe(404);
  });
});

describe('correcting and resubmitting a rejected petition', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  const corrected = () => ({
    title: `Виправлена петиція ${randomBytes(4).toString('hex')}`,
    text: `${TEXT} Виправлено ${randomBytes(4).toString('hex')}.`,
  });

  it('returns the same petition to moderation with the corrected text and keeps the rejection in its history', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    expect((await reject(official, id, { reason: 'offensive', note: 'Образливі слова в заголовку.' })).status).toBe(200);

    const body = corrected();
    const res = await resubmit(id, author.cookie, body);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ documentId: id, status: 'submitted' });

    // Back in moderation: out of public view, in the official's queue with the new text, in the author's list.
    expect((await api('GET', `${LIST}/${id}`)).status).toBe(404);
    const queue = await api('GET', '/petitions/petitions?filter=moderation', { bearer: official });
    expect(queue.body.data.find((p: { documentId: string }) => p.documentId === id)).toMatchObject({ ...body, status: 'submitted' });
    const mine = await api('GET', `${LIST}/mine`, { cookie: author.cookie });
    expect(mine.body.data.find((p: { documentId: string }) => p.documentId === id)).toMatchObject({
      ...body,
      status: 'submitted',
      rejectionReason: null,
      canResubmit: false,
    });

    const events = await db().query(
      "SELECT action, actor, payload FROM core_audit_events WHERE module = 'petitions' AND item_id = $1 ORDER BY seq",
      [id],
    );
    expect(events.rows.map((e: { action: string }) => e.action)).toEqual(['petition.submit', 'petition.reject', 'petition.resubmit']);
    expect(events.rows[2]).toMatchObject({ actor: `citizen:${author.id}`, payload: { from: 'rejected', to: 'submitted', previousReason: 'offensive' } });
    expect(JSON.stringify(events.rows)).not.toContain(title);

    // Published after the correction, the public timeline tells the whole story.
    expect((await api('POST', `/petitions/petitions/${id}/publish`, { bearer: official })).status).toBe(200);
    const published = await api('GET', `${LIST}/${id}`);
    expect(published.body.data).toMatchObject({ ...body, status: 'collecting', contentWithheld: false });
    expect(published.body.data.timeline.map((e: { status: string }) => e.status)).toEqual(['submitted', 'rejected', 'submitted', 'collecting']);
  });

  it('accepts exactly one of many simultaneous resubmissions', async () => {
    const author = await createCitizen();
    const { id } = await file(author);
    expect((await reject(official, id, { reason: 'no_clear_request' })).status).toBe(200);
    const attempts = Array.from({ length: 6 }, () => corrected());
    const results = await Promise.all(attempts.map((body) => resubmit(id, author.cookie, body)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.details.code).toBe('invalid_transition');

    const winner = attempts[results.findIndex((r) => r.status === 200)];
    const row = await db().query('SELECT title, text, status FROM petitions_petitions WHERE document_id = $1', [id]);
    expect(row.rows[0]).toEqual({ ...winner, status: 'submitted' });
    const count = await db().query(
      "SELECT count(*)::int AS n FROM core_audit_events WHERE module = 'petitions' AND item_id = $1 AND action = 'petition.resubmit'",
      [id],
    );
    expect(count.rows[0].n).toBe(1);
  });

  it('lets only the signed-in author resubmit', async () => {
    const author = await createCitizen();
    const { id } = await file(author);
    expect((await reject(official, id, { reason: 'other', note: 'Уточніть, до кого звернена вимога.' })).status).toBe(200);
    expect((await resubmit(id, undefined, corrected())).status).toBeGreaterThanOrEqual(401);
    expect((await resubmit(id, undefined, corrected())).status).toBeLessThanOrEqual(403);
    const stranger = await createCitizen();
    const byStranger = await resubmit(id, stranger.cookie, corrected());
    expect(byStranger.status).toBe(404);
    expect((await db().query('SELECT status FROM petitions_petitions WHERE document_id = $1', [id])).rows[0].status).toBe('rejected');
  });

  it('refuses a duplicate or a matter outside the competence: no edit of the text fixes either', async () => {
    const original = await collectingPetition((await createCitizen()).cookie, official);
    for (const body of [{ reason: 'duplicate', duplicateOf: original }, { reason: 'outside_competence' }]) {
      const author = await createCitizen();
      const { id } = await file(author);
      expect((await reject(official, id, body)).status).toBe(200);
      const res = await resubmit(id, author.cookie, corrected());
      expect(res.status).toBe(409);
      expect(res.body.error.details.code).toBe('not_correctable');
      expect(res.body.error.message).toMatch(/[а-яії]/);
    }
  });

  it('refuses a petition that was not rejected', async () => {
    const author = await createCitizen();
    const { id } = await file(author);
    const res = await resubmit(id, author.cookie, corrected());
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('invalid_transition');
  });

  it('answers invalid input with field errors and changes nothing', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    expect((await reject(official, id, { reason: 'offensive' })).status).toBe(200);
    // The authority is not a field here: a correction cannot move the petition to another authority.
    const cases: [unknown, string[] | null][] = [
      [{ title: 'Коротко', text: 'Замало' }, ['text', 'title']],
      [{ title: '   ', text: TEXT }, ['title']],
      [{ text: TEXT }, ['title']],
      [{ ...corrected(), authority: 'irpin' }, null],
    ];
    for (const [body, fields] of cases) {
      const res = await resubmit(id, author.cookie, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      if (fields) expect(fieldsOf(res).sort()).toEqual(fields);
      else expect(res.body.error.details.errors.length).toBeGreaterThan(0);
    }
    expect((await resubmit('not-an-id!', author.cookie, corrected())).status).toBe(400);
    const row = await db().query('SELECT title, status FROM petitions_petitions WHERE document_id = $1', [id]);
    expect(row.rows[0]).toEqual({ title, status: 'rejected' });
  });
});

describe('the correction form without JavaScript', () => {
  const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  /** A form post as a browser sends it from the petition page: urlencoded, HTML preferred, same origin. */
  const postForm = async (id: string, cookie: string, fields: Record<string, string>) => {
    const response = await fetch(`${testServer().url}${LIST}/${id}/resubmission`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: HTML, 'sec-fetch-site': 'same-origin', cookie },
      body: new URLSearchParams({ _page: `/uk/petitions/${id}/`, _done: '/uk/petitions/new/#resubmitted', _form: 'resubmit-form', ...fields }).toString(),
      redirect: 'manual',
    });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };

  it('redirects to the confirmation after a valid correction, and answers a short text with the error summary', async () => {
    const official = await officialToken();
    const author = await createCitizen();
    const { id } = await file(author);
    expect((await reject(official, id, { reason: 'no_clear_request' })).status).toBe(200);

    const refused = await postForm(id, author.cookie, { title: `Виправлена петиція ${randomBytes(3).toString('hex')}`, text: 'Закоротко' });
    expect(refused.status).toBe(400);
    // The page of a petition rejected after the test site was built is not in it: the adapter's plain page answers.
    expect(refused.text).toContain('class="error-summary"');
    expect(refused.text).toContain(`href="/uk/petitions/${id}/"`);

    const done = await postForm(id, author.cookie, { title: `Виправлена петиція ${randomBytes(3).toString('hex')}`, text: TEXT });
    expect(done).toMatchObject({ status: 303, location: '/uk/petitions/new/#resubmitted' });
    expect((await db().query('SELECT status FROM petitions_petitions WHERE document_id = $1', [id])).rows[0].status).toBe('submitted');
  });
});
