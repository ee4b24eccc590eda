import { api } from '../../../cms/tests/harness/http';
import { closeDb } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition } from '../../../cms/tests/harness/fixtures';
import { testServer } from '../../../cms/tests/harness/server';
import { TEST_METRICS_TOKEN } from '../../../cms/tests/harness/test-environment';

afterAll(closeDb);

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${testServer().url}${path}`, { headers });
const metricsText = async () => (await get('/metrics', { authorization: `Bearer ${TEST_METRICS_TOKEN}` })).text();
/** The sum of the samples of `name` that carry `labels`, e.g. every status of one route. */
const sample = (text: string, name: string, labels: Record<string, string>): number =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);

describe('probes and metrics', () => {
  it('says the process is live and ready while PostgreSQL answers', async () => {
    const live = await get('/_health/live');
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await get('/_health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('shows /metrics only with the metrics token', async () => {
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', { authorization: 'Bearer not-the-token-of-this-run' })).status).toBe(401);
    const res = await get('/metrics', { authorization: `Bearer ${TEST_METRICS_TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('counts requests by route pattern, never by raw path', async () => {
    const before = sample(await metricsText(), 'vzd_http_requests_total', { route: '/api/petitions/petitions/:id' });
    await api('GET', '/api/petitions/petitions/no-such-petition-1');
    await api('GET', '/api/petitions/petitions/no-such-petition-2');
    const text = await metricsText();
    expect(sample(text, 'vzd_http_requests_total', { route: '/api/petitions/petitions/:id' })).toBeGreaterThanOrEqual(before + 2);
    expect(text).not.toContain('no-such-petition');
    expect(text).toMatch(/vzd_http_request_duration_seconds_bucket\{le="[^"]+",route="\/api\/petitions\/petitions\/:id",method="GET"\}/);
  });

  it('counts signatures, and reads the outbox, the pool and the site build from the platform', async () => {
    const official = await officialToken();
    const id = await collectingPetition((await createCitizen()).cookie, official);
    const before = sample(await metricsText(), 'vzd_participation_events_total', { module: 'petitions', action: 'signature.add' });
    expect((await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: (await createCitizen()).cookie })).status).toBe(201);
    const text = await metricsText();
    expect(sample(text, 'vzd_participation_events_total', { module: 'petitions', action: 'signature.add' })).toBeGreaterThanOrEqual(before + 1);
    for (const status of ['pending', 'failed', 'sending', 'dead']) expect(text).toContain(`vzd_outbox_messages{status="${status}"}`);
    expect(text).toContain('vzd_db_pool_connections{state="used"}');
    expect(text).toContain('vzd_site_build_age_seconds{kind="stale"}');
    expect(text).toContain('vzd_scheduled_job_runs_total{job="notifications",outcome="ok"}');
  });
});
