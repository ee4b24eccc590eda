import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken, superAdminToken } from '../../../cms/tests/harness/admins';
import { testServer } from '../../../cms/tests/harness/server';
import { ADMIN, PUBLIC, TINY_PDF, auditActions, closeByJob, comment, createDraft, draftBody, openConsultation } from './helpers';

afterAll(closeDb);

const DAY = 24 * 3600 * 1000;
const REPORT = 'Надійшла одна пропозиція до розділу 3, її враховано; проєкт доопрацьовано та внесено на сесію.';

describe('a consultation from draft to published report', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('keeps a draft away from the public until the official opens it', async () => {
    const id = await createDraft(official);
    expect((await api('GET', `${PUBLIC}/${id}`)).status).toBe(404);
    const mine = await api('GET', `${ADMIN}?status=draft`, { bearer: official });
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((c: { documentId: string }) => c.documentId)).toContain(id);

    const opened = await api('POST', `${ADMIN}/${id}/publish`, { bearer: official });
    expect(opened.status).toBe(200);
    expect(opened.body.data).toEqual({ documentId: id, from: 'draft', status: 'open' });
    const again = await api('POST', `${ADMIN}/${id}/publish`, { bearer: official });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('invalid_transition');

    const shown = await api('GET', `${PUBLIC}/${id}`);
    expect(shown.status).toBe(200);
    const c = shown.body.data;
    expect(c).toMatchObject({ status: 'open', periodWorkingDays: 15, canParticipate: true, participationLevel: 'email', reportOverdue: false });
    expect(c.sections.map((s: { number: number; comments: number }) => [s.number, s.comments])).toEqual([[1, 0], [2, 0], [3, 0], [4, 0], [5, 0]]);
    expect(c.questionnaire.questions.map((q: { id: string; type: string }) => [q.id, q.type])).toEqual([['q1', 'single_choice'], ['q2', 'free_text']]);
    // Fifteen working days are at least three calendar weeks.
    expect(new Date(c.closesAt).getTime() - new Date(c.opensAt).getTime()).toBeGreaterThanOrEqual(20 * DAY);
    expect(c.workingDaysLeft).toBeGreaterThanOrEqual(14);
    expect(c.timeline.map((t: { status: string }) => t.status)).toEqual(['open']);
  });

  it('lets a person read a section, comment on section 3, answer once, and the official dispose and publish the report', async () => {
    const id = await openConsultation(official);
    const person = await createCitizen();
    const neighbour = await createCitizen();

    const section = await api('GET', `${PUBLIC}/${id}/sections/3`);
    expect(section.status).toBe(200);
    expect(section.body.data).toMatchObject({ section: { number: 3, heading: 'Розділ 3', comments: 0 }, comments: [], consultation: { documentId: id, canParticipate: true } });

    const posted = await comment(person.cookie, id, 3, '  Пропоную дозволити паркування біля школи лише на 10 хвилин.  ');
    expect(posted.status).toBe(201);
    const commentId = posted.body.data.id as number;
    expect(posted.body.data).toMatchObject({ kind: 'comment', sectionNumber: 3, parentId: null, body: 'Пропоную дозволити паркування біля школи лише на 10 хвилин.' });
    // The same text twice (a double click) is one comment.
    const twice = await comment(person.cookie, id, 3, 'Пропоную дозволити паркування біля школи лише на 10 хвилин.');
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.code).toBe('duplicate_contribution');

    const reply = await api('POST', `${PUBLIC}/${id}/comments/${commentId}/replies`, {
      cookie: neighbour.cookie,
      body: { body: 'Підтримую, і додати знак про це.' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data).toMatchObject({ kind: 'reply', parentId: commentId, sectionNumber: 3 });

    const thread = (await api('GET', `${PUBLIC}/${id}/sections/3`)).body.data;
    expect(thread.section.comments).toBe(2);
    expect(thread.comments).toEqual([
      expect.objectContaining({
        id: commentId,
        authorName: null,
        authorVerified: false,
        disposition: null,
        replies: [expect.objectContaining({ authorName: null, authorVerified: false })],
      }),
    ]);
    const detail = (await api('GET', `${PUBLIC}/${id}`)).body.data;
    expect(detail.sections[2].comments).toBe(2);
    expect(detail).toMatchObject({ comments: 2, proposals: 1, participants: 2 });

    const answered = await api('POST', `${PUBLIC}/${id}/answers`, { cookie: person.cookie, body: { answers: { q1: 2, q2: 'Додати строк' } } });
    expect(answered.status).toBe(201);
    const second = await api('POST', `${PUBLIC}/${id}/answers`, { cookie: person.cookie, body: { answers: { q1: 0 } } });
    expect(second.status).toBe(409);
    expect(second.body.error.details.code).toBe('already_answered');
    const { rows } = await db().query(
      'SELECT count(*)::int AS n FROM consultations_answers a JOIN consultations_consultations c ON c.id = a.consultation_id WHERE c.document_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(1);
    const mine = await api('GET', `${PUBLIC}/${id}/participation`, { cookie: person.cookie });
    expect(mine.body.data).toMatchObject({ canParticipate: true, answered: true, contributions: [expect.objectContaining({ id: commentId, hidden: false })] });

    // Dispositions wait for the end of the period.
    const early = await api('POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, { bearer: official, body: { disposition: 'accepted', reason: 'Норму змінено.' } });
    expect(early.status).toBe(409);
    expect(early.body.error.details.code).toBe('period_running');

    await closeByJob(id);
    const closed = (await api('GET', `${PUBLIC}/${id}`)).body.data;
    expect(closed).toMatchObject({ status: 'closed', canParticipate: false, workingDaysLeft: null, reportOverdue: false });
    expect(new Date(closed.reportDueAt).getTime() - new Date(closed.closesAt).getTime()).toBeGreaterThanOrEqual(13 * DAY);
    const late = await comment(neighbour.cookie, id, 2, 'Запізнілий коментар до розділу 2.');
    expect(late.status).toBe(409);
    expect(late.body.error.details.code).toBe('not_open');

    const tooEarly = await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: REPORT } });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.details.code).toBe('proposals_without_disposition');
    const onReply = await api('POST', `${ADMIN}/${id}/comments/${reply.body.data.id}/disposition`, { bearer: official, body: { disposition: 'rejected', reason: 'Це відповідь.' } });
    expect(onReply.status).toBe(409);
    expect(onReply.body.error.details.code).toBe('not_a_proposal');

    const undisposed = await api('GET', `${ADMIN}/${id}/contributions?filter=undisposed`, { bearer: official });
    expect(undisposed.body.data.map((c: { id: number }) => c.id)).toEqual([commentId]);
    const disposed = await api('POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, {
      bearer: official,
      body: { disposition: 'partly_accepted', reason: 'Паркування обмежено 15 хвилинами.' },
    });
    expect(disposed.status).toBe(200);
    expect(disposed.body.data).toMatchObject({ id: commentId, disposition: 'partly_accepted' });
    // A disposition may be corrected before the report.
    const corrected = await api('POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, {
      bearer: official,
      body: { disposition: 'accepted', reason: 'Паркування обмежено 10 хвилинами, як запропоновано.' },
    });
    expect(corrected.status).toBe(200);
    // Not public before the report.
    expect((await api('GET', `${PUBLIC}/${id}/sections/3`)).body.data.comments[0].disposition).toBeNull();
    expect((await api('GET', `${PUBLIC}/${id}/report`)).status).toBe(404);
    expect((await api('GET', `${PUBLIC}/${id}/report.csv`)).status).toBe(404);

    const published = await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: `  ${REPORT} ` } });
    expect(published.status).toBe(200);
    expect(published.body.data).toEqual({ documentId: id, from: 'closed', status: 'report_published' });
    expect((await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: REPORT } })).status).toBe(409);
    const after = await api('POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, { bearer: official, body: { disposition: 'rejected', reason: 'Передумали.' } });
    expect(after.status).toBe(409);
    expect(after.body.error.details.code).toBe('report_published');

    const report = await api('GET', `${PUBLIC}/${id}/report`);
    expect(report.status).toBe(200);
    expect(report.body.data).toMatchObject({
      summary: REPORT,
      consultation: { documentId: id, reportOnTime: true, authority: { slug: 'bucha' } },
      totals: { proposals: 1, accepted: 1, partlyAccepted: 0, rejected: 0, hidden: 0, replies: 1, participants: 2, answers: 1 },
      proposals: [
        {
          id: commentId,
          kind: 'comment',
          sectionNumber: 3,
          sectionHeading: 'Розділ 3',
          authorName: null,
          authorVerified: false,
          text: 'Пропоную дозволити паркування біля школи лише на 10 хвилин.',
          hidden: false,
          disposition: 'accepted',
          dispositionReason: 'Паркування обмежено 10 хвилинами, як запропоновано.',
        },
      ],
    });
    expect(report.body.data.questionnaire[0]).toEqual({
      id: 'q1',
      type: 'single_choice',
      text: 'Чи підтримуєте ви проєкт рішення?',
      answered: 1,
      options: [
        { label: 'Так', count: 0 },
        { label: 'Ні', count: 0 },
        { label: 'Частково', count: 1 },
      ],
    });
    expect(report.body.data.questionnaire[1]).toEqual({ id: 'q2', type: 'free_text', text: 'Що варто змінити?', answered: 1 });

    const csv = await api('GET', `${PUBLIC}/${id}/report.csv`, { headers: { accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="consultation-${id}-report.csv"`);
    // fetch's text() drops the byte-order mark, so look at the bytes.
    const raw = Buffer.from(await (await fetch(`${testServer().url}${PUBLIC}/${id}/report.csv`)).arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.body as string;
    expect(text.startsWith('"№ / No","Вид / Kind",')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain(`"${commentId}","Коментар / Comment","3","Розділ 3","Учасник без підтвердженої особи / Participant with an unverified identity",`);
    expect(lines[1]).toContain(',"Пропоную дозволити паркування біля школи лише на 10 хвилин.","","Враховано / Accepted","accepted","Паркування обмежено 10 хвилинами, як запропоновано.",');

    // The section and the author's own view now show the disposition.
    expect((await api('GET', `${PUBLIC}/${id}/sections/3`)).body.data.comments[0]).toMatchObject({ disposition: 'accepted' });
    const finalDetail = (await api('GET', `${PUBLIC}/${id}`)).body.data;
    expect(finalDetail).toMatchObject({ status: 'report_published', reportOnTime: true, reportOverdue: false });
    expect(finalDetail.timeline.map((t: { status: string }) => t.status)).toEqual(['open', 'closed', 'report_published']);

    // Every transition and every counted write is in the audit chain, in order.
    const events = await auditActions(id);
    expect(events.map((e) => e.action)).toEqual([
      'consultation.create',
      'consultation.open',
      'comment.add',
      'comment.reply',
      'answers.add',
      'consultation.close',
      'proposal.dispose',
      'proposal.dispose',
      'consultation.publish_report',
    ]);
    const open = events.find((e) => e.action === 'consultation.open')!;
    expect(open.payload).toMatchObject({
      from: 'draft',
      to: 'open',
      authority: { slug: 'bucha' },
      areas: ['transport', 'urban-development'],
      targetGroups: ['Водії', 'Батьки школярів'],
    });
    expect(events.find((e) => e.action === 'comment.add')!.actor).toBe(`citizen:${person.id}`);
    expect(events.find((e) => e.action === 'consultation.close')!.actor).toBe('system');
    expect((await api('GET', '/api/core/audit/verify')).body.data).toMatchObject({ ok: true });
  });

  it('keeps one answer set per person under concurrent submissions (unique index)', async () => {
    const id = await openConsultation(official);
    const person = await createCitizen();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => api('POST', `${PUBLIC}/${id}/answers`, { cookie: person.cookie, body: { answers: { q1: i % 3 } } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await api('GET', `${PUBLIC}/${id}`)).body.data.answers).toBe(1);
    expect((await auditActions(id)).filter((e) => e.action === 'answers.add')).toHaveLength(1);
  });

  it('attaches the original act from the media library (PDF or DOCX only)', async () => {
    const superAdmin = await superAdminToken();
    const upload = async (name: string, content: Buffer, type: string) => {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(content)], { type }), name);
      const res = await fetch(`${testServer().url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${superAdmin}` }, body: form });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: number }[])[0].id;
    };
    const pdf = await upload('проєкт-рішення.pdf', TINY_PDF, 'application/pdf');
    const text = await upload('notes.txt', Buffer.from('just text'), 'text/plain');

    const refused = await api('POST', ADMIN, { bearer: superAdmin, body: draftBody('cabinet', { attachments: [pdf, text] }) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['attachments']);

    const id = await openConsultation(superAdmin, 'cabinet', { attachments: [pdf] });
    const shown = (await api('GET', `${PUBLIC}/${id}`)).body.data;
    expect(shown.attachments).toEqual([
      { id: pdf, name: 'проєкт-рішення.pdf', url: expect.stringMatching(/^\/uploads\/.+\.pdf$/), mime: 'application/pdf', sizeBytes: expect.any(Number) },
    ]);
  });

  it('shows an overdue report publicly once the due date has passed', async () => {
    const id = await openConsultation(official);
    await closeByJob(id);
    await db().query(`UPDATE consultations_consultations SET report_due_at = now() - interval '1 minute' WHERE document_id = $1`, [id]);
    const shown = (await api('GET', `${PUBLIC}/${id}`)).body.data;
    expect(shown).toMatchObject({ status: 'closed', reportOverdue: true, reportOnTime: false });
    const listed = await api('GET', `${PUBLIC}?status=closed&authority=bucha&pageSize=100`);
    expect(listed.body.data.find((c: { documentId: string }) => c.documentId === id)).toMatchObject({ reportOverdue: true });
    // Still published when late, and the lateness stays on record.
    expect((await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: REPORT } })).status).toBe(200);
    expect((await api('GET', `${PUBLIC}/${id}/report`)).body.data.consultation.reportOnTime).toBe(false);
  });
});
