import { randomBytes } from 'node:crypto';
import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, createCitizens } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { answers, closePoll, createPoll, events, fieldPaths, openPoll, pollPath, respond, responseCount, type Answers } from './helpers';

afterAll(closeDb);

describe('answering a poll', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('takes one answer of every type and gives it back as my response', async () => {
    const id = await openPoll(official);
    const detail = await api('GET', pollPath(id));
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({ status: 'open', audience: 'everyone', questionCount: 5, responses: 0, resultsAvailable: false });
    expect(detail.body.data.questions.map((q: { id: string; type: string }) => `${q.id}:${q.type}`)).toEqual([
      'q1:single',
      'q2:multiple',
      'q3:ranking',
      'q4:scale',
      'q5:text',
    ]);
    expect(detail.body.data.questions[1]).toMatchObject({ maxChoices: 2, options: [{ id: 'o1', label: 'Лавки' }, {}, {}, {}] });

    const citizen = await createCitizen();
    const given = answers('o2', ['o1', 'o3'], ['o3', 'o1', 'o2'], 5, '  Більше лавок біля ставка ');
    const res = await respond(citizen.cookie, id, given);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ created: true, changed: true, revision: 1, receipt: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const mine = await api('GET', pollPath(id, '/response'), { cookie: citizen.cookie });
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({ responded: true, revision: 1, canRespond: true, reason: null, receipt: res.body.data.receipt });
    expect(mine.body.data.answers).toEqual([
      { question: 'q1', choice: 'o2' },
      { question: 'q2', choices: ['o1', 'o3'] },
      { question: 'q3', ranking: ['o3', 'o1', 'o2'] },
      { question: 'q4', value: 5 },
      { question: 'q5', text: 'Більше лавок біля ставка' },
    ]);
    expect((await api('GET', pollPath(id))).body.data.responses).toBe(1);

    const other = await createCitizen();
    const none = await api('GET', pollPath(id, '/response'), { cookie: other.cookie });
    expect(none.body.data).toMatchObject({ responded: false, answers: null, canRespond: true, revision: null });
  });

  it('stores exactly one response when one person sends the same answers 20 times at once', async () => {
    const id = await openPoll(official);
    const citizen = await createCitizen();
    const results = await Promise.all(Array.from({ length: 20 }, () => respond(citizen.cookie, id, answers())));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(results.filter((r) => r.body.data.changed)).toHaveLength(1);
    expect(await responseCount(id)).toBe(1);
    expect(await events(id, 'response.submit')).toHaveLength(1);
    expect(await events(id, 'response.change')).toHaveLength(0);
  });

  it('keeps one response with one complete set of answers when one person sends 20 different versions at once', async () => {
    const id = await openPoll(official);
    const citizen = await createCitizen();
    const versions = Array.from({ length: 20 }, (_, i) => answers('o1', ['o1'], ['o1', 'o2', 'o3'], 4, `Версія ${i}`));
    const results = await Promise.all(versions.map((v) => respond(citizen.cookie, id, v)));
    expect(results.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    expect(await responseCount(id)).toBe(1);

    const { rows } = await db().query(
      `SELECT a.question_id, a.text, r.revision FROM polls_answers a JOIN polls_responses r ON r.id = a.response_id
       JOIN polls_polls p ON p.id = r.poll_id WHERE p.document_id = $1 ORDER BY a.id`,
      [id],
    );
    // Exactly the rows of one version: 1 + 1 + 3 + 1 + 1, one text among them.
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.text !== null)).toHaveLength(1);
    expect(rows[0].revision).toBe(20);
    const last = results.find((r) => r.body.data.revision === 20)!;
    const mine = await api('GET', pollPath(id, '/response'), { cookie: citizen.cookie });
    expect(mine.body.data.receipt).toBe(last.body.data.receipt);
    expect(await events(id, 'response.submit')).toHaveLength(1);
    expect(await events(id, 'response.change')).toHaveLength(19);
  });

  it('lets a person change the response until the poll closes, and not after', async () => {
    const id = await openPoll(official);
    const citizen = await createCitizen();
    expect((await respond(citizen.cookie, id, answers('o1'))).status).toBe(201);
    const changed = await respond(citizen.cookie, id, answers('o3', ['o4'], ['o2', 'o3', 'o1'], 1, 'Передумав'));
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ created: false, changed: true, revision: 2 });
    const mine = await api('GET', pollPath(id, '/response'), { cookie: citizen.cookie });
    expect(mine.body.data.answers[0]).toEqual({ question: 'q1', choice: 'o3' });
    expect(mine.body.data.answers[4]).toEqual({ question: 'q5', text: 'Передумав' });
    expect(await responseCount(id)).toBe(1);

    expect((await closePoll(official, id)).status).toBe(200);
    const late = await respond(citizen.cookie, id, answers('o2'));
    expect(late.status).toBe(409);
    expect(late.body.error.details.code).toBe('poll_closed');
    const newcomer = await createCitizen();
    expect((await respond(newcomer.cookie, id, answers())).status).toBe(409);
    const after = await api('GET', pollPath(id, '/response'), { cookie: citizen.cookie });
    expect(after.body.data).toMatchObject({ canRespond: false, reason: 'poll_closed', revision: 2 });

    // Only the changed answers count.
    const results = await api('GET', pollPath(id, '/results'));
    expect(results.body.data.questions[0].options.map((o: { count: number }) => o.count)).toEqual([0, 0, 1]);
  });

  it('refuses answers to a poll that has not opened, and hides drafts', async () => {
    const citizen = await createCitizen();
    const draft = await createPoll(official);
    expect((await api('GET', pollPath(draft))).status).toBe(404);
    expect((await respond(citizen.cookie, draft, answers())).status).toBe(404);

    const scheduled = await createPoll(official, { opensAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await api('POST', `/polls/polls/${scheduled}/schedule`, { bearer: official })).status).toBe(200);
    const res = await respond(citizen.cookie, scheduled, answers());
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('poll_not_open');
  });
});

describe('checking answers against the questions', () => {
  let id: string;
  let cookie: string;
  beforeAll(async () => {
    id = await openPoll(await officialToken());
    cookie = (await createCitizen()).cookie;
  });

  const refused = async (given: Answers | unknown, raw = false) => {
    const res = await respond(cookie, id, given, { raw });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Дані не пройшли перевірку / The request is not valid');
    return fieldPaths(res);
  };
  const replace = (i: number, entry: unknown) => {
    const given = answers() as unknown[];
    given[i] = entry;
    return given;
  };

  it('refuses more choices than allowed at answers.1.choices, in both languages', async () => {
    const res = await respond(cookie, id, replace(1, { question: 'q2', choices: ['o1', 'o2', 'o3'] }));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      { path: ['answers', 1, 'choices'], message: 'Можна обрати не більше 2 варіантів.', messageEn: 'Choose at most 2 options.' },
    ]);
  });

  it('points at each wrong answer by its path', async () => {
    expect(await refused(replace(0, { question: 'q1', choice: 'o9' }))).toEqual(['answers.0.choice']);
    expect(await refused(replace(1, { question: 'q2', choices: ['o1', 'nope'] }))).toEqual(['answers.1.choices.1']);
    expect(await refused(replace(2, { question: 'q3', ranking: ['o1', 'o2'] }))).toEqual(['answers.2.ranking']);
    expect(await refused(replace(2, { question: 'q3', ranking: ['o1', 'o1', 'o2'] }))).toEqual(['answers.2.ranking']);
    expect(await refused(replace(3, { question: 'q4', value: 6 }))).toEqual(['answers.3.value']);
    expect(await refused(replace(3, { question: 'q4', value: 2.5 }))).toEqual(['answers.3.value']);
    expect(await refused(replace(4, { question: 'q5', text: 'я'.repeat(2001) }))).toEqual(['answers.4.text']);
    expect(await refused(replace(0, null))).toEqual(['answers.0']);
    expect(await refused(replace(1, { question: 'q2', choices: [] }))).toEqual(['answers.1.choices']);
    expect(await refused(replace(0, { question: 'q2', choice: 'o1' }))).toEqual(['answers.0.question']);
  });

  it('reports several problems at once', async () => {
    const given = answers() as unknown[];
    given[0] = { question: 'q1', choice: 'x' };
    given[3] = { question: 'q4', value: 0 };
    expect(await refused(given)).toEqual(['answers.0.choice', 'answers.3.value']);
  });

  it('refuses malformed bodies with 400, never 500', async () => {
    expect(await refused(answers().slice(0, 3))).toEqual(['answers']);
    expect(await refused({}, true)).toEqual(['answers']);
    expect(await refused({ answers: answers(), extra: 1 }, true)).toEqual(['']);
    expect(await refused(replace(0, { question: 'q1', choice: 5 }))).toEqual(['answers.0.choice']);
    expect(await refused(replace(3, { question: 'q4', value: '4' }))).toEqual(['answers.3.value']);
    expect((await respond(cookie, id, 'answers', { raw: true })).status).toBe(400);
    const bad = await api('PUT', pollPath(id, '/response'), { cookie, rawBody: '{"answers": [' });
    expect(bad.status).toBe(400);
    expect((await respond(cookie, 'not-an-id!', answers())).status).toBe(400);
  });

  it('stores nothing for a refused response', async () => {
    expect(await responseCount(id)).toBe(0);
  });
});

describe('who may answer', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('refuses anonymous callers, unconfirmed accounts and writes from another origin', async () => {
    const id = await openPoll(official);
    const anonymous = await api('PUT', pollPath(id, '/response'), { body: { answers: answers() } });
    expect([401, 403]).toContain(anonymous.status);
    expect([401, 403]).toContain((await api('GET', pollPath(id, '/response'))).status);
    const unconfirmed = await createCitizen({ confirmed: false });
    expect([401, 403]).toContain((await respond(unconfirmed.cookie, id, answers())).status);
    const citizen = await createCitizen();
    const foreign = await api('PUT', pollPath(id, '/response'), { cookie: citizen.cookie, body: { answers: answers() }, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.details.code).toBe('cross_origin');
    expect(await responseCount(id)).toBe(0);
  });

  it('refuses a person without a verified residence in the community with 403 residence_required', async () => {
    const id = await openPoll(official, { audience: 'residents' });
    const citizen = await createCitizen();
    const res = await respond(citizen.cookie, id, answers());
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('residence_required');
    expect(res.body.error.message).toContain('лише для мешканців');
    const mine = await api('GET', pollPath(id, '/response'), { cookie: citizen.cookie });
    expect(mine.body.data).toMatchObject({ canRespond: false, reason: 'residence_required' });
  });

  it('lets a verified resident of the community, or of a community in the region, answer a residents-only poll', async () => {
    // Residence comes from the identity plugin's verification; without it, the refusal above is all there is.
    const { rows } = await db().query("SELECT to_regclass('identity_verifications') AS t");
    if (!rows[0].t) return;
    const verify = (userId: number, community: string) =>
      db().query(
        `INSERT INTO identity_verifications (user_id, level, name, community, id_hash, issuer) VALUES ($1, 'verified', 'Тест Тестенко', $2, $3, 'test')`,
        [userId, community, randomBytes(32).toString('hex')],
      );
    const buchaPoll = await openPoll(official, { audience: 'residents' });
    const regionPoll = await openPoll(official, { audience: 'residents', authority: 'kyiv-region' });
    const [resident, stranger] = await createCitizens(2);
    await verify(resident.id, 'bucha');
    await verify(stranger.id, 'dnipro');
    expect((await respond(resident.cookie, buchaPoll, answers())).status).toBe(201);
    expect((await respond(resident.cookie, regionPoll, answers())).status).toBe(201);
    const refused = await respond(stranger.cookie, buchaPoll, answers());
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('residence_required');
    expect((await api('GET', pollPath(buchaPoll, '/response'), { cookie: stranger.cookie })).body.data.reason).toBe('residence_required');
  });

  it('refuses everyone a CSO poll with 403 cso_required while the CSO register does not exist', async () => {
    const id = await openPoll(official, { audience: 'csos' });
    const res = await respond((await createCitizen()).cookie, id, answers());
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('cso_required');
  });
});

describe('the audit record of a response', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('holds only the salted commitment for an anonymous poll', async () => {
    const id = await openPoll(official);
    const citizen = await createCitizen();
    const res = await respond(citizen.cookie, id, answers('o2', ['o1'], ['o1', 'o2', 'o3'], 3, 'Секретна думка'));
    const [event] = await events(id, 'response.submit');
    expect(event.actor).toBe(`citizen:${citizen.id}`);
    expect(event.payload).toEqual({ revision: 1, answersHash: res.body.data.receipt });
    expect(JSON.stringify(event.payload)).not.toContain('Секретна');
    const { rows } = await db().query(
      'SELECT r.answers_hash FROM polls_responses r JOIN polls_polls p ON p.id = r.poll_id WHERE p.document_id = $1',
      [id],
    );
    expect(rows[0].answers_hash).toBe(res.body.data.receipt);
  });

  it('carries the choices of a named poll, but never free text', async () => {
    const id = await openPoll(official, { anonymous: false });
    const citizen = await createCitizen();
    await respond(citizen.cookie, id, answers('o2', ['o1'], ['o1', 'o2', 'o3'], 3, 'Моя думка'));
    const [event] = await events(id, 'response.submit');
    expect(event.payload.answers).toEqual([
      { question: 'q1', type: 'single', choice: 'o2' },
      { question: 'q2', type: 'multiple', choices: ['o1'] },
      { question: 'q3', type: 'ranking', ranking: ['o1', 'o2', 'o3'] },
      { question: 'q4', type: 'scale', value: 3 },
      { question: 'q5', type: 'text' },
    ]);
    expect(JSON.stringify(event.payload)).not.toContain('Моя думка');
  });

  it('records every change and keeps the chain intact', async () => {
    const id = await openPoll(official);
    const citizen = await createCitizen();
    await respond(citizen.cookie, id, answers('o1'));
    await respond(citizen.cookie, id, answers('o2'));
    const [change] = await events(id, 'response.change');
    expect(change.payload).toMatchObject({ revision: 2 });
    const verdict = await api('GET', '/api/core/audit/verify');
    expect(verdict.body.data.ok).toBe(true);
  });
});
