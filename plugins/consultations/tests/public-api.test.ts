import { api } from '../../../cms/tests/harness/http';
import { closeDb } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { consultationList, consultationResponse, participationResponse, reportResponse, sectionResponse } from '../shared/contracts';
import { PUBLIC } from './helpers';

afterAll(closeDb);

describe('public list and the demo consultations', () => {
  it('lists published consultations with pagination, and never drafts', async () => {
    const res = await api('GET', `${PUBLIC}?pageSize=2`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(2);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(4);
    const all = await api('GET', `${PUBLIC}?pageSize=100`);
    expect(all.body.data.every((c: { status: string }) => c.status !== 'draft')).toBe(true);
  });

  it('has an open Bucha consultation with five or more sections and a questionnaire', async () => {
    const res = await api('GET', `${PUBLIC}?authority=bucha&status=open&pageSize=100`);
    const demo = res.body.data.find((c: { title: string }) => c.title.startsWith('Проєкт Положення про громадський'));
    // The browser journeys comment on this demo consultation too, so the seed's 3 comments are a floor.
    expect(demo).toMatchObject({ status: 'open', authority: { slug: 'bucha' } });
    expect(demo.comments).toBeGreaterThanOrEqual(3);
    const detail = (await api('GET', `${PUBLIC}/${demo.documentId}`)).body.data;
    expect(detail.sections.length).toBeGreaterThanOrEqual(5);
    expect(detail.questionnaire.questions.length).toBeGreaterThanOrEqual(2);
    expect(detail.answers).toBeGreaterThanOrEqual(3);
    expect(detail.sections.find((s: { number: number }) => s.number === 3).comments).toBeGreaterThanOrEqual(2);
  });

  it('has a closed Bucha consultation awaiting its report, with comments (one hidden)', async () => {
    const res = await api('GET', `${PUBLIC}?authority=bucha&status=closed&pageSize=100`);
    const demo = res.body.data.find((c: { title: string }) => c.title.startsWith('Проєкт Правил благоустрою'));
    expect(demo).toMatchObject({ status: 'closed', reportOverdue: false, reportPublishedAt: null });
    expect(demo.comments).toBe(4);
    expect((await api('GET', `${PUBLIC}/${demo.documentId}/report`)).status).toBe(404);
  });

  it('has a Bucha consultation with its published report, and an overdue one in the region', async () => {
    const published = (await api('GET', `${PUBLIC}?authority=bucha&status=report_published&pageSize=100`)).body.data;
    const demo = published.find((c: { title: string }) => c.title.startsWith('Проєкт Програми розвитку велосипедної'));
    const report = (await api('GET', `${PUBLIC}/${demo.documentId}/report`)).body.data;
    expect(report.totals).toMatchObject({ proposals: 3, accepted: 1, partlyAccepted: 1, rejected: 1 });
    expect(report.consultation.reportOnTime).toBe(true);

    const region = (await api('GET', `${PUBLIC}?authority=kyiv-region&status=closed&pageSize=100`)).body.data;
    expect(region.find((c: { title: string }) => c.title.includes('ветеранського бізнесу'))).toMatchObject({ reportOverdue: true });
  });

  it('filters by area of activity', async () => {
    const res = await api('GET', `${PUBLIC}?area=transport&pageSize=100`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((c: { areas: string[] }) => c.areas.includes('transport'))).toBe(true);
  });

  it('is in the module registry and the OpenAPI document', async () => {
    const modules = await api('GET', '/api/core/modules');
    expect(JSON.stringify(modules.body)).toContain('consultations');
    const openapi = await api('GET', '/api/core/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/api/consultations/consultations', '/api/consultations/consultations/{id}/report.csv']));
  });
});

describe('answers match the shared contracts the site validates with', () => {
  it('list, detail, section, report and participation parse with their zod schemas', async () => {
    const list = (await api('GET', `${PUBLIC}?pageSize=100`)).body;
    expect(consultationList.safeParse(list).error).toBeUndefined();
    const reported = list.data.find((c: { status: string }) => c.status === 'report_published');
    const open = list.data.find((c: { status: string }) => c.status === 'open');
    for (const c of [reported, open]) {
      expect(consultationResponse.safeParse((await api('GET', `${PUBLIC}/${c.documentId}`)).body).error).toBeUndefined();
      expect(sectionResponse.safeParse((await api('GET', `${PUBLIC}/${c.documentId}/sections/2`)).body).error).toBeUndefined();
    }
    expect(reportResponse.safeParse((await api('GET', `${PUBLIC}/${reported.documentId}/report`)).body).error).toBeUndefined();
    const person = await createCitizen();
    expect(participationResponse.safeParse((await api('GET', `${PUBLIC}/${open.documentId}/participation`, { cookie: person.cookie })).body).error).toBeUndefined();
  });
});
