import { api } from '../../../cms/tests/harness/http';
import { closeDb } from '../../../cms/tests/harness/database';
import { createCitizen, createCitizens } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { testServer } from '../../../cms/tests/harness/server';
import { ADMIN, PUBLIC, TINY_PDF, auditActions, closeByJob, comment, openConsultation, postForm } from './helpers';

afterAll(closeDb);

describe('moderation after publication', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('takes abuse reports once per person, hides with a reason the author sees, and hides the thread', async () => {
    const id = await openConsultation(official);
    const [author, replier, reporter, second] = await createCitizens(4);
    const posted = await comment(author.cookie, id, 2, 'Образливий текст, що не стосується проєкту.');
    const commentId = posted.body.data.id;
    const reply = await api('POST', `${PUBLIC}/${id}/comments/${commentId}/replies`, {
      cookie: replier.cookie,
      body: { body: 'Не згоден із цим коментарем.' },
    });
    expect(reply.status).toBe(201);

    const reported = await api('POST', `${PUBLIC}/${id}/comments/${commentId}/reports`, { cookie: reporter.cookie, body: { reason: 'Образи' } });
    expect(reported.status).toBe(201);
    expect(reported.body.data).toMatchObject({ commentId, reportedAt: expect.any(String) });
    const again = await api('POST', `${PUBLIC}/${id}/comments/${commentId}/reports`, { cookie: reporter.cookie });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('already_reported');
    expect((await api('POST', `${PUBLIC}/${id}/comments/${commentId}/reports`, { cookie: second.cookie })).status).toBe(201);

    const flagged = await api('GET', `${ADMIN}/${id}/contributions?filter=reported`, { bearer: official });
    expect(flagged.status).toBe(200);
    expect(flagged.body.data).toEqual([expect.objectContaining({ id: commentId, reports: 2, hidden: false, kind: 'comment' })]);
    const list = await api('GET', `${ADMIN}?status=open`, { bearer: official });
    expect(list.body.data.find((c: { documentId: string }) => c.documentId === id)).toMatchObject({ reported: 1, proposals: 1, undisposed: 1 });

    const hidden = await api('POST', `${ADMIN}/${id}/comments/${commentId}/hide`, { bearer: official, body: { reason: 'Образливі висловлювання' } });
    expect(hidden.status).toBe(200);
    expect(hidden.body.data).toMatchObject({ id: commentId, hidden: true, hiddenReason: 'Образливі висловлювання' });
    const twice = await api('POST', `${ADMIN}/${id}/comments/${commentId}/hide`, { bearer: official, body: { reason: 'Ще раз приховати' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.code).toBe('already_hidden');

    const section = (await api('GET', `${PUBLIC}/${id}/sections/2`)).body.data;
    expect(section.comments).toEqual([]);
    expect(section.section.comments).toBe(0);
    expect((await api('GET', `${PUBLIC}/${id}`)).body.data).toMatchObject({ comments: 0, proposals: 0 });
    const mine = (await api('GET', `${PUBLIC}/${id}/participation`, { cookie: author.cookie })).body.data;
    expect(mine.contributions).toEqual([expect.objectContaining({ id: commentId, hidden: true, hiddenReason: 'Образливі висловлювання' })]);
    // Nothing more can be attached to a hidden comment.
    const orphan = await api('POST', `${PUBLIC}/${id}/comments/${commentId}/replies`, { cookie: replier.cookie, body: { body: 'Ще одна відповідь.' } });
    expect(orphan.status).toBe(404);
    expect((await api('POST', `${PUBLIC}/${id}/comments/${commentId}/reports`, { cookie: author.cookie })).status).toBe(404);

    // A hidden proposal needs no disposition, and the report keeps its place and reason without its text.
    await closeByJob(id);
    const disposeHidden = await api('POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, { bearer: official, body: { disposition: 'rejected', reason: 'Образи.' } });
    expect(disposeHidden.status).toBe(409);
    expect(disposeHidden.body.error.details.code).toBe('contribution_hidden');
    const report = await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: 'Пропозицій по суті не надійшло; один коментар приховано модератором.' } });
    expect(report.status).toBe(200);
    const published = (await api('GET', `${PUBLIC}/${id}/report`)).body.data;
    expect(published.totals).toMatchObject({ proposals: 1, hidden: 1, accepted: 0 });
    expect(published.proposals).toEqual([expect.objectContaining({ id: commentId, hidden: true, text: null, hiddenReason: 'Образливі висловлювання', disposition: null })]);
    const csv = (await api('GET', `${PUBLIC}/${id}/report.csv`)).body as string;
    expect(csv).toContain('"Приховано модератором / Hidden by a moderator","hidden","Образливі висловлювання"');
    expect(csv).not.toContain('Образливий текст');

    const actions = (await auditActions(id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'contribution.report')).toHaveLength(2);
    expect(actions).toContain('contribution.hide');
  });
});

describe('position papers', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  const fields = { organisation: 'ГО «Безпечна Буча»', body: 'Позиція організації щодо проєкту: підтримуємо з двома уточненнями.' };

  it('stores a PDF position paper as a proposal and lists it in the report with its file', async () => {
    const id = await openConsultation(official);
    const cso = await createCitizen();
    const sent = await postForm(`${PUBLIC}/${id}/position-papers`, cso.cookie, fields, { name: 'позиція.pdf', content: TINY_PDF, type: 'application/pdf' });
    expect(sent.status).toBe(201);
    expect(sent.body.data).toMatchObject({ kind: 'position_paper', sectionNumber: null, authorName: null, authorVerified: false });
    const paperId = sent.body.data.id;

    const detail = (await api('GET', `${PUBLIC}/${id}`)).body.data;
    expect(detail).toMatchObject({ positionPapers: 1, proposals: 1 });
    const listed = (await api('GET', `${ADMIN}/${id}/contributions?filter=proposals`, { bearer: official })).body.data;
    expect(listed).toEqual([
      expect.objectContaining({ id: paperId, kind: 'position_paper', organisation: 'ГО «Безпечна Буча»', file: expect.objectContaining({ mime: 'application/pdf', url: expect.stringMatching(/\.pdf$/) }) }),
    ]);
    const file = await fetch(new URL(listed[0].file.url, testServer().url));
    expect(file.status).toBe(200);

    await closeByJob(id);
    expect((await api('POST', `${ADMIN}/${id}/comments/${paperId}/disposition`, { bearer: official, body: { disposition: 'partly_accepted', reason: 'Одне уточнення враховано.' } })).status).toBe(200);
    expect((await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: 'Надійшов один позиційний документ, його враховано частково.' } })).status).toBe(200);
    const report = (await api('GET', `${PUBLIC}/${id}/report`)).body.data;
    expect(report.proposals).toEqual([
      expect.objectContaining({ id: paperId, kind: 'position_paper', organisation: 'ГО «Безпечна Буча»', fileUrl: expect.stringMatching(/\.pdf$/), disposition: 'partly_accepted' }),
    ]);
    expect((await auditActions(id)).map((e) => e.action)).toContain('position_paper.add');
  });

  it('refuses a file that is not really a PDF or DOCX, a missing file and missing fields with 400', async () => {
    const id = await openConsultation(official);
    const cso = await createCitizen();
    const fake = await postForm(`${PUBLIC}/${id}/position-papers`, cso.cookie, fields, { name: 'paper.pdf', content: Buffer.from('<html><script>alert(1)</script>'), type: 'application/pdf' });
    expect(fake.status).toBe(400);
    expect(fake.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['files']]);
    const none = await postForm(`${PUBLIC}/${id}/position-papers`, cso.cookie, fields);
    expect(none.status).toBe(400);
    expect(none.body.error.details.errors[0].path).toEqual(['files']);
    const noOrganisation = await postForm(`${PUBLIC}/${id}/position-papers`, cso.cookie, { body: fields.body }, { name: 'p.pdf', content: TINY_PDF, type: 'application/pdf' });
    expect(noOrganisation.status).toBe(400);
    expect(noOrganisation.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['organisation']]);
    const anonymous = await postForm(`${PUBLIC}/${id}/position-papers`, undefined, fields, { name: 'p.pdf', content: TINY_PDF, type: 'application/pdf' });
    expect([401, 403]).toContain(anonymous.status);
    expect((await api('GET', `${PUBLIC}/${id}`)).body.data.positionPapers).toBe(0);
  });
});
