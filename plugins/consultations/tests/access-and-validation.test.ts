import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken, superAdminToken } from '../../../cms/tests/harness/admins';
import { ADMIN, PUBLIC, closeByJob, comment, draftBody, officialWithRoles, openConsultation, postForm, TINY_PDF } from './helpers';

afterAll(closeDb);

const paths = (res: { body: { error: { details: { errors: { path: (string | number)[] }[] } } } }) =>
  res.body.error.details.errors.map((e) => e.path);

describe('who may do what', () => {
  let official: string;
  let superAdmin: string;
  let cabinetOpen: string;
  let cabinetComment: number;
  let citizen: { id: number; cookie: string };

  beforeAll(async () => {
    [official, superAdmin] = await Promise.all([officialToken(), superAdminToken()]);
    citizen = await createCitizen();
    cabinetOpen = await openConsultation(superAdmin, 'cabinet');
    cabinetComment = (await comment(citizen.cookie, cabinetOpen, 1, 'Коментар до проєкту Кабміну.')).body.data.id;
  });

  const citizenRoutes = (id: string, commentId: number): [string, string, unknown?][] => [
    ['GET', `${PUBLIC}/${id}/participation`],
    ['POST', `${PUBLIC}/${id}/sections/1/comments`, { body: 'Текст коментаря.' }],
    ['POST', `${PUBLIC}/${id}/comments/${commentId}/replies`, { body: 'Текст відповіді.' }],
    ['POST', `${PUBLIC}/${id}/comments/${commentId}/reports`, {}],
    ['POST', `${PUBLIC}/${id}/answers`, { answers: { q1: 0 } }],
    ['POST', `${PUBLIC}/${id}/position-papers`, {}],
  ];

  const adminRoutes = (id: string, commentId: number): [string, string, unknown?][] => [
    ['GET', `${ADMIN}/${id}`],
    ['POST', `${ADMIN}/${id}/publish`],
    ['GET', `${ADMIN}/${id}/contributions`],
    ['POST', `${ADMIN}/${id}/comments/${commentId}/hide`, { reason: 'Образливий зміст' }],
    ['POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, { disposition: 'accepted', reason: 'Враховано повністю.' }],
    ['POST', `${ADMIN}/${id}/report`, { summary: 'Підсумок консультації з усіма рішеннями.' }],
  ];

  it('lets anyone read published consultations, sections and reports without signing in', async () => {
    expect((await api('GET', PUBLIC)).status).toBe(200);
    expect((await api('GET', `${PUBLIC}/${cabinetOpen}`)).status).toBe(200);
    expect((await api('GET', `${PUBLIC}/${cabinetOpen}/sections/1`)).status).toBe(200);
    // Not published yet: 404, not 401.
    expect((await api('GET', `${PUBLIC}/${cabinetOpen}/report`)).status).toBe(404);
    expect((await api('GET', `${PUBLIC}/${cabinetOpen}/report.csv`)).status).toBe(404);
  });

  // users-permissions answers 403 rather than 401 once the public role has any permission (as in petitions).
  it('refuses every citizen route to anonymous people (401/403), storing nothing', async () => {
    for (const [method, path, body] of citizenRoutes(cabinetOpen, cabinetComment)) {
      const res = await api(method, path, { body });
      expect({ path, refused: [401, 403].includes(res.status) }).toEqual({ path, refused: true });
    }
    const { rows } = await db().query(
      'SELECT count(*)::int AS n FROM consultations_contributions t JOIN consultations_consultations c ON c.id = t.consultation_id WHERE c.document_id = $1',
      [cabinetOpen],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses every admin route to anonymous callers and to citizens (401)', async () => {
    const routes: [string, string, unknown?][] = [['GET', ADMIN], ['POST', ADMIN, draftBody('bucha')], ...adminRoutes(cabinetOpen, cabinetComment)];
    for (const [method, path, body] of routes) {
      expect({ path, anonymous: (await api(method, path, { body })).status }).toEqual({ path, anonymous: 401 });
      expect({ path, citizen: (await api(method, path, { body, cookie: citizen.cookie })).status }).toEqual({ path, citizen: 401 });
    }
  });

  it("refuses an official every action on another authority's consultation (403 not_assigned)", async () => {
    for (const [method, path, body] of adminRoutes(cabinetOpen, cabinetComment)) {
      const res = await api(method, path, { body, bearer: official });
      expect({ path, status: res.status, code: res.body?.error?.details?.code }).toEqual({ path, status: 403, code: 'not_assigned' });
    }
    const create = await api('POST', ADMIN, { bearer: official, body: draftBody('cabinet') });
    expect(create.status).toBe(403);
    const list = await api('GET', ADMIN, { bearer: official });
    expect(list.body.data.map((c: { documentId: string }) => c.documentId)).not.toContain(cabinetOpen);
    expect(list.body.data.every((c: { authority: { slug: string } }) => ['bucha', 'kyiv-region'].includes(c.authority.slug))).toBe(true);
    // The super admin acts everywhere.
    expect((await api('GET', `${ADMIN}/${cabinetOpen}`, { bearer: superAdmin })).status).toBe(200);
    expect((await api('POST', `${ADMIN}/${cabinetOpen}/comments/${cabinetComment}/hide`, { bearer: superAdmin, body: { reason: 'Перевірка прав' } })).status).toBe(200);
  });

  it('refuses an official of another authority on a closed consultation too, before any state rule', async () => {
    const id = await openConsultation(superAdmin, 'dnipro');
    const c = (await comment(citizen.cookie, id, 2, 'Коментар до проєкту Дніпра.')).body.data.id;
    await closeByJob(id);
    const res = await api('POST', `${ADMIN}/${id}/comments/${c}/disposition`, { bearer: official, body: { disposition: 'accepted', reason: 'Враховано повністю.' } });
    expect(res.status).toBe(403);
    expect((await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: 'Підсумок консультації з усіма рішеннями.' } })).status).toBe(403);
  });

  it("checks the official's role at the authority: moderators open and hide, responders dispose and report", async () => {
    const moderator = await officialWithRoles('bucha', ['moderator']);
    const responder = await officialWithRoles('bucha', ['responder']);
    const code = (res: { status: number; body: any }) => ({ status: res.status, code: res.body?.error?.details?.code });

    expect(code(await api('POST', ADMIN, { bearer: responder, body: draftBody('bucha') }))).toEqual({ status: 403, code: 'role_missing' });
    const draft = (await api('POST', ADMIN, { bearer: moderator, body: draftBody('bucha') })).body.data.documentId;
    expect(code(await api('POST', `${ADMIN}/${draft}/publish`, { bearer: responder }))).toEqual({ status: 403, code: 'role_missing' });
    expect((await api('POST', `${ADMIN}/${draft}/publish`, { bearer: moderator })).status).toBe(200);
    // Reading needs only the assignment.
    expect((await api('GET', `${ADMIN}/${draft}`, { bearer: responder })).status).toBe(200);

    const [first, second] = [
      (await comment(citizen.cookie, draft, 1, 'Перший коментар до проєкту.')).body.data.id,
      (await comment(citizen.cookie, draft, 2, 'Другий коментар до проєкту.')).body.data.id,
    ];
    expect(code(await api('POST', `${ADMIN}/${draft}/comments/${first}/hide`, { bearer: responder, body: { reason: 'Образливий зміст' } }))).toEqual({
      status: 403,
      code: 'role_missing',
    });
    expect((await api('POST', `${ADMIN}/${draft}/comments/${first}/hide`, { bearer: moderator, body: { reason: 'Образливий зміст' } })).status).toBe(200);

    await closeByJob(draft);
    const disposition = { disposition: 'rejected', reason: 'Суперечить закону.' };
    expect(code(await api('POST', `${ADMIN}/${draft}/comments/${second}/disposition`, { bearer: moderator, body: disposition }))).toEqual({
      status: 403,
      code: 'role_missing',
    });
    expect((await api('POST', `${ADMIN}/${draft}/comments/${second}/disposition`, { bearer: responder, body: disposition })).status).toBe(200);
    const summary = { summary: 'Одну пропозицію розглянуто й не враховано з обґрунтуванням.' };
    expect(code(await api('POST', `${ADMIN}/${draft}/report`, { bearer: moderator, body: summary }))).toEqual({ status: 403, code: 'role_missing' });
    expect((await api('POST', `${ADMIN}/${draft}/report`, { bearer: responder, body: summary })).status).toBe(200);
  });

  it('requires a confirmed account to take part', async () => {
    const unconfirmed = await createCitizen({ confirmed: false });
    const res = await comment(unconfirmed.cookie, cabinetOpen, 1, 'Коментар без підтвердження пошти.');
    expect([401, 403]).toContain(res.status);
  });

  it("applies an authority's 'verified' participation level", async () => {
    const { rows } = await db().query("SELECT module_settings FROM core_authorities WHERE slug = 'dnipro'");
    const before = rows[0].module_settings;
    await db().query(
      `UPDATE core_authorities SET module_settings = jsonb_set(coalesce(module_settings::jsonb, '{}'::jsonb), '{consultations}', '{"participationLevel": "verified"}') WHERE slug = 'dnipro'`,
    );
    try {
      const id = await openConsultation(superAdmin, 'dnipro');
      expect((await api('GET', `${PUBLIC}/${id}`)).body.data.participationLevel).toBe('verified');
      const res = await comment(citizen.cookie, id, 1, 'Коментар без підтвердженої особи.');
      expect(res.status).toBe(403);
      expect((await api('POST', `${PUBLIC}/${id}/answers`, { cookie: citizen.cookie, body: { answers: { q1: 0 } } })).status).toBe(403);
    } finally {
      await db().query("UPDATE core_authorities SET module_settings = $1 WHERE slug = 'dnipro'", [before === null ? null : JSON.stringify(before)]);
    }
  });

  it('answers 404 for an unknown consultation, section or comment, and for a draft', async () => {
    const unknown = 'abcdefghij0123456789abcd';
    expect((await api('GET', `${PUBLIC}/${unknown}`)).status).toBe(404);
    expect((await api('GET', `${PUBLIC}/${cabinetOpen}/sections/99`)).status).toBe(404);
    expect((await comment(citizen.cookie, cabinetOpen, 99, 'Коментар до неіснуючого розділу.')).status).toBe(404);
    expect((await comment(citizen.cookie, unknown, 1, 'Коментар до неіснуючої консультації.')).status).toBe(404);
    expect((await api('POST', `${PUBLIC}/${cabinetOpen}/comments/999999999/replies`, { cookie: citizen.cookie, body: { body: 'Текст відповіді.' } })).status).toBe(404);
    expect((await api('POST', `${ADMIN}/${unknown}/publish`, { bearer: superAdmin })).status).toBe(404);
    expect((await api('POST', `${ADMIN}/${cabinetOpen}/comments/999999999/hide`, { bearer: superAdmin, body: { reason: 'Образливий зміст' } })).status).toBe(404);
    const draft = (await api('POST', ADMIN, { bearer: superAdmin, body: draftBody('cabinet') })).body.data.documentId;
    expect((await api('GET', `${PUBLIC}/${draft}`)).status).toBe(404);
    expect((await comment(citizen.cookie, draft, 1, 'Коментар до чернетки.')).status).toBe(404);
  });
});

describe('bad input answers 400 with field messages', () => {
  let official: string;
  let id: string;
  let citizen: { id: number; cookie: string };
  beforeAll(async () => {
    official = await officialToken();
    id = await openConsultation(official);
    citizen = await createCitizen();
  });

  const expectFields = (res: { status: number; body: any }, expected: (string | number)[][]) => {
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(expected);
    for (const e of res.body.error.details.errors) {
      expect(e.message).toEqual(expect.any(String));
      expect(e.messageEn).toEqual(expect.any(String));
    }
  };

  it('checks a new consultation field by field', async () => {
    expectFields(await api('POST', ADMIN, { bearer: official, body: draftBody('bucha', { periodWorkingDays: 4 }) }), [['periodWorkingDays']]);
    expectFields(await api('POST', ADMIN, { bearer: official, body: draftBody('bucha', { sections: [] }) }), [['sections']]);
    expectFields(await api('POST', ADMIN, { bearer: official, body: draftBody('bucha', { title: 'Коротко' }) }), [['title']]);
    expectFields(
      await api('POST', ADMIN, {
        bearer: official,
        body: draftBody('bucha', { questionnaire: { questions: [{ type: 'single_choice', text: 'Чи згодні ви?', options: ['Так'] }] } }),
      }),
      [['questionnaire', 'questions', 0, 'options']],
    );
    expectFields(await api('POST', ADMIN, { bearer: official, body: draftBody('nowhere') }), [['authority']]);
    expectFields(await api('POST', ADMIN, { bearer: official, body: draftBody('bucha', { attachments: [999999999] }) }), [['attachments']]);
    const unknownField = await api('POST', ADMIN, { bearer: official, body: draftBody('bucha', { status: 'open' }) });
    expect(unknownField.status).toBe(400);
    const empty = await api('POST', ADMIN, { bearer: official, body: {} });
    expect(empty.status).toBe(400);
    expect(paths(empty).map((p) => p[0])).toEqual(expect.arrayContaining(['authority', 'title', 'summary', 'explanatoryNote', 'sections']));
  });

  it('checks comments, replies and abuse reports', async () => {
    expectFields(await api('POST', `${PUBLIC}/${id}/sections/1/comments`, { cookie: citizen.cookie, body: { body: 'ok' } }), [['body']]);
    // The author's name comes from the verified identity: a typed one is refused, not published.
    expect((await api('POST', `${PUBLIC}/${id}/sections/1/comments`, { cookie: citizen.cookie, body: { authorName: 'Олена', body: 'Змістовний коментар.' } })).status).toBe(400);
    expect((await api('POST', `${PUBLIC}/${id}/sections/1/comments`, { cookie: citizen.cookie, body: { body: 'Змістовний коментар.', hidden: false } })).status).toBe(400);
    expect((await api('POST', `${PUBLIC}/${id}/sections/abc/comments`, { cookie: citizen.cookie, body: { body: 'Змістовний коментар.' } })).status).toBe(400);
    expect((await api('POST', `${PUBLIC}/${id}/comments/1x/replies`, { cookie: citizen.cookie, body: { body: 'Змістовний коментар.' } })).status).toBe(400);
    expect((await api('POST', `${PUBLIC}/${id}/sections/1/comments`, { cookie: citizen.cookie, rawBody: '{"body":' })).status).toBe(400);
    const c = (await comment(citizen.cookie, id, 1, 'Змістовний коментар до розділу 1.')).body.data.id;
    expectFields(await api('POST', `${PUBLIC}/${id}/comments/${c}/reports`, { cookie: citizen.cookie, body: { reason: 'я'.repeat(501) } }), [['reason']]);
  });

  it('checks questionnaire answers against the questions, naming each', async () => {
    expectFields(await api('POST', `${PUBLIC}/${id}/answers`, { cookie: citizen.cookie, body: { answers: { q1: 7, q9: 'x' } } }), [
      ['answers', 'q9'],
      ['answers', 'q1'],
    ]);
    expectFields(await api('POST', `${PUBLIC}/${id}/answers`, { cookie: citizen.cookie, body: { answers: { q2: 'Лише текст' } } }), [['answers', 'q1']]);
    expectFields(await api('POST', `${PUBLIC}/${id}/answers`, { cookie: citizen.cookie, body: { answers: 'так' } }), [['answers']]);
    expect((await api('POST', `${PUBLIC}/${id}/answers`, { cookie: citizen.cookie, body: {} })).status).toBe(400);
    // None of these stored anything: a valid answer is still accepted.
    expect((await api('POST', `${PUBLIC}/${id}/answers`, { cookie: citizen.cookie, body: { answers: { q1: 1 } } })).status).toBe(201);
  });

  it('checks list filters and ids', async () => {
    for (const query of ['status=draft', 'pageSize=1000', 'page=0', 'bogus=1', 'authority=Bad Slug']) {
      expect({ query, status: (await api('GET', `${PUBLIC}?${query}`)).status }).toEqual({ query, status: 400 });
    }
    expect((await api('GET', `${PUBLIC}/..%2Fetc`)).status).toBe(400);
    expect((await api('GET', `${PUBLIC}/${id}/sections/0`)).status).toBe(400);
    expect((await api('GET', `${ADMIN}?status=archived`, { bearer: official })).status).toBe(400);
    expect((await api('GET', `${ADMIN}/${id}/contributions?filter=spam`, { bearer: official })).status).toBe(400);
  });

  it("checks officials' decisions", async () => {
    const c = (await comment(citizen.cookie, id, 2, 'Ще один змістовний коментар.')).body.data.id;
    expectFields(await api('POST', `${ADMIN}/${id}/comments/${c}/disposition`, { bearer: official, body: { disposition: 'maybe', reason: 'Не знаю.' } }), [['disposition']]);
    expectFields(await api('POST', `${ADMIN}/${id}/comments/${c}/disposition`, { bearer: official, body: { disposition: 'accepted' } }), [['reason']]);
    expectFields(await api('POST', `${ADMIN}/${id}/comments/${c}/hide`, { bearer: official, body: { reason: '  ' } }), [['reason']]);
    expectFields(await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: 'Коротко' } }), [['summary']]);
  });

  it('limits the size of a position paper and refuses a form without one', async () => {
    const res = await postForm(
      `${PUBLIC}/${id}/position-papers`,
      citizen.cookie,
      { organisation: 'ГО «Світло»', body: 'Позиція організації щодо проєкту рішення.' },
      { name: 'big.pdf', content: Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024)]), type: 'application/pdf' },
    );
    // Refused by the body parser while it streams (the platform's upload limit is the paper limit, 10 MB).
    expect(res.status).toBe(413);
    expect(paths(res)).toEqual([['files']]);
    expect(res.body.error.message).toMatch(/завеликий.* \/ .*too large/);
  });
});
