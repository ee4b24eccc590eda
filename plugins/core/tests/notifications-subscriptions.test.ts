import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, createCitizens } from '../../../cms/tests/harness/citizens';
import { officialToken, superAdminToken } from '../../../cms/tests/harness/admins';
import { collectingPetition } from '../../../cms/tests/harness/fixtures';
import { linkIn, mailsTo, readMail, waitForMailWhere } from '../../../cms/tests/harness/mail';
import { baseEnv } from '../../../cms/tests/harness/test-environment';
import { deriveUnsubscribeKey, signUnsubscribe } from '../server/src/notifications/unsubscribe-token';

afterAll(closeDb);

const follow = (cookie: string, body: unknown) => api('POST', '/api/core/subscriptions', { cookie, body });
const mine = (cookie: string) => api('GET', '/api/core/subscriptions', { cookie });
const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};
const sign = (recipient: string, scope: string) => signUnsubscribe({ recipient, scope }, deriveUnsubscribeKey(baseEnv().ENCRYPTION_KEY));

describe('subscriptions', () => {
  it('lets a citizen follow an authority, a topic and a published item, and lists them', async () => {
    const citizen = await createCitizen();
    const author = await createCitizen();
    const petition = await collectingPetition(author.cookie, await officialToken());

    const authority = await follow(citizen.cookie, { kind: 'authority', authority: 'bucha' });
    expect(authority.status).toBe(201);
    expect(authority.body.data).toMatchObject({ kind: 'authority', authority: { slug: 'bucha', nameUk: expect.any(String) }, topic: null, item: null });
    const topic = await follow(citizen.cookie, { kind: 'topic', topic: '  Transport ' });
    expect(topic.status).toBe(201);
    expect(topic.body.data).toMatchObject({ kind: 'topic', topic: 'transport' });
    const item = await follow(citizen.cookie, { kind: 'item', module: 'petitions', itemId: petition });
    expect(item.status).toBe(201);
    expect(item.body.data.item).toMatchObject({ module: 'petitions', itemId: petition, title: expect.stringContaining('Тестова петиція') });
    expect(item.body.data.item.url.uk).toMatch(new RegExp(`/uk/petitions/${petition}/$`));

    // Following again changes nothing and is not an error.
    const again = await follow(citizen.cookie, { kind: 'authority', authority: 'bucha' });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(authority.body.data.id);

    const list = await mine(citizen.cookie);
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toContain('no-store');
    expect(list.body.data.map((s: { id: number }) => s.id)).toEqual([authority.body.data.id, topic.body.data.id, item.body.data.id]);
    // Nobody else sees them.
    expect((await mine((await createCitizen()).cookie)).body.data).toEqual([]);
  });

  it('refuses unknown authorities, unknown or unpublished items and malformed targets with field messages', async () => {
    const citizen = await createCitizen();
    const unknownAuthority = await follow(citizen.cookie, { kind: 'authority', authority: 'atlantis' });
    expect(unknownAuthority.status).toBe(400);
    expect(unknownAuthority.body.error.details.errors[0].path).toEqual(['authority']);
    const unknownItem = await follow(citizen.cookie, { kind: 'item', module: 'petitions', itemId: 'nope0000000000000000' });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.error.details.errors[0].path).toEqual(['itemId']);
    const unknownModule = await follow(citizen.cookie, { kind: 'item', module: 'astrology', itemId: 'x' });
    expect(unknownModule.status).toBe(400);
    expect((await follow(citizen.cookie, { kind: 'topic', topic: 'not a slug!' })).status).toBe(400);
    expect((await follow(citizen.cookie, { kind: 'everything' })).status).toBe(400);
    expect((await follow(citizen.cookie, 'x')).status).toBe(400);
    // A petition still in moderation cannot be followed: it is not public.
    const author = await createCitizen();
    const filed = await api('POST', '/api/petitions/petitions', {
      cookie: author.cookie,
      body: { authority: 'bucha', title: `Ще на модерації ${Date.now()}`, text: 'Просимо відремонтувати тротуар на вулиці Вокзальній біля зупинки.' },
    });
    expect((await follow(citizen.cookie, { kind: 'item', module: 'petitions', itemId: filed.body.data.documentId })).status).toBe(400);
    const { rows } = await db().query('SELECT count(*)::int AS n FROM core_subscriptions WHERE user_id = $1', [citizen.id]);
    expect(rows[0].n).toBe(0);
  });

  it('needs a session to follow or list', async () => {
    expect([401, 403]).toContain((await api('GET', '/api/core/subscriptions')).status);
    expect([401, 403]).toContain((await api('POST', '/api/core/subscriptions', { body: { kind: 'topic', topic: 'x' } })).status);
  });

  it('stops following by id or by target, only one’s own', async () => {
    const [citizen, stranger] = await createCitizens(2);
    const a = (await follow(citizen.cookie, { kind: 'authority', authority: 'kyiv-region' })).body.data;
    const b = (await follow(citizen.cookie, { kind: 'topic', topic: 'parks' })).body.data;

    const notMine = await api('DELETE', `/api/core/subscriptions/${a.id}`, { cookie: stranger.cookie });
    expect(notMine.status).toBe(200);
    expect(notMine.body.data).toEqual({ removed: false });
    expect((await api('DELETE', `/api/core/subscriptions/${a.id}`, { cookie: citizen.cookie })).body.data).toEqual({ removed: true });
    expect((await api('DELETE', '/api/core/subscriptions?kind=topic&topic=parks', { cookie: citizen.cookie })).body.data).toEqual({ removed: true });
    expect((await api('DELETE', '/api/core/subscriptions?kind=topic&topic=parks', { cookie: citizen.cookie })).body.data).toEqual({ removed: false });
    expect((await api('DELETE', '/api/core/subscriptions/abc', { cookie: citizen.cookie })).status).toBe(400);
    expect((await mine(citizen.cookie)).body.data).toEqual([]);
    expect(b.id).toBeGreaterThan(a.id);
  });
});

describe('mail preferences', () => {
  it('defaults to Ukrainian and keeps the language a citizen chooses', async () => {
    const citizen = await createCitizen();
    const initial = await api('GET', '/api/core/preferences', { cookie: citizen.cookie });
    expect(initial.status).toBe(200);
    expect(initial.body.data).toEqual({ language: 'uk', optedOut: [] });

    const set = await api('PUT', '/api/core/preferences', { cookie: citizen.cookie, body: { language: 'en' } });
    expect(set.status).toBe(200);
    expect(set.body.data).toEqual({ language: 'en', optedOut: [] });
    const { rows } = await db().query('SELECT language FROM core_user_preferences WHERE user_id = $1', [citizen.id]);
    expect(rows).toEqual([{ language: 'en' }]);

    const resumed = await api('PUT', '/api/core/preferences', { cookie: citizen.cookie, body: { optedOut: ['digest', 'digest'] } });
    expect(resumed.body.data).toEqual({ language: 'en', optedOut: ['digest'] });
    expect((await api('PUT', '/api/core/preferences', { cookie: citizen.cookie, body: { optedOut: [] } })).body.data.optedOut).toEqual([]);

    expect((await api('PUT', '/api/core/preferences', { cookie: citizen.cookie, body: { language: 'de' } })).status).toBe(400);
    expect((await api('PUT', '/api/core/preferences', { cookie: citizen.cookie, body: {} })).status).toBe(400);
    expect([401, 403]).toContain((await api('GET', '/api/core/preferences')).status);
  });
});

describe('one-click unsubscribe', () => {
  it('asks on GET, stops on POST (RFC 8058 one-click), without a login, and only with a token we signed', async () => {
    const citizen = await createCitizen();
    const sub = (await follow(citizen.cookie, { kind: 'authority', authority: 'bucha' })).body.data;
    const token = sign(`user:${citizen.id}`, `sub:${sub.id}`);

    const page = await api('GET', `/api/core/unsubscribe?token=${encodeURIComponent(token)}`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).toContain('Відписатися');
    expect(page.body).toContain('Unsubscribe');
    expect(page.body).toContain('<form method="post"');
    // Opening the link (or a scanner following it) stops nothing.
    expect((await mine(citizen.cookie)).body.data).toHaveLength(1);

    const oneClick = await api('POST', `/api/core/unsubscribe?token=${encodeURIComponent(token)}`, {
      origin: null,
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.body).toContain('Ви відписалися');
    expect(oneClick.body).toContain('You are unsubscribed');
    expect((await mine(citizen.cookie)).body.data).toEqual([]);

    // Doing it twice is harmless.
    const twice = await api('POST', `/api/core/unsubscribe?token=${encodeURIComponent(token)}`, { origin: null });
    expect(twice.status).toBe(200);
    expect(twice.body.data).toMatchObject({ unsubscribed: true });
  });

  it('stops a kind of mail for a direct notice and shows it in the preferences', async () => {
    const citizen = await createCitizen();
    const token = sign(`user:${citizen.id}`, 'cat:petitions.own');
    const done = await api('POST', `/api/core/unsubscribe?token=${encodeURIComponent(token)}`, { origin: null });
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual({ unsubscribed: true, what: { uk: 'листи про ваші петиції', en: 'messages about your petitions' } });
    expect((await api('GET', '/api/core/preferences', { cookie: citizen.cookie })).body.data.optedOut).toEqual(['petitions.own']);
  });

  it('refuses a forged or damaged token with a bilingual page and changes nothing', async () => {
    const [victim, attacker] = await createCitizens(2);
    const sub = (await follow(victim.cookie, { kind: 'topic', topic: 'roads' })).body.data;
    const mineToken = sign(`user:${attacker.id}`, `sub:${sub.id}`);
    const [v, , mac] = mineToken.split('.');
    const forged = `${v}.${Buffer.from(`user:${victim.id}|sub:${sub.id}`).toString('base64url')}.${mac}`;
    for (const token of [forged, 'u1.abc.def', mineToken.slice(0, -3)]) {
      const res = await api('POST', `/api/core/unsubscribe?token=${encodeURIComponent(token)}`, { origin: null, headers: { accept: 'text/html' } });
      expect(res.status).toBe(400);
      expect(res.body).toContain('Посилання недійсне');
      expect(res.body).toContain('Invalid link');
    }
    expect((await api('GET', '/api/core/unsubscribe')).status).toBe(400);
    // A genuine token for another person's subscription id removes nothing of the victim's.
    expect((await api('POST', `/api/core/unsubscribe?token=${encodeURIComponent(mineToken)}`, { origin: null })).status).toBe(200);
    expect((await mine(victim.cookie)).body.data).toHaveLength(1);
  });
});

describe('weekly digest', () => {
  it('sends followers of an authority the items new there, with a working unsubscribe link and headers', async () => {
    const [buchaFollower, otherFollower] = await createCitizens(2);
    await follow(buchaFollower.cookie, { kind: 'authority', authority: 'bucha' });
    await follow(otherFollower.cookie, { kind: 'topic', topic: 'no-such-topic-anywhere' });
    const author = await createCitizen();
    const petition = await collectingPetition(author.cookie, await officialToken());
    const { rows } = await db().query('SELECT title FROM petitions_petitions WHERE document_id = $1', [petition]);
    const title = rows[0].title as string;

    const run = await api('POST', '/core/notifications/digest', { bearer: await superAdminToken() });
    expect(run.status).toBe(200);
    expect(run.body.data).toMatchObject({ job: 'core.weekly-digest', queued: expect.any(Number) });
    expect(run.body.data.queued).toBeGreaterThanOrEqual(1);

    const raw = await waitForMailWhere(buchaFollower.email, (m) => m.text.includes(title));
    const mail = readMail(raw);
    expect(mail.subject).toMatch(/^Нове за тиждень на «ВзаємоДії»: \d+$/);
    expect(mail.text).toContain(`/uk/petitions/${petition}/`);
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/core\/unsubscribe\?token=u1\.[^>]+>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mailsTo(otherFollower.email)).toEqual([]);

    // The link in the mail stops the digest (category "digest"): the next run sends this person nothing.
    const link = linkIn(raw, 'unsubscribe');
    expect(link).not.toBeNull();
    expect((await api('GET', pathOf(link!))).status).toBe(200);
    expect((await api('POST', pathOf(link!), { origin: null })).status).toBe(200);
    const before = mailsTo(buchaFollower.email).length;
    expect((await api('POST', '/core/notifications/digest', { bearer: await superAdminToken() })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(buchaFollower.email)).toHaveLength(before);
  });

  it('is started by hand only by those allowed to, and only for jobs that exist', async () => {
    const admin = await superAdminToken();
    const jobs = await api('GET', '/core/notifications/jobs', { bearer: admin });
    expect(jobs.body.data).toEqual(expect.arrayContaining(['core.weekly-digest', 'petitions.answer-reminders']));
    expect((await api('POST', '/core/notifications/jobs/no.such-job', { bearer: admin })).status).toBe(404);
    expect((await api('POST', '/core/notifications/jobs/..%2Fx', { bearer: admin })).status).toBe(400);
  });
});
