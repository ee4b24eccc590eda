import { randomBytes } from 'node:crypto';
import { seeds } from '@vzd/database';
import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, createCitizens, type TestCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken, superAdminToken } from '../../../cms/tests/harness/admins';
import { linkIn, mailsTo, readMail, waitForMailWhere, type ReadMail } from '../../../cms/tests/harness/mail';

afterAll(closeDb);

const OFFICIAL = seeds.demoOfficial.email;
const ANSWER = 'Виконавчий комітет підтримує петицію: роботи буде виконано до кінця року, кошти передбачено в бюджеті громади.';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};
const act = (bearer: string, id: string, action: string, body?: unknown) => api('POST', `/petitions/petitions/${id}/${action}`, { bearer, body });

/** Files a petition as `author`; the title is unique so mail about it can be told apart. */
async function file(author: TestCitizen, authority = 'bucha') {
  const title = `Петиція для сповіщень ${randomBytes(4).toString('hex')}`;
  const res = await api('POST', '/api/petitions/petitions', {
    cookie: author.cookie,
    body: { authority, title, text: 'Просимо облаштувати безпечний пішохідний перехід біля ліцею з острівцем безпеки.' },
  });
  expect(res.status).toBe(201);
  return { id: res.body.data.documentId as string, title };
}

const about = (title: string) => (m: ReadMail) => m.subject.includes(title);
const mailsAbout = (address: string, title: string) => mailsTo(address).filter((m) => readMail(m).subject.includes(title));

async function signAll(id: string, signers: TestCitizen[]) {
  const results = await Promise.all(signers.map((s) => api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: s.cookie })));
  expect(results.map((r) => r.status)).toEqual(signers.map(() => 201));
}

describe('petition mail', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('tells the author the petition is published, with its link and the unsubscribe headers', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    expect((await act(official, id, 'publish')).status).toBe(200);

    const mail = readMail(await waitForMailWhere(author.email, about(title)));
    expect(mail.subject).toBe(`Вашу петицію оприлюднено: ${title}`);
    expect(mail.text).toContain(`/uk/petitions/${id}/`);
    expect(mail.text).toMatch(/потрібно 50 підписів до \d{1,2} \S+ \d{4}/);
    expect(mail.html).toContain(`<html lang="uk">`);
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/core\/unsubscribe\?token=u1\.[^>]+>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('queues nothing for a refused change, and nothing when the change is rolled back after the mail was queued', async () => {
    const author = await createCitizen();
    const count = async () =>
      (await db().query('SELECT count(*)::int AS n FROM core_outbox WHERE recipient = $1', [`user:${author.id}`])).rows[0].n as number;

    const published = await file(author);
    expect((await act(official, published.id, 'publish')).status).toBe(200);
    const afterPublish = await count();
    expect(afterPublish).toBe(1);
    expect((await act(official, published.id, 'publish')).status).toBe(409);
    expect((await act(official, published.id, 'reject', { reason: 'duplicate' })).status).toBe(409);
    expect(await count()).toBe(afterPublish);

    // A deferred check fails at COMMIT, after the rule queued the mail: the whole change is undone, mail included.
    const doomed = await file(author);
    await db().query(`CREATE OR REPLACE FUNCTION test_refuse_commit() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused at commit by the test'; END $$ LANGUAGE plpgsql`);
    await db().query(`CREATE CONSTRAINT TRIGGER test_refuse_commit_${doomed.id.toLowerCase()} AFTER UPDATE ON petitions_petitions
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.document_id = '${doomed.id}') EXECUTE FUNCTION test_refuse_commit()`);
    try {
      // Strapi 5.54 reports a failed COMMIT as success (its transaction context does not surface the error), so the
      // answer's status says nothing here; the database does.
      await act(official, doomed.id, 'publish');
    } finally {
      await db().query(`DROP TRIGGER test_refuse_commit_${doomed.id.toLowerCase()} ON petitions_petitions`);
    }
    const { rows } = await db().query('SELECT status FROM petitions_petitions WHERE document_id = $1', [doomed.id]);
    expect(rows[0].status).toBe('submitted');
    const events = await db().query("SELECT count(*)::int AS n FROM core_audit_events WHERE item_id = $1 AND action = 'petition.publish'", [doomed.id]);
    expect(events.rows[0].n).toBe(0);
    expect(await count()).toBe(afterPublish);
    await sleep(500);
    expect(mailsAbout(author.email, doomed.title)).toEqual([]);
  });

  it('writes to the author in English when that is the language they chose', async () => {
    const author = await createCitizen();
    expect((await api('PUT', '/api/core/preferences', { cookie: author.cookie, body: { language: 'en' } })).status).toBe(200);
    const { id, title } = await file(author);
    expect((await act(official, id, 'publish')).status).toBe(200);
    const mail = readMail(await waitForMailWhere(author.email, about(title)));
    expect(mail.subject).toBe(`Your petition is published: ${title}`);
    expect(mail.text).toContain(`/en/petitions/${id}/`);
    expect(mail.text).toMatch(/It needs 50 signatures by \d{1,2} \w+ \d{4}/);
    expect(mail.text).toContain('Stop receiving messages like this: http');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('tells the author why the petition was rejected', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    const note = 'Сформулюйте, що саме має зробити орган <див. №12>';
    expect((await act(official, id, 'reject', { reason: 'no_clear_request', note })).status).toBe(200);
    const mail = readMail(await waitForMailWhere(author.email, about(title)));
    expect(mail.subject).toBe(`Петицію не оприлюднено: ${title}`);
    expect(mail.text).toContain('Причина: Не містить чіткої вимоги.');
    expect(mail.text).toContain(`Ви можете виправити текст і подати петицію знову на її сторінці: `);
    expect(mail.text).toContain(`Примітка модератора: ${note}`);
    expect(mail.html).toContain('&lt;див. №12&gt;');
  });

  it('tells the author and the authority’s officials when the threshold is reached, and followers when it is answered', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    expect((await act(official, id, 'publish')).status).toBe(200);
    const [follower, quietSigner, ...others] = await createCitizens(50);
    expect((await api('POST', '/api/core/subscriptions', { cookie: follower.cookie, body: { kind: 'item', module: 'petitions', itemId: id } })).status).toBe(201);
    // The author follows too: one answer mail for them, not two.
    expect((await api('POST', '/api/core/subscriptions', { cookie: author.cookie, body: { kind: 'item', module: 'petitions', itemId: id } })).status).toBe(201);
    await signAll(id, [follower, quietSigner, ...others]);

    const toAuthor = readMail(await waitForMailWhere(author.email, (m) => m.subject === `Петиція набрала потрібні підписи: ${title}`));
    expect(toAuthor.text).toMatch(/має розглянути її та оприлюднити відповідь до \d{1,2} \S+ \d{4}/);
    const toOfficial = readMail(await waitForMailWhere(OFFICIAL, (m) => m.subject === `Петиція чекає на відповідь: ${title}`));
    expect(toOfficial.text).toContain('/admin/plugins/petitions/answer');
    expect(toOfficial.headers['list-unsubscribe']).toBeDefined();

    expect((await act(official, id, 'answer', { text: ANSWER })).status).toBe(200);
    for (const person of [author, follower]) {
      const answered = readMail(await waitForMailWhere(person.email, (m) => m.subject === `Відповідь на петицію: ${title}`));
      expect(answered.text).toContain(ANSWER);
    }
    await sleep(800);
    expect(mailsAbout(author.email, `Відповідь на петицію: ${title}`)).toHaveLength(1);
    expect(mailsAbout(quietSigner.email, title)).toEqual([]);
  });

  it('stops mail about one’s petitions with the unsubscribe link from one of them, without logging in', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    expect((await act(official, id, 'publish')).status).toBe(200);
    const raw = await waitForMailWhere(author.email, about(title));
    const link = linkIn(raw, 'unsubscribe');
    expect(link).not.toBeNull();
    // The page behind the link asks first.
    const page = await api('GET', pathOf(link!), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('листи про ваші петиції');
    // The mail client's one-click POST, to the URL in the List-Unsubscribe header.
    const header = readMail(raw).headers['list-unsubscribe'].slice(1, -1);
    const done = await api('POST', pathOf(header), {
      origin: null,
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(200);

    await signAll(id, await createCitizens(50));
    await waitForMailWhere(OFFICIAL, (m) => m.subject === `Петиція чекає на відповідь: ${title}`);
    await sleep(800);
    expect(mailsAbout(author.email, title)).toHaveLength(1);
  });

  it('reminds the officials two working days before the answer is due, once', async () => {
    const author = await createCitizen();
    const { id, title } = await file(author);
    expect((await act(official, id, 'publish')).status).toBe(200);
    await signAll(id, await createCitizens(50));
    // Bring the due date to an hour from now: well inside the two working days.
    await db().query('UPDATE petitions_petitions SET answer_due_at = $2 WHERE document_id = $1', [id, new Date(Date.now() + 3600_000)]);
    const admin = await superAdminToken();
    const first = await api('POST', '/core/notifications/jobs/petitions.answer-reminders', { bearer: admin });
    expect(first.status).toBe(200);
    expect(first.body.data.queued).toBeGreaterThanOrEqual(1);
    const mail = readMail(await waitForMailWhere(OFFICIAL, (m) => m.subject.startsWith('Термін відповіді спливає') && m.subject.endsWith(title)));
    expect(mail.text).toMatch(/робочих днів після сьогодні: [0-2]\)/);

    expect((await api('POST', '/core/notifications/jobs/petitions.answer-reminders', { bearer: admin })).status).toBe(200);
    await sleep(800);
    expect(mailsTo(OFFICIAL).filter((m) => readMail(m).subject.startsWith('Термін відповіді спливає') && readMail(m).subject.endsWith(title))).toHaveLength(1);
    expect(mailsAbout(author.email, 'Термін відповіді')).toEqual([]);
  });
});
