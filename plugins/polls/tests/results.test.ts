import { api } from '../../../cms/tests/harness/http';
import { closeDb } from '../../../cms/tests/harness/database';
import { createCitizens } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { adminPath, answers, closePoll, createPoll, events, openPoll, pollPath, respond, sleep } from './helpers';

afterAll(closeDb);

const results = (id: string) => api('GET', pollPath(id, '/results'));

describe('publishing results', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('hides the results of an open poll until it closes, but shows them to the official', async () => {
    const id = await openPoll(official);
    const [citizen] = await createCitizens(1);
    await respond(citizen.cookie, id, answers());
    const hidden = await results(id);
    expect(hidden.status).toBe(409);
    expect(hidden.body.error.details.code).toBe('results_not_published');
    expect(hidden.body.error.message).toContain('після завершення');
    expect((await api('GET', pollPath(id, '/results.csv'))).status).toBe(409);
    expect((await api('GET', pollPath(id))).body.data.resultsAvailable).toBe(false);

    const forOfficial = await api('GET', adminPath(id, '/results'), { bearer: official });
    expect(forOfficial.status).toBe(200);
    expect(forOfficial.body.data).toMatchObject({ final: false, responses: 1 });

    expect((await closePoll(official, id)).status).toBe(200);
    const shown = await results(id);
    expect(shown.status).toBe(200);
    expect(shown.body.data).toMatchObject({ status: 'closed', final: true, responses: 1, closedAt: expect.any(String) });
  });

  it('shows live results while open when the authority chose so, marked as not final', async () => {
    const id = await openPoll(official, { liveResults: true });
    expect((await api('GET', pollPath(id))).body.data).toMatchObject({ liveResults: true, resultsAvailable: true });
    const [a, b] = await createCitizens(2);
    await respond(a.cookie, id, answers('o1'));
    let live = await results(id);
    expect(live.status).toBe(200);
    expect(live.body.data).toMatchObject({ final: false, status: 'open', responses: 1 });
    await respond(b.cookie, id, answers('o2'));
    live = await results(id);
    expect(live.body.data.responses).toBe(2);
    expect(live.body.data.questions[0].options.map((o: { count: number }) => o.count)).toEqual([1, 1, 0]);
  });

  it('gives correct counts, percentages, Borda points and mean after the official closes the poll', async () => {
    const id = await openPoll(official);
    const people = await createCitizens(4);
    const given = [
      answers('o1', ['o1', 'o2'], ['o1', 'o2', 'o3'], 5, 'Більше лавок'),
      answers('o1', ['o2'], ['o2', 'o1', 'o3'], 4),
      answers('o2', ['o2', 'o4'], ['o1', 'o3', 'o2'], 2, 'Освітлення біля школи'),
      answers('o3', ['o1'], ['o3', 'o1', 'o2'], 4),
    ];
    for (const [i, person] of people.entries()) expect((await respond(person.cookie, id, given[i])).status).toBe(201);
    const close = await closePoll(official, id);
    expect(close.status).toBe(200);
    expect(close.body.data).toEqual({ documentId: id, from: 'open', status: 'closed' });
    expect(await events(id, 'poll.close')).toHaveLength(1);

    const res = await results(id);
    expect(res.status).toBe(200);
    const [single, multiple, ranking, scale, text] = res.body.data.questions;
    expect(res.body.data.responses).toBe(4);
    expect(single).toEqual({
      id: 'q1',
      type: 'single',
      text: 'Який день прибирання вам зручніший?',
      respondents: 4,
      options: [
        { id: 'o1', label: 'Субота', count: 2, percent: 50 },
        { id: 'o2', label: 'Неділя', count: 1, percent: 25 },
        { id: 'o3', label: 'Будь-який', count: 1, percent: 25 },
      ],
    });
    expect(multiple.options.map((o: { count: number; percent: number }) => [o.count, o.percent])).toEqual([[2, 50], [3, 75], [0, 0], [1, 25]]);
    // Borda with 3 options: first 2 points, second 1, third 0. o1: 2+1+2+1 = 6; o2: 1+2+0+0 = 3; o3: 0+0+1+2 = 3.
    expect(ranking.options).toEqual([
      { id: 'o1', label: 'Дороги', points: 6, averageRank: 1.5, firstPlaces: 2, place: 1 },
      { id: 'o2', label: 'Школи', points: 3, averageRank: 2.25, firstPlaces: 1, place: 2 },
      { id: 'o3', label: 'Укриття', points: 3, averageRank: 2.25, firstPlaces: 1, place: 2 },
    ]);
    expect(scale).toMatchObject({ respondents: 4, mean: 3.75, minLabel: 'Погано', maxLabel: 'Чудово' });
    expect(scale.distribution.map((d: { count: number }) => d.count)).toEqual([0, 1, 0, 2, 1]);
    // Free text is counted, but nothing is published before moderation.
    expect(text).toEqual({ id: 'q5', type: 'text', text: 'Ваші пропозиції', respondents: 2, published: [] });

    const csv = await api('GET', pollPath(id, '/results.csv'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`poll-${id}-results.csv`);
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"question","type","question_text","respondents","item","item_label","count","percent","borda_points","average_rank","place","mean"');
    expect(lines).toContain('"q1","single","Який день прибирання вам зручніший?",4,"o1","Субота",2,50,,,,');
    expect(lines).toContain('"q3","ranking","Розставте пріоритети ремонту",4,"o1","Дороги",2,,6,1.5,1,');
    expect(lines).toContain('"q4","scale","Оцініть роботу ЦНАП",4,"4",,2,50,,,,3.75');
    expect(lines).toContain('"q5","text","Ваші пропозиції",2,"published",,0,,,,,');
  });

  it('publishes a free-text answer only after an official approves it', async () => {
    const id = await openPoll(official);
    const [a, b, c] = await createCitizens(3);
    await respond(a.cookie, id, answers('o1', ['o1'], ['o1', 'o2', 'o3'], 3, 'Добра пропозиція'));
    await respond(b.cookie, id, answers('o1', ['o1'], ['o1', 'o2', 'o3'], 3, 'Образливий текст'));
    await respond(c.cookie, id, answers('o1', ['o1'], ['o1', 'o2', 'o3'], 3, 'Ще не розглянуто'));
    await closePoll(official, id);

    const pending = await api('GET', adminPath(id, '/texts'), { bearer: official });
    expect(pending.status).toBe(200);
    expect(pending.body.data.map((t: { text: string }) => t.text)).toEqual(['Добра пропозиція', 'Образливий текст', 'Ще не розглянуто']);
    expect(pending.body.data[0]).toMatchObject({ questionId: 'q5', questionText: 'Ваші пропозиції', state: 'pending', moderatedAt: null });
    const [good, bad] = pending.body.data as { id: number }[];

    const approve = await api('POST', adminPath(id, `/texts/${good.id}`), { bearer: official, body: { decision: 'approved' } });
    expect(approve.status).toBe(200);
    expect(approve.body.data).toEqual({ id: good.id, state: 'approved' });
    expect((await api('POST', adminPath(id, `/texts/${bad.id}`), { bearer: official, body: { decision: 'rejected' } })).status).toBe(200);

    const text = (await results(id)).body.data.questions[4];
    expect(text).toEqual({ id: 'q5', type: 'text', text: 'Ваші пропозиції', respondents: 3, published: [{ id: good.id, text: 'Добра пропозиція' }] });
    const left = await api('GET', adminPath(id, '/texts?state=pending'), { bearer: official });
    expect(left.body.data.map((t: { text: string }) => t.text)).toEqual(['Ще не розглянуто']);
    expect((await events(id, 'text.approve')).map((e) => e.payload)).toEqual([
      { answerId: good.id, questionId: 'q5', from: 'pending', to: 'approved' },
    ]);
    expect(await events(id, 'text.reject')).toHaveLength(1);

    // An answer id from another poll, and bad input.
    const other = await openPoll(official);
    expect((await api('POST', adminPath(other, `/texts/${good.id}`), { bearer: official, body: { decision: 'approved' } })).status).toBe(404);
    expect((await api('POST', adminPath(id, `/texts/${good.id}`), { bearer: official, body: { decision: 'maybe' } })).status).toBe(400);
    expect((await api('POST', adminPath(id, '/texts/abc'), { bearer: official, body: { decision: 'approved' } })).status).toBe(400);
  });
});

describe('opening and closing on schedule', () => {
  it('opens an announced poll at its time and closes it at its closing time (the job runs every 2 s in tests)', async () => {
    const official = await officialToken();
    const opensAt = new Date(Date.now() + 2_500);
    const closesAt = new Date(Date.now() + 7_000);
    const id = await createPoll(official, { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() });
    const scheduled = await api('POST', adminPath(id, '/schedule'), { bearer: official });
    expect(scheduled.body.data).toEqual({ documentId: id, from: 'draft', status: 'scheduled' });
    expect((await api('GET', pollPath(id))).body.data).toMatchObject({ status: 'scheduled', opensAt: opensAt.toISOString() });

    const waitFor = async (status: string, until: number) => {
      while (Date.now() < until) {
        const res = await api('GET', pollPath(id));
        if (res.body.data.status === status) return res.body.data;
        await sleep(250);
      }
      throw new Error(`poll did not become ${status}`);
    };
    const open = await waitFor('open', opensAt.getTime() + 6_000);
    expect(new Date(open.openedAt).getTime()).toBeGreaterThanOrEqual(opensAt.getTime());
    const [citizen] = await createCitizens(1);
    expect((await respond(citizen.cookie, id, answers())).status).toBe(201);

    const closed = await waitFor('closed', closesAt.getTime() + 6_000);
    expect(closed).toMatchObject({ closedBy: 'schedule', responses: 1 });
    expect(new Date(closed.closedAt).getTime()).toBeGreaterThanOrEqual(closesAt.getTime());
    expect((await events(id, 'poll.auto_open')).map((e) => e.actor)).toEqual(['system']);
    expect(await events(id, 'poll.auto_close')).toHaveLength(1);
    expect((await results(id)).body.data).toMatchObject({ final: true, responses: 1 });
  }, 30_000);
});
