import { randomBytes } from 'node:crypto';
import { api, type ApiResponse } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen, type TestCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition, petitionIdByTitle } from '../../../cms/tests/harness/fixtures';
import { petitionList, petitionResponse } from '../shared/contracts';

afterAll(closeDb);

const LIST = '/api/petitions/petitions';
const UNKNOWN_ID = 'abcdefghij0123456789';
/** Decoded by the router into `../../etc`; fetch would resolve a literal `../` before sending. */
const TRAVERSAL_ID = '..%2F..%2Fetc';
const PUBLIC_STATUSES = ['collecting', 'threshold_reached', 'under_consideration', 'answered', 'not_supported', 'rejected'];

const validPetition = (overrides: Record<string, unknown> = {}) => ({
  authority: 'bucha',
  title: `Відремонтувати тротуар ${randomBytes(3).toString('hex')}`,
  text: 'Тротуар на вулиці Шевченка зруйнований, люди з колясками змушені йти проїжджою частиною.',
  ...overrides,
});

const fieldPaths = (res: ApiResponse) => res.body.error.details.errors.map((e: { path: (string | number)[] }) => e.path.join('.'));

/** Every 400 has the same shape: a bilingual message and field errors in both languages. */
function expectFieldErrors(res: ApiResponse, paths?: string[]) {
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  expect(res.body.error.message).toBe('Дані не пройшли перевірку / The request is not valid');
  const errors = res.body.error.details.errors as { path: unknown[]; message: string; messageEn: string }[];
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(Array.isArray(e.path)).toBe(true);
    expect(e.message).toEqual(expect.any(String));
    expect(e.messageEn).toEqual(expect.any(String));
  }
  if (paths) expect(fieldPaths(res)).toEqual(expect.arrayContaining(paths));
}

const list = (query: string) => api('GET', `${LIST}?${query}`);
const titlesOf = (res: ApiResponse) => res.body.data.map((p: { title: string }) => p.title);

describe('public list of petitions', () => {
  it('answers in the shape of the published contract', async () => {
    const res = await api('GET', LIST);
    expect(res.status).toBe(200);
    expect(petitionList.safeParse(res.body).error).toBeUndefined();
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('filters by authority', async () => {
    const dnipro = await list('authority=dnipro');
    expect(dnipro.status).toBe(200);
    expect(titlesOf(dnipro)).toContain('Продовжити роботу нічних трамваїв на лівому березі');
    expect(dnipro.body.data.every((p: { authority: { slug: string } }) => p.authority.slug === 'dnipro')).toBe(true);
    const bucha = await list('authority=bucha&pageSize=100');
    expect(bucha.body.data.length).toBeGreaterThan(5);
    expect(bucha.body.data.every((p: { authority: { slug: string } }) => p.authority.slug === 'bucha')).toBe(true);
    const nobody = await list('authority=atlantis');
    expect(nobody.status).toBe(200);
    expect(nobody.body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } } });
  });

  it('filters by status', async () => {
    const answered = await list('status=answered&pageSize=100');
    expect(titlesOf(answered)).toContain('Створити інклюзивний дитячий майданчик у центрі міста');
    expect(answered.body.data.every((p: { status: string }) => p.status === 'answered')).toBe(true);
    const closed = await list('status=not_supported&authority=bucha');
    expect(titlesOf(closed)).toContain('Збільшити кількість пішохідних переходів на бульварі Леоніда Бірюкова');
    expect(closed.body.data.every((p: { status: string }) => p.status === 'not_supported')).toBe(true);
    const collecting = await list('status=collecting&authority=cabinet&pageSize=100');
    expect(titlesOf(collecting)).toEqual(
      expect.arrayContaining([
        'Запровадити електронне голосування за проєкти громадського бюджету по всій країні',
        'Оприлюднювати всі проєкти постанов Уряду у машиночитному форматі',
      ]),
    );
  });

  it('searches title and text, ignoring case', async () => {
    for (const q of ['Ворзел', 'ворзеля', 'ВОРЗЕЛЯ']) {
      expect(titlesOf(await list(`q=${encodeURIComponent(q)}`))).toEqual(['Відновити автобусний маршрут № 5 до Ворзеля']);
    }
    // Only in the text, not in the title.
    expect(titlesOf(await list(`q=${encodeURIComponent('працівники нічних змін')}`))).toEqual([
      'Продовжити роботу нічних трамваїв на лівому березі',
    ]);
    // Wildcards are searched for literally: a "%" search finds only petitions that contain a "%" (other suites
    // running on the same server may publish such text, so the check is on what is found, not on an empty list).
    for (const q of ['%', '_', '%25%']) {
      const found = (await list(`q=${encodeURIComponent(q)}&pageSize=100`)).body.data as { documentId: string }[];
      for (const { documentId } of found) {
        const detail = (await api('GET', `/api/petitions/petitions/${documentId}`)).body.data;
        expect(`${detail.title}\n${detail.text}`).toContain(q);
      }
    }
    expect((await list(`q=${encodeURIComponent('%Ворзел')}`)).body.meta.pagination.total).toBe(0);
  });

  it('pages newest first with consistent meta', async () => {
    const author = await createCitizen();
    const official = await officialToken();
    const token = `пагінація${randomBytes(3).toString('hex')}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await api('POST', LIST, { cookie: author.cookie, body: validPetition({ title: `Петиція ${token} номер ${i}` }) });
      expect(created.status).toBe(201);
      ids.push(created.body.data.documentId);
      expect((await api('POST', `/petitions/petitions/${ids[i]}/publish`, { bearer: official })).status).toBe(200);
    }

    const first = await list(`q=${token}&pageSize=2`);
    const second = await list(`q=${token}&pageSize=2&page=2`);
    const third = await list(`q=${token}&pageSize=2&page=3`);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    expect(third.body.data).toEqual([]);
    const seen = [...first.body.data, ...second.body.data].map((p: { documentId: string }) => p.documentId);
    expect(seen).toEqual([...ids].reverse());
  });

  it('shows only public statuses, on every page', async () => {
    const statuses = new Set<string>();
    for (let page = 1; ; page++) {
      const res = await list(`pageSize=100&page=${page}`);
      expect(res.status).toBe(200);
      for (const p of res.body.data) statuses.add(p.status);
      if (page >= res.body.meta.pagination.pageCount) break;
    }
    for (const status of statuses) expect(PUBLIC_STATUSES).toContain(status);
    expect(statuses.has('rejected')).toBe(true);
  });

  it('lists up to six collecting petitions closest to their threshold', async () => {
    const res = await api('GET', `${LIST}/near-threshold`);
    expect(res.status).toBe(200);
    const petitions = res.body.data as { status: string; percent: number }[];
    expect(petitions.length).toBeGreaterThan(0);
    expect(petitions.length).toBeLessThanOrEqual(6);
    expect(petitions.every((p) => p.status === 'collecting')).toBe(true);
    const percents = petitions.map((p) => p.percent);
    expect([...percents].sort((a, b) => b - a)).toEqual(percents);
  });
});

describe('refusing bad input with 400 and field messages, never 500', () => {
  const badQueries: [string, string[] | undefined][] = [
    ['pageSize=0', ['pageSize']],
    ['pageSize=1000', ['pageSize']],
    ['pageSize=2.5', ['pageSize']],
    ['page=0', ['page']],
    ['page=abc', ['page']],
    ['page[$gt]=1', ['page']],
    ['status=bogus', ['status']],
    ['status=submitted', ['status']],
    ['status=draft', ['status']],
    ['status=collecting&status=answered', ['status']],
    ['authority=Bucha!', ['authority']],
    ['authority[$ne]=bucha', ['authority']],
    [`q=${'я'.repeat(201)}`, ['q']],
    ['q=%20%20', ['q']],
    ['sort=title', undefined],
    ['filters[status]=submitted', undefined],
    ['populate=author', undefined],
  ];
  for (const [query, paths] of badQueries) {
    const shown = query.length > 40 ? `${query.slice(0, 12)}… (${query.length - 2} characters)` : query;
    it(`refuses the list query ${shown}`, async () => {
      expectFieldErrors(await list(query), paths);
    });
  }

  it('names the unknown query key', async () => {
    const res = await list('foo=1');
    expectFieldErrors(res);
    expect(res.body.error.details.errors[0].messageEn).toContain('foo');
  });

  describe('filing a petition', () => {
    let citizen: TestCitizen;
    beforeAll(async () => {
      citizen = await createCitizen();
    });
    const create = (body: unknown) => api('POST', LIST, { cookie: citizen.cookie, body });

    it('names every missing field', async () => {
      expectFieldErrors(await create({}), ['authority', 'title', 'text']);
    });

    it('names every field that is too short or too long', async () => {
      expectFieldErrors(await create(validPetition({ title: 'Коротка' })), ['title']);
      expectFieldErrors(await create(validPetition({ text: 'Замало тексту для петиції.' })), ['text']);
      expectFieldErrors(await create(validPetition({ title: 'Т'.repeat(201) })), ['title']);
      expectFieldErrors(await create(validPetition({ text: 'Т'.repeat(10001) })), ['text']);
      // Padding does not count towards the minimum.
      expectFieldErrors(await create(validPetition({ title: `   Коротка   ${' '.repeat(20)}` })), ['title']);
    });

    it('refuses wrong types', async () => {
      expectFieldErrors(await create(validPetition({ title: 12345678901 })), ['title']);
      expectFieldErrors(await create(validPetition({ authority: ['bucha'] })), ['authority']);
      expectFieldErrors(await create(validPetition({ text: { $ne: null } })), ['text']);
    });

    it('refuses an unknown authority', async () => {
      expectFieldErrors(await create(validPetition({ authority: 'atlantis' })), ['authority']);
    });

    it('refuses fields the citizen may not set', async () => {
      for (const extra of [{ status: 'collecting' }, { threshold: 1 }, { author: 1 }, { constructor: { prototype: {} } }]) {
        expectFieldErrors(await create(validPetition(extra)));
      }
    });

    it('refuses a body that is not an object', async () => {
      for (const rawBody of ['[]', '[{"authority":"bucha"}]']) {
        expectFieldErrors(await api('POST', LIST, { cookie: citizen.cookie, rawBody }));
      }
    });

    it('refuses malformed JSON and non-object JSON with 400', async () => {
      for (const rawBody of ['{"title":', '{title: 1}', 'null', '"petition"', '42']) {
        const res = await api('POST', LIST, { cookie: citizen.cookie, rawBody });
        expect({ rawBody, status: res.status }).toEqual({ rawBody, status: 400 });
        expect(res.body).toMatchObject({ data: null, error: { status: 400 } });
      }
    });

    // Server bug: the body parser's own error escapes the error contract (see the report).
    it('explains malformed JSON in both languages, like every other 400', async () => {
      expectFieldErrors(await api('POST', LIST, { cookie: citizen.cookie, rawBody: '{"title":' }));
    });

    it('refuses an oversized body with 413', async () => {
      const res = await create(validPetition({ text: 'я'.repeat(300_000) }));
      expect(res.status).toBe(413);
    });

    it('stores nothing for a refused request', async () => {
      const { rows } = await db().query(
        'SELECT count(*)::int AS n FROM petitions_petitions_author_lnk l WHERE l.user_id = $1',
        [citizen.id],
      );
      expect(rows[0].n).toBe(0);
    });
  });

  it('refuses a petition id like ../../etc on every route', async () => {
    const citizen = await createCitizen();
    const official = await officialToken();
    const requests: [string, string, { cookie?: string; bearer?: string; body?: unknown }][] = [
      ['GET', `${LIST}/${TRAVERSAL_ID}`, {}],
      ['GET', `${LIST}/${TRAVERSAL_ID}/count`, {}],
      ['GET', `${LIST}/${TRAVERSAL_ID}/signature`, { cookie: citizen.cookie }],
      ['POST', `${LIST}/${TRAVERSAL_ID}/signatures`, { cookie: citizen.cookie }],
      ['POST', `/petitions/petitions/${TRAVERSAL_ID}/publish`, { bearer: official }],
      ['POST', `/petitions/petitions/${TRAVERSAL_ID}/answer`, { bearer: official, body: { text: 'Відповідь органу влади на петицію.' } }],
      ['GET', `${LIST}/${"x'%20OR%201=1--"}`, {}],
      ['GET', `${LIST}/${'a'.repeat(41)}`, {}],
    ];
    for (const [method, path, options] of requests) {
      const res = await api(method, path, options);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 400 });
      expect(res.body.error.details.errors[0].messageEn).toBe('not a petition id');
    }
  });
});

describe('what the public cannot see', () => {
  it('answers 404 for an unknown petition', async () => {
    const citizen = await createCitizen();
    for (const [method, path, cookie] of [
      ['GET', `${LIST}/${UNKNOWN_ID}`, undefined],
      ['GET', `${LIST}/${UNKNOWN_ID}/count`, undefined],
      ['GET', `${LIST}/${UNKNOWN_ID}/signature`, citizen.cookie],
      ['POST', `${LIST}/${UNKNOWN_ID}/signatures`, citizen.cookie],
    ] as const) {
      const res = await api(method, path, { cookie });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body.error.message).toBe('Петицію не знайдено / Petition not found');
    }
  });

  it('hides petitions in moderation and drafts from every public route', async () => {
    const author = await createCitizen();
    const created = await api('POST', LIST, { cookie: author.cookie, body: validPetition() });
    expect(created.status).toBe(201);
    const submitted = created.body.data.documentId;
    const draft = (await api('POST', LIST, { cookie: author.cookie, body: validPetition() })).body.data.documentId;
    await db().query("UPDATE petitions_petitions SET status = 'draft' WHERE document_id = $1", [draft]);
    const seeded = await petitionIdByTitle('Облаштувати безпечну велодоріжку на вулиці Вокзальній');

    const signer = await createCitizen();
    for (const id of [submitted, draft, seeded]) {
      expect((await api('GET', `${LIST}/${id}`)).status).toBe(404);
      expect((await api('GET', `${LIST}/${id}/count`)).status).toBe(404);
      expect((await api('GET', `${LIST}/${id}/signature`, { cookie: signer.cookie })).status).toBe(404);
      const sign = await api('POST', `${LIST}/${id}/signatures`, { cookie: signer.cookie });
      expect([404, 409]).toContain(sign.status);
    }
    const near = await api('GET', `${LIST}/near-threshold`);
    const everyone = await list('pageSize=100&authority=bucha');
    for (const id of [submitted, draft, seeded]) {
      expect(near.body.data.map((p: { documentId: string }) => p.documentId)).not.toContain(id);
      expect(everyone.body.data.map((p: { documentId: string }) => p.documentId)).not.toContain(id);
    }
    const { rows } = await db().query('SELECT count(*)::int AS n FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id WHERE p.document_id = ANY($1)', [[submitted, draft, seeded]]);
    expect(rows[0].n).toBe(0);
  });

  it("shows a published petition's public facts and never its author's account", async () => {
    const author = await createCitizen();
    const official = await officialToken();
    const id = await collectingPetition(author.cookie, official);
    const res = await api('GET', `${LIST}/${id}`);
    expect(res.status).toBe(200);
    expect(petitionResponse.safeParse(res.body).error).toBeUndefined();
    // The author verified no identity: no name is published (a typed one could be anyone's).
    expect(res.body.data).toMatchObject({ authorName: null, authorVerified: false, status: 'collecting', authority: { slug: 'bucha' } });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(author.email);
    expect(text).not.toContain('"author"');
    expect(text).not.toMatch(/"(email|password|author_id|userId)":/);
  });
});

describe('who may call what', () => {
  const ADMIN_ROUTES: [string, string, unknown?][] = [
    ['GET', '/petitions/petitions?filter=all'],
    ['POST', `/petitions/petitions/${UNKNOWN_ID}/publish`],
    ['POST', `/petitions/petitions/${UNKNOWN_ID}/reject`, { reason: 'duplicate' }],
    ['POST', `/petitions/petitions/${UNKNOWN_ID}/consideration`],
    ['POST', `/petitions/petitions/${UNKNOWN_ID}/answer`, { text: 'Відповідь органу влади на петицію.' }],
  ];
  const CITIZEN_ROUTES: [string, string, unknown?][] = [
    ['GET', `${LIST}/mine`],
    ['GET', `${LIST}/${UNKNOWN_ID}/signature`],
    ['POST', LIST, validPetition()],
    ['POST', `${LIST}/${UNKNOWN_ID}/signatures`],
  ];

  it('refuses every admin route to anonymous callers with 401', async () => {
    for (const [method, path, body] of ADMIN_ROUTES) {
      const res = await api(method, path, { body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 401 });
    }
  });

  it("refuses every admin route to a citizen's cookie and a citizen's token", async () => {
    const citizen = await createCitizen();
    const token = citizen.cookie.slice('vzd_session='.length);
    for (const [method, path, body] of ADMIN_ROUTES) {
      for (const credentials of [{ cookie: citizen.cookie }, { bearer: token }]) {
        const res = await api(method, path, { body, ...credentials });
        expect({ method, path, credentials: Object.keys(credentials)[0], refused: [401, 403].includes(res.status) }).toEqual({
          method,
          path,
          credentials: Object.keys(credentials)[0],
          refused: true,
        });
      }
    }
  });

  it('refuses every citizen route to anonymous callers and to unconfirmed accounts', async () => {
    const unconfirmed = await createCitizen({ confirmed: false });
    for (const [method, path, body] of CITIZEN_ROUTES) {
      for (const cookie of [undefined, unconfirmed.cookie]) {
        const res = await api(method, path, { body, cookie });
        expect({ method, path, signedIn: Boolean(cookie), refused: [401, 403].includes(res.status) }).toEqual({
          method,
          path,
          signedIn: Boolean(cookie),
          refused: true,
        });
      }
    }
    const { rows } = await db().query('SELECT count(*)::int AS n FROM petitions_petitions_author_lnk WHERE user_id = $1', [unconfirmed.id]);
    expect(rows[0].n).toBe(0);
  });
});

describe('write rate limit', () => {
  it('answers 429 with Retry-After once one citizen makes more than 30 writes a minute', async () => {
    const citizen = await createCitizen();
    const official = await officialToken();

    // 15 filings, each published by the official (admin routes do not count), and 15 signatures: 30 writes.
    const ids: string[] = [];
    for (let i = 0; i < 15; i++) {
      const created = await api('POST', LIST, { cookie: citizen.cookie, body: validPetition() });
      expect(created.status).toBe(201);
      ids.push(created.body.data.documentId);
      expect((await api('POST', `/petitions/petitions/${ids[i]}/publish`, { bearer: official })).status).toBe(200);
    }
    for (const id of ids) expect((await api('POST', `${LIST}/${id}/signatures`, { cookie: citizen.cookie })).status).toBe(201);

    const sign = await api('POST', `${LIST}/${ids[0]}/signatures`, { cookie: citizen.cookie });
    const create = await api('POST', LIST, { cookie: citizen.cookie, body: validPetition() });
    for (const res of [sign, create]) {
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(res.body).toMatchObject({ data: null, error: { status: 429, details: { retryAfterSeconds: retryAfter } } });
      expect(res.body.error.message).toBe('Забагато запитів, спробуйте трохи згодом / Too many requests, please try again shortly');
    }
    const { rows } = await db().query('SELECT count(*)::int AS n FROM petitions_petitions_author_lnk WHERE user_id = $1', [citizen.id]);
    expect(rows[0].n).toBe(15);

    // Reading stays open, and the budget is this citizen's alone.
    expect((await api('GET', `${LIST}/mine`, { cookie: citizen.cookie })).status).toBe(200);
    const neighbour = await createCitizen();
    expect((await api('POST', `${LIST}/${ids[0]}/signatures`, { cookie: neighbour.cookie })).status).toBe(201);
  });
});
