import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition } from '../../../cms/tests/harness/fixtures';
import coreRoutes from '../server/src/routes/content-api';
import petitionRoutes from '../../petitions/server/src/routes/content-api';

afterAll(closeDb);

const SUMMARY_KEYS = ['documentId', 'kind', 'nameEn', 'nameUk', 'slug'];

describe('authorities', () => {
  it('lists every authority with its public summary only', async () => {
    const res = await api('GET', '/api/core/authorities');
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((a: { slug: string }) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(['cabinet', 'kyiv-region', 'bucha', 'dnipro']));
    // Settings, calendars and the officials assigned stay in the admin panel.
    for (const authority of res.body.data) expect(Object.keys(authority).sort()).toEqual(SUMMARY_KEYS);
    const cabinet = res.body.data.find((a: { slug: string }) => a.slug === 'cabinet');
    expect(cabinet).toMatchObject({ nameUk: 'Кабінет Міністрів України', nameEn: 'Cabinet of Ministers of Ukraine', kind: 'central' });
  });

  it('shows one authority with its parent and contacts', async () => {
    const res = await api('GET', '/api/core/authorities/bucha');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      slug: 'bucha',
      kind: 'community',
      nameEn: 'Bucha City Territorial Community',
      email: 'rada@bucha.example.gov.ua',
      address: 'вул. Енергетиків, 12, Буча, 08292',
      parent: { slug: 'kyiv-region', kind: 'regional' },
    });
    expect(Object.keys(res.body.data)).not.toEqual(expect.arrayContaining(['moduleSettings']));
    expect(Object.keys(res.body.data)).not.toEqual(expect.arrayContaining(['calendar']));
    expect((await api('GET', '/api/core/authorities/cabinet')).body.data.parent).toBeNull();
  });

  it('answers 404 with a bilingual message for an unknown authority', async () => {
    for (const slug of ['atlantis', 'BUCHA', '..%2Fbucha']) {
      const res = await api('GET', `/api/core/authorities/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
      expect(res.body.error.message).toBe('Орган влади не знайдено / Authority not found');
    }
  });
});

describe('module registry', () => {
  it('lists e-petitions with its site path and numeric headline figures', async () => {
    const res = await api('GET', '/api/core/modules');
    expect(res.status).toBe(200);
    const petitions = res.body.data.find((m: { name: string }) => m.name === 'petitions');
    expect(petitions).toMatchObject({ titleUk: 'Електронні петиції', titleEn: 'E-petitions', sitePath: '/petitions/' });
    expect(Object.keys(petitions.stats).sort()).toEqual(['answered', 'awaitingAnswer', 'collecting', 'signatures']);
    for (const value of Object.values(petitions.stats)) {
      expect(typeof value).toBe('number');
      expect(Number.isInteger(value)).toBe(true);
      expect(value as number).toBeGreaterThanOrEqual(0);
    }
    // The seed alone has collecting petitions, an answered one and hundreds of signatures.
    expect(petitions.stats.collecting).toBeGreaterThan(0);
    expect(petitions.stats.answered).toBeGreaterThan(0);
    expect(petitions.stats.signatures).toBeGreaterThan(100);
  });
});

describe('OpenAPI document', () => {
  /** `/petitions/:id/count` as an OpenAPI path under the plugin's prefix. */
  const documented = (prefix: string, path: string) => `${prefix}${path.replace(/:([a-zA-Z]+)/g, '{$1}')}`;

  it('is an OpenAPI 3.0 document with the site as its server', async () => {
    const res = await api('GET', '/api/core/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.body.openapi).toMatch(/^3\.0\.\d+$/);
    expect(res.body.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(res.body.servers[0].url).toMatch(/^https?:\/\//);
    expect(res.body.components.securitySchemes.sessionCookie).toEqual({ type: 'apiKey', in: 'cookie', name: 'vzd_session' });
    for (const [path, operations] of Object.entries(res.body.paths as Record<string, Record<string, any>>)) {
      expect(path.startsWith('/api/')).toBe(true);
      for (const [method, operation] of Object.entries(operations)) {
        expect(['get', 'post', 'put', 'patch', 'delete']).toContain(method);
        expect(typeof operation.summary).toBe('string');
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
          expect(typeof response.description).toBe('string');
          // Only a redirect goes without a body worth describing; every other answer names its media type and schema.
          if (!response.content) expect({ path, method, status, redirect: /^3/.test(status) }).toEqual({ path, method, status, redirect: true });
          for (const media of Object.values((response.content ?? {}) as Record<string, any>)) expect(media.schema).toEqual(expect.any(Object));
        }
        // Path parameters named in the template are declared.
        for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
          expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name, in: 'path', required: true })]));
        }
      }
    }
  });

  it('documents every public route of the core and of e-petitions, and nothing of the admin API', async () => {
    const { body } = await api('GET', '/api/core/openapi.json');
    const routes = [
      ...coreRoutes.routes.map((r) => ({ method: r.method, path: documented('/api/core', r.path) })),
      ...petitionRoutes.routes.map((r) => ({ method: r.method, path: documented('/api/petitions', r.path) })),
    ];
    expect(routes.length).toBeGreaterThanOrEqual(16);
    for (const route of routes) {
      expect({ route, documented: Boolean(body.paths[route.path]?.[route.method.toLowerCase()]) }).toEqual({ route, documented: true });
    }
    expect(Object.keys(body.paths).filter((p) => !p.startsWith('/api/'))).toEqual([]);
  });

  it('marks the citizen-only petition routes as needing the session cookie', async () => {
    const { body } = await api('GET', '/api/core/openapi.json');
    const citizenOnly = [
      ['post', '/api/petitions/petitions'],
      ['post', '/api/petitions/petitions/{id}/signatures'],
      ['get', '/api/petitions/petitions/mine'],
      ['get', '/api/petitions/petitions/{id}/signature'],
    ];
    for (const [method, path] of citizenOnly) expect(body.paths[path][method].security).toEqual([{ sessionCookie: [] }]);
    expect(body.paths['/api/petitions/petitions'].get.security).toBeUndefined();
    const listParameters = body.paths['/api/petitions/petitions'].get.parameters.map((p: { name: string }) => p.name);
    expect(listParameters.sort()).toEqual(['authority', 'page', 'pageSize', 'q', 'status']);
  });
});

describe('audit chain', () => {
  const verify = async () => {
    const res = await api('GET', '/api/core/audit/verify');
    expect(res.status).toBe(200);
    return res.body.data as { ok: boolean; count: number; lastHash: string };
  };

  it('verifies intact, and grows by the events a signature records', async () => {
    const before = await verify();
    expect(before.ok).toBe(true);
    expect(before.count).toBeGreaterThan(0);
    expect(before.lastHash).toMatch(/^[0-9a-f]{64}$/);

    const official = await officialToken();
    const author = await createCitizen();
    const id = await collectingPetition(author.cookie, official);
    const signer = await createCitizen();
    expect((await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie })).status).toBe(201);

    const after = await verify();
    expect(after.ok).toBe(true);
    // Filing, publishing and the signature: at least three more links (other tests may add theirs meanwhile).
    expect(after.count).toBeGreaterThanOrEqual(before.count + 3);
    expect(after.lastHash).not.toBe(before.lastHash);

    const { rows } = await db().query(
      "SELECT action, actor FROM core_audit_events WHERE module = 'petitions' AND item_id = $1 ORDER BY seq",
      [id],
    );
    expect(rows.map((r) => r.action)).toEqual(['petition.submit', 'petition.publish', 'signature.add']);
    expect(rows[2].actor).toBe(`citizen:${signer.id}`);
  });

  describe('the database refuses to rewrite history', () => {
    /** Runs the statement in a transaction that is always rolled back, so a missing guard cannot damage the chain. */
    const attempt = async (sql: string) => {
      const client = await db().connect();
      try {
        await client.query('BEGIN');
        await client.query(sql);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    };

    it('refuses UPDATE of an audit event', async () => {
      await expect(
        attempt("UPDATE core_audit_events SET actor = 'official:0' WHERE seq = (SELECT max(seq) FROM core_audit_events)"),
      ).rejects.toThrow(/append-only/);
    });

    it('refuses DELETE of an audit event', async () => {
      await expect(attempt('DELETE FROM core_audit_events WHERE seq = (SELECT max(seq) FROM core_audit_events)')).rejects.toThrow(
        /append-only/,
      );
    });

    it('refuses TRUNCATE of the audit table', async () => {
      await expect(attempt('TRUNCATE core_audit_events')).rejects.toThrow(/append-only/);
    });

    it('still verifies after the refused attempts', async () => {
      expect((await verify()).ok).toBe(true);
    });
  });
});
