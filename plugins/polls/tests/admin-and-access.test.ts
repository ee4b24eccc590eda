import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, createCitizens } from '../../../cms/tests/harness/citizens';
import { officialToken, superAdminToken } from '../../../cms/tests/harness/admins';
import { myResponse, pollList, pollResponse, pollResults, responseSaved } from '../shared/contracts';
import { adminPath, answers, closePoll, createPoll, fieldPaths, officialWithRoles, openPoll, pollPath, QUESTIONS, respond } from './helpers';

afterAll(closeDb);

const UNKNOWN = 'abcdefghij0123456789';
const ADMIN_ROUTES: [string, string, unknown?][] = [
  ['GET', '/polls/polls'],
  ['POST', '/polls/polls', { authority: 'bucha', title: 'Опитування без дозволу', questions: QUESTIONS }],
  ['GET', adminPath(UNKNOWN, '/results')],
  ['POST', adminPath(UNKNOWN, '/schedule')],
  ['POST', adminPath(UNKNOWN, '/open')],
  ['POST', adminPath(UNKNOWN, '/close')],
  ['GET', adminPath(UNKNOWN, '/texts')],
  ['POST', adminPath(UNKNOWN, '/texts/1'), { decision: 'approved' }],
];

describe('authorization of every route', () => {
  it('refuses every admin route to anonymous callers with 401', async () => {
    for (const [method, path, body] of ADMIN_ROUTES) {
      const res = await api(method, path, { body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 401 });
    }
  });

  it("refuses every admin route to a citizen's cookie and token", async () => {
    const citizen = await createCitizen();
    const token = citizen.cookie.slice('vzd_session='.length);
    for (const [method, path, body] of ADMIN_ROUTES) {
      for (const credentials of [{ cookie: citizen.cookie }, { bearer: token }]) {
        const res = await api(method, path, { body, ...credentials });
        expect({ method, path, refused: [401, 403].includes(res.status) }).toEqual({ method, path, refused: true });
      }
    }
  });

  it('serves the public reads without an account', async () => {
    const official = await officialToken();
    const id = await openPoll(official, { liveResults: true });
    for (const path of ['/api/polls/polls', pollPath(id), pollPath(id, '/results'), pollPath(id, '/results.csv')]) {
      expect({ path, status: (await api('GET', path)).status }).toEqual({ path, status: 200 });
    }
  });

  it("lets an official act only on their authorities' polls, and the super admin on any", async () => {
    const [official, superAdmin] = await Promise.all([officialToken(), superAdminToken()]);
    const refused = await api('POST', '/polls/polls', { bearer: official, body: { authority: 'dnipro', title: 'Опитування Дніпра', questions: QUESTIONS } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('not_assigned');

    const id = await createPoll(superAdmin, { authority: 'dnipro' });
    const listed = (bearer: string) => api('GET', '/polls/polls?filter=all', { bearer }).then((r) => r.body.data.map((p: { documentId: string }) => p.documentId));
    expect(await listed(official)).not.toContain(id);
    expect(await listed(superAdmin)).toContain(id);

    for (const [method, rest, body] of [
      ['POST', '/open'],
      ['POST', '/schedule'],
      ['GET', '/results'],
      ['GET', '/texts'],
      ['POST', '/texts/1', { decision: 'approved' }],
    ] as [string, string, unknown?][]) {
      const res = await api(method, adminPath(id, rest), { bearer: official, body });
      expect({ rest, status: res.status, code: res.body.error?.details?.code }).toEqual({ rest, status: 403, code: 'not_assigned' });
    }
    expect((await api('POST', adminPath(id, '/open'), { bearer: superAdmin })).status).toBe(200);
    expect((await closePoll(official, id)).status).toBe(403);
    expect((await api('GET', pollPath(id))).body.data.status).toBe('open');
    expect((await closePoll(superAdmin, id)).status).toBe(200);
  });

  it('lets only an official whose role covers moderation run polls and moderate answers; reading needs the assignment', async () => {
    const official = await officialToken();
    const responder = await officialWithRoles('bucha', ['responder']);
    const code = (res: { status: number; body: any }) => ({ status: res.status, code: res.body?.error?.details?.code });
    const refused = { status: 403, code: 'role_missing' };
    expect(code(await api('POST', '/polls/polls', { bearer: responder, body: { authority: 'bucha', title: 'Опитування відповідача', questions: QUESTIONS } }))).toEqual(refused);
    const id = await openPoll(official);
    const [citizen] = await createCitizens(1);
    await respond(citizen.cookie, id, answers('o1', ['o1'], ['o1', 'o2', 'o3'], 3, 'Текст'));
    expect(code(await closePoll(responder, id))).toEqual(refused);
    expect(code(await api('GET', adminPath(id, '/texts'), { bearer: responder }))).toEqual(refused);
    expect(code(await api('POST', adminPath(id, '/texts/1'), { bearer: responder, body: { decision: 'approved' } }))).toEqual(refused);
    expect((await api('GET', adminPath(id, '/results'), { bearer: responder })).status).toBe(200);
    const listed = await api('GET', '/polls/polls?filter=active', { bearer: responder });
    expect(listed.body.data.map((p: { documentId: string }) => p.documentId)).toContain(id);
    expect((await closePoll(official, id)).status).toBe(200);
  });

  it('answers 404 for an unknown poll and 400 for a malformed id or filter', async () => {
    const official = await officialToken();
    expect((await api('GET', pollPath(UNKNOWN))).status).toBe(404);
    expect((await api('GET', pollPath(UNKNOWN, '/results'))).status).toBe(404);
    expect((await closePoll(official, UNKNOWN)).status).toBe(404);
    expect((await api('GET', pollPath('..%2Fetc'))).status).toBe(400);
    expect((await api('GET', '/polls/polls?filter=bogus', { bearer: official })).status).toBe(400);
    expect((await api('GET', '/api/polls/polls?status=draft')).status).toBe(400);
    expect((await api('GET', '/api/polls/polls?pageSize=1000')).status).toBe(400);
  });
});

describe('preparing and running a poll', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('creates a draft that the public does not see, then opens it', async () => {
    const create = await api('POST', '/polls/polls', {
      bearer: official,
      body: { authority: 'bucha', title: 'Чернетка опитування', description: 'Опис', questions: QUESTIONS },
    });
    expect(create.status).toBe(201);
    expect(create.body.data).toEqual({ documentId: expect.any(String), status: 'draft' });
    const id = create.body.data.documentId;
    expect((await api('GET', pollPath(id))).status).toBe(404);
    const drafts = await api('GET', '/polls/polls?filter=draft', { bearer: official });
    expect(drafts.body.data.find((p: { documentId: string }) => p.documentId === id)).toMatchObject({
      status: 'draft',
      description: 'Опис',
      anonymous: true,
      pendingTexts: 0,
      questions: expect.any(Array),
    });

    const closesAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const open = await api('POST', adminPath(id, '/open'), { bearer: official, body: { closesAt } });
    expect(open.body.data).toEqual({ documentId: id, from: 'draft', status: 'open' });
    expect((await api('GET', pollPath(id))).body.data).toMatchObject({ status: 'open', closesAt, openedAt: expect.any(String) });
    const listed = await api('GET', '/api/polls/polls?status=open&authority=bucha&pageSize=100');
    expect(listed.body.data.map((p: { documentId: string }) => p.documentId)).toContain(id);
    expect(listed.body.meta.pagination).toMatchObject({ page: 1, pageSize: 100 });
  });

  it("gives a poll without a closing time the authority's default duration: to the end of the 14th day, Kyiv time", async () => {
    const id = await openPoll(official);
    const poll = (await api('GET', pollPath(id))).body.data;
    const days = (Date.parse(poll.closesAt) - Date.parse(poll.openedAt)) / 86_400_000;
    expect(days).toBeGreaterThan(14);
    expect(days).toBeLessThan(15);
    const kyivTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Kyiv', timeStyle: 'medium' }).format(new Date(poll.closesAt));
    expect(kyivTime).toBe('23:59:59');
  });

  it('refuses invalid questions with field paths', async () => {
    const res = await api('POST', '/polls/polls', {
      bearer: official,
      body: {
        authority: 'bucha',
        title: 'Опитування з помилками',
        questions: [
          { type: 'single', text: 'Котрий?', options: ['Один'] },
          { type: 'multiple', text: 'Котрі?', options: ['А', 'Б'], maxChoices: 3 },
          { type: 'single', text: 'Котрий?', options: ['Так', 'так'] },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['questions.0.options']);
    const domain = await api('POST', '/polls/polls', {
      bearer: official,
      body: {
        authority: 'bucha',
        title: 'Опитування з помилками',
        questions: [
          { type: 'multiple', text: 'Котрі?', options: ['А', 'Б'], maxChoices: 3 },
          { type: 'single', text: 'Котрий?', options: ['Так', 'так'] },
        ],
      },
    });
    expect(fieldPaths(domain)).toEqual(['questions.0.maxChoices', 'questions.1.options.1']);
    const unknown = await api('POST', '/polls/polls', { bearer: official, body: { authority: 'atlantis', title: 'Опитування', questions: QUESTIONS } });
    expect(fieldPaths(unknown)).toEqual(['authority']);
    const times = await api('POST', '/polls/polls', {
      bearer: official,
      body: { authority: 'bucha', title: 'Опитування', questions: QUESTIONS, opensAt: '2030-01-02T00:00:00Z', closesAt: '2030-01-01T00:00:00Z' },
    });
    expect(fieldPaths(times)).toEqual(['closesAt']);
    expect(fieldPaths(await api('POST', '/polls/polls', { bearer: official, body: { authority: 'bucha', title: 'Опитування', questions: [] } }))).toEqual([
      'questions',
    ]);
  });

  it('refuses transitions the lifecycle does not allow', async () => {
    const draft = await createPoll(official);
    const close = await closePoll(official, draft);
    expect(close.status).toBe(409);
    expect(close.body.error.details.code).toBe('invalid_transition');
    expect(close.body.error.message).toContain('«Чернетка»');

    const noTime = await api('POST', adminPath(draft, '/schedule'), { bearer: official });
    expect(noTime.status).toBe(400);
    expect(fieldPaths(noTime)).toEqual(['opensAt']);
    const past = await api('POST', adminPath(draft, '/schedule'), { bearer: official, body: { opensAt: '2020-01-01T00:00:00Z' } });
    expect(fieldPaths(past)).toEqual(['opensAt']);
    const pastClose = await api('POST', adminPath(draft, '/open'), { bearer: official, body: { closesAt: '2020-01-01T00:00:00Z' } });
    expect(fieldPaths(pastClose)).toEqual(['closesAt']);
    expect((await api('POST', adminPath(draft, '/open'), { bearer: official, body: { closesAt: 'tomorrow' } })).status).toBe(400);

    expect((await api('POST', adminPath(draft, '/open'), { bearer: official })).status).toBe(200);
    expect((await api('POST', adminPath(draft, '/open'), { bearer: official })).status).toBe(409);
    expect((await closePoll(official, draft)).status).toBe(200);
    const again = await closePoll(official, draft);
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('invalid_transition');
    const { rows } = await db().query("SELECT action FROM core_audit_events WHERE module = 'polls' AND item_id = $1 ORDER BY seq", [draft]);
    expect(rows.map((r) => r.action)).toEqual(['poll.create', 'poll.open', 'poll.close']);
  });

  it('closes exactly once when the official clicks twice at the same moment', async () => {
    const id = await openPoll(official);
    const [a, b] = await Promise.all([closePoll(official, id), closePoll(official, id)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});

describe('demo data', () => {
  it('has an open Bucha poll with all five question types and responses, and a closed one with results', async () => {
    const list = await api('GET', '/api/polls/polls?authority=bucha&pageSize=100');
    const open = list.body.data.find((p: { title: string }) => p.title === 'Яким має бути оновлений парк Диби?');
    // The browser journeys answer this demo poll too (forms without JavaScript), so the seed's 12 are a floor.
    expect(open).toMatchObject({ status: 'open', questionCount: 5 });
    expect(open.responses).toBeGreaterThanOrEqual(12);
    const detail = await api('GET', pollPath(open.documentId));
    // The site validates what it reads with the same contracts.
    expect(pollList.safeParse(list.body).success).toBe(true);
    expect(pollResponse.safeParse(detail.body).success).toBe(true);
    expect(new Set(detail.body.data.questions.map((q: { type: string }) => q.type))).toEqual(new Set(['single', 'multiple', 'ranking', 'scale', 'text']));

    const closed = list.body.data.find((p: { title: string }) => p.title === 'Пріоритети капітальних видатків громади на наступний рік');
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'schedule', responses: 30, resultsAvailable: true });
    const results = await api('GET', pollPath(closed.documentId, '/results'));
    expect(results.body.data).toMatchObject({ final: true, responses: 30 });
    expect(pollResults.safeParse(results.body).success).toBe(true);
    const ranking = results.body.data.questions[0];
    expect(ranking.options[0]).toMatchObject({ label: 'Укриття в школах і садочках', place: 1 });
    expect(results.body.data.questions[4].published.length).toBeGreaterThan(0);
    expect(results.body.data.questions[4].published.map((t: { text: string }) => t.text)).not.toContain('КУПІТЬ ЩЕ ОДИН АВТОБУС!!! ВСІ ЧИНОВНИКИ НІЧОГО НЕ РОБЛЯТЬ');

    const modules = await api('GET', '/api/core/modules');
    expect(modules.body.data.find((m: { name: string }) => m.name === 'polls')).toMatchObject({ sitePath: '/polls/', stats: { open: expect.any(Number) } });
    const openapi = await api('GET', '/api/core/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/api/polls/polls', '/api/polls/polls/{id}/response']));
  });

  it('announces the regional residents poll without taking answers before it opens, and takes one for the open demo poll', async () => {
    const list = await api('GET', '/api/polls/polls?authority=kyiv-region&status=scheduled');
    expect(list.body.data[0]).toMatchObject({ audience: 'residents', status: 'scheduled', liveResults: true, resultsAvailable: false });
    const citizen = await createCitizen();
    expect((await respond(citizen.cookie, list.body.data[0].documentId, answers())).status).toBe(409);

    const open = (await api('GET', '/api/polls/polls?status=open&authority=bucha&pageSize=100')).body.data.find(
      (p: { title: string }) => p.title === 'Яким має бути оновлений парк Диби?',
    );
    const saved = await respond(citizen.cookie, open.documentId, [
      { question: 'q1', choice: 'o1' },
      { question: 'q2', choices: ['o1'] },
      { question: 'q3', ranking: ['o1', 'o2', 'o3', 'o4'] },
      { question: 'q4', value: 3 },
      null,
    ]);
    expect(saved.status).toBe(201);
    expect(responseSaved.safeParse(saved.body).success).toBe(true);
    const mine = await api('GET', pollPath(open.documentId, '/response'), { cookie: citizen.cookie });
    expect(myResponse.safeParse(mine.body).success).toBe(true);
  });
});
