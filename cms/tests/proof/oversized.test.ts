import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCitizen } from '../harness/citizens';
import { officialToken } from '../harness/admins';
import { closeDb } from '../harness/database';
import { sharedOpenConsultation } from './support/fixtures';
import { sendAndWatch } from './support/footprint';
import { brokenPromises } from './support/invariants';
import { tempFilesOfSize } from './support/regressions';
import { routeKey, servedRoutes } from './support/routes';
import { fillPath, send } from './support/send';

/**
 * Oversized bodies: the body limit is 256 kB (cms/config/middlewares.ts), so a 1 MB body is refused with 413 on
 * every write route, whoever sends it, before anything is stored; huge uploads are refused, never a 5xx.
 */

afterAll(closeDb);

const MB = 1024 * 1024;
/** koa-body parses POST, PUT and PATCH bodies only; a DELETE's body is never read, so it cannot be too large. */
const writes = servedRoutes().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
const pathFor = (template: string) => fillPath(template, Object.fromEntries([...template.matchAll(/\{([^}]+)\}/g)].map((m) => [m[1], 'abcdefghij0123456789'])));

const jsonOf = (bytes: number) => JSON.stringify({ title: 'x'.repeat(bytes), text: 'y' });

describe('bodies over the limit', () => {
  it.each([
    ['JSON', 'application/json', jsonOf(MB)],
    ['a form', 'application/x-www-form-urlencoded', `title=${'x'.repeat(MB)}`],
    ['text', 'text/plain', 'x'.repeat(MB)],
  ])('refuses 1 MB of %s to a write route with 413, anonymous or signed in, and stores nothing', async (_what, type, body) => {
    const citizen = await createCitizen();
    for (const who of [{}, { cookie: citizen.cookie }]) {
      const { res, stored } = await sendAndWatch(
        () => send('POST', '/api/petitions/petitions', { ...who, rawBytes: Buffer.from(body), headers: { 'content-type': type } }),
        { userIds: [citizen.id] },
      );
      expect({ status: res.status, stored }).toEqual({ status: 413, stored: [] });
      expect(brokenPromises(res)).toEqual([]);
    }
  });

  it('refuses 1 MB of JSON with 413 on every write route of every plugin (as a citizen and as an official)', async () => {
    const citizen = await createCitizen();
    const official = await officialToken();
    const body = Buffer.from(jsonOf(MB));
    const wrong: string[] = [];
    for (const route of writes) {
      const who = route.type === 'admin' ? { bearer: official } : { cookie: citizen.cookie };
      const path = pathFor(route.path);
      const res = await send(route.method, path, { ...who, rawBytes: body, headers: { 'content-type': 'application/json' } });
      const problems = brokenPromises(res);
      if (res.status !== 413 || problems.length) wrong.push(`${routeKey(route)}: ${res.status} ${problems.join(' | ')}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('answers 413 with the JSON error envelope (status, name, bilingual message, details)', async () => {
    const res = await send('POST', '/api/petitions/petitions', { rawBytes: Buffer.from(jsonOf(MB)), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ data: null, error: { status: 413, name: expect.any(String), message: expect.any(String) } });
  });
});

describe('huge uploads', () => {
  const huge = (bytes: number) => ({ fields: { organisation: 'ГО', body: 'Позиція організації у файлі.' }, file: { name: 'big.pdf', type: 'application/pdf', content: Buffer.alloc(bytes, 0x25) } });

  it('refuses a 30 MB multipart to /api/upload with 401, 403 or 413 — never a 5xx — anonymous or signed in, leaving no file', async () => {
    const citizen = await createCitizen();
    const bytes = 30 * MB + 123;
    const since = Date.now();
    for (const who of [{}, { cookie: citizen.cookie }]) {
      const res = await send('POST', '/api/upload', { ...who, multipart: huge(bytes) });
      expect({ status: [401, 403, 413].includes(res.status), broken: brokenPromises(res) }).toEqual({ status: true, broken: [] });
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(tempFilesOfSize(bytes, since)).toEqual([]);
  }, 60_000);

  it('refuses a position paper over its 10 MB limit without a 5xx, storing nothing', async () => {
    const bytes = 12 * MB + 2345;
    const since = Date.now();
    const routes = servedRoutes().filter((r) => r.type === 'content-api' && r.method === 'POST' && /position-papers$/.test(r.path));
    for (const route of routes) {
      const citizen = await createCitizen();
      const { id } = await sharedOpenConsultation();
      const { res, stored } = await sendAndWatch(() => send('POST', fillPath(route.path, { id }), { cookie: citizen.cookie, multipart: huge(bytes) }), {
        userIds: [citizen.id],
      });
      expect({ status: res.status >= 400 && res.status < 500, broken: brokenPromises(res), stored }).toEqual({ status: true, broken: [], stored: [] });
    }
    await new Promise((r) => setTimeout(r, 500));
    const left = tempFilesOfSize(bytes, since);
    for (const name of left) rmSync(join(tmpdir(), name), { force: true });
    expect(left).toEqual([]);
  }, 60_000);
});
