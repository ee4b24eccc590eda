import { randomBytes } from 'node:crypto';
import { seeds } from '@vzd/database';
import { officialToken } from '../harness/admins';
import { createCitizen, sessionCookieFor } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { baseEnv } from '../harness/test-environment';
import { startIsolatedStack, type IsolatedStack } from '../faults/support/isolated-stack';
import { createCitizensBulk } from '../faults/support/fixtures';
import { draftBody, openConsultation, postForm, PUBLIC, TINY_PDF } from '../../../plugins/consultations/tests/helpers';

/**
 * Issue 9: one email-level account sent 5 × 9.5 MB of position papers in 1.8 s and nothing stopped it. Papers now
 * have limits per person and per consultation on count and bytes (defaults in config/src/env-schema.ts), and a
 * disk watermark answers 507 before the upload folder's disk fills.
 */
jest.setTimeout(240_000);
afterAll(closeDb);

const FIELDS = { organisation: 'ГО «Безпечна Буча»', body: 'Позиція організації щодо проєкту рішення про паркування.' };

/** A PDF of `megabytes` (a valid header, then padding), different each time so no two bodies are the same file. */
const pdfOf = (megabytes: number) =>
  Buffer.concat([TINY_PDF, Buffer.alloc(Math.round(megabytes * 1024 * 1024) - TINY_PDF.length, 0x20), randomBytes(8)]);

const paper = (id: string, cookie: string, content: Buffer, body = FIELDS.body) =>
  postForm(`${PUBLIC}/${id}/position-papers`, cookie, { ...FIELDS, body }, { name: 'позиція.pdf', content, type: 'application/pdf' });

const storedPapers = async (documentId: string) =>
  (
    await db().query(
      `SELECT count(*)::int AS n FROM consultations_contributions c JOIN consultations_consultations k ON k.id = c.consultation_id
        WHERE k.document_id = $1 AND c.kind = 'position_paper'`,
      [documentId],
    )
  ).rows[0].n as number;

describe('position paper quotas', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('refuses the bytes past the per-person limit: 5 × 9.5 MB from one account store 2 papers, then 413', async () => {
    const id = await openConsultation(official);
    const cso = await createCitizen();
    const statuses: number[] = [];
    const refusals: any[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await paper(id, cso.cookie, pdfOf(9.5), `${FIELDS.body} Частина ${i + 1}.`);
      statuses.push(res.status);
      if (res.status !== 201) refusals.push(res.body);
    }
    expect(statuses).toEqual([201, 201, 413, 413, 413]);
    expect(refusals[0].error.details).toMatchObject({ code: 'position_paper_bytes_per_person' });
    expect(refusals[0].error.details.errors[0]).toMatchObject({ path: ['files'], message: expect.stringMatching(/МБ/), messageEn: expect.stringMatching(/MB/) });
    expect(await storedPapers(id)).toBe(2);
  });

  it('refuses the paper past the per-person count with 429', async () => {
    const id = await openConsultation(official);
    const cso = await createCitizen();
    const statuses: number[] = [];
    let last: any;
    for (let i = 0; i < 4; i++) {
      const res = await paper(id, cso.cookie, TINY_PDF, `${FIELDS.body} Версія ${i + 1}.`);
      statuses.push(res.status);
      last = res.body;
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(last.error).toMatchObject({ status: 429, details: { code: 'position_paper_count_per_person' } });
    expect(last.error.message).toMatch(/ \/ /);
    expect(await storedPapers(id)).toBe(3);
    // Another person still may.
    const other = await createCitizen();
    expect((await paper(id, other.cookie, TINY_PDF)).status).toBe(201);
  });

  it('refuses papers past the consultation’s own count and byte limits', async () => {
    const { POSITION_PAPERS_PER_CONSULTATION: perItem } = baseEnv();
    const id = await openConsultation(official);
    const [{ id: consultationId }] = (await db().query('SELECT id FROM consultations_consultations WHERE document_id = $1', [id])).rows;
    // Earlier papers of other people, written straight into the table (the limit counts rows, not who sent them).
    await db().query(
      `INSERT INTO consultations_contributions (consultation_id, kind, author_name, organisation, body)
       SELECT $1, 'position_paper', 'Автор ' || g, 'ГО ' || g, 'Позиція номер ' || g FROM generate_series(1, $2::int) g`,
      [consultationId, perItem],
    );
    const late = await createCitizen();
    const full = await paper(id, late.cookie, TINY_PDF);
    expect(full.status).toBe(429);
    expect(full.body.error.details.code).toBe('position_paper_count_per_consultation');

    const id2 = await openConsultation(official);
    const [{ id: consultation2 }] = (await db().query('SELECT id FROM consultations_consultations WHERE document_id = $1', [id2])).rows;
    const { rows: files } = await db().query(
      `INSERT INTO files (document_id, name, hash, ext, mime, size, url, provider, folder_path, created_at, updated_at, published_at)
       VALUES ($1, 'big.pdf', $2, '.pdf', 'application/pdf', $3, $4, 'local', '/', now(), now(), now()) RETURNING id`,
      [randomBytes(12).toString('hex'), `big_${randomBytes(4).toString('hex')}`, baseEnv().POSITION_PAPERS_MB_PER_CONSULTATION * 1024, '/uploads/big.pdf'],
    );
    await db().query(
      `INSERT INTO consultations_contributions (consultation_id, kind, author_name, organisation, body, file_id)
       VALUES ($1, 'position_paper', 'Автор', 'ГО', 'Велика позиція', $2)`,
      [consultation2, files[0].id],
    );
    const tooMuch = await paper(id2, late.cookie, TINY_PDF);
    expect(tooMuch.status).toBe(413);
    expect(tooMuch.body.error.details.code).toBe('position_paper_bytes_per_consultation');
  });
});

describe('the disk watermark', () => {
  let stack: IsolatedStack;
  beforeAll(async () => {
    // More free space than any disk has: every upload meets a full disk.
    stack = await startIsolatedStack('upload-watermark', { env: { UPLOAD_MIN_FREE_DISK_MB: String(1024 * 1024 * 1024) } });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('answers 507 with a bilingual message and stores nothing when the upload disk is nearly full', async () => {
    const login = await fetch(`${stack.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: stack.url },
      body: JSON.stringify({ email: seeds.demoOfficial.email, password: baseEnv().DEMO_PASSWORD }),
    });
    const token = ((await login.json()) as { data: { token: string } }).data.token;
    const admin = (path: string, body?: unknown) =>
      fetch(`${stack.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: stack.url },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const created = await admin('/consultations/consultations', draftBody());
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect((await admin(`/consultations/consultations/${id}/publish`)).status).toBe(200);
    const [citizen] = await createCitizensBulk(stack.db, 1);
    const filesBefore = (await stack.db.query('SELECT count(*)::int AS n FROM files')).rows[0].n;

    const form = new FormData();
    for (const [k, v] of Object.entries(FIELDS)) form.append(k, v);
    form.append('files', new Blob([new Uint8Array(TINY_PDF)], { type: 'application/pdf' }), 'позиція.pdf');
    const res = await fetch(`${stack.url}${PUBLIC}/${id}/position-papers`, {
      method: 'POST',
      headers: { accept: 'application/json', origin: stack.url, cookie: sessionCookieFor(citizen.id) },
      body: form,
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(507);
    expect(body.error).toMatchObject({ status: 507, details: { code: 'storage_full' } });
    expect(body.error.message).toMatch(/[а-яі].* \/ .*[a-z]/i);
    const { rows } = await stack.db.query("SELECT count(*)::int AS n FROM consultations_contributions WHERE kind = 'position_paper'");
    expect(rows[0].n).toBe(0);
    expect((await stack.db.query('SELECT count(*)::int AS n FROM files')).rows[0].n).toBe(filesBefore);
  });
});
