import { randomBytes } from 'node:crypto';
import { api } from '../../../cms/tests/harness/http';
import { db } from '../../../cms/tests/harness/database';
import { testServer } from '../../../cms/tests/harness/server';

export const PUBLIC = '/api/consultations/consultations';
export const ADMIN = '/consultations/consultations';

export const QUESTIONNAIRE = {
  questions: [
    { type: 'single_choice', text: 'Чи підтримуєте ви проєкт рішення?', options: ['Так', 'Ні', 'Частково'], required: true },
    { type: 'free_text', text: 'Що варто змінити?' },
  ],
};

/** A valid draft for `authority` with five sections and a questionnaire; `overrides` replace fields. */
export function draftBody(authority = 'bucha', overrides: Record<string, unknown> = {}) {
  return {
    authority,
    title: `Проєкт рішення про паркування ${randomBytes(4).toString('hex')}`,
    summary: 'Нові правила паркування в центрі громади та біля закладів освіти.',
    explanatoryNote: 'Проєкт підготовлено, щоб зменшити затори біля шкіл і звільнити тротуари для пішоходів.',
    sections: [1, 2, 3, 4, 5].map((n) => ({ heading: `Розділ ${n}`, text: `Текст розділу ${n} проєкту рішення.` })),
    targetGroups: ['Водії', 'Батьки школярів'],
    areas: ['transport', 'urban-development'],
    questionnaire: QUESTIONNAIRE,
    ...overrides,
  };
}

export async function createDraft(bearer: string, authority = 'bucha', overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await api('POST', ADMIN, { bearer, body: draftBody(authority, overrides) });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

/** A consultation opened for comments by `bearer` (an official of the authority or the super admin). */
export async function openConsultation(bearer: string, authority = 'bucha', overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await createDraft(bearer, authority, overrides);
  const res = await api('POST', `${ADMIN}/${id}/publish`, { bearer });
  if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

/** Ends the period now and waits for the scheduled job (every 2 s in tests) to close the consultation. */
export async function closeByJob(documentId: string): Promise<void> {
  await db().query(`UPDATE consultations_consultations SET closes_at = now() - interval '1 second' WHERE document_id = $1`, [documentId]);
  const until = Date.now() + 45_000;
  while (Date.now() < until) {
    const res = await api('GET', `${PUBLIC}/${documentId}`);
    if (res.body?.data?.status === 'closed') return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`consultation ${documentId} was not closed by the job`);
}

export const comment = (cookie: string, id: string, section: number, body: string) =>
  api('POST', `${PUBLIC}/${id}/sections/${section}/comments`, { cookie, body: { body } });

export async function auditActions(documentId: string): Promise<{ action: string; actor: string; payload: Record<string, unknown> }[]> {
  const { rows } = await db().query(
    "SELECT action, actor, payload FROM core_audit_events WHERE module = 'consultations' AND item_id = $1 ORDER BY seq",
    [documentId],
  );
  return rows.map((r) => ({ ...r, payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload }));
}

/** A multipart request as a browser form sends it (fetch sets the boundary). */
export async function postForm(path: string, cookie: string | undefined, fields: Record<string, string>, file?: { name: string; content: Buffer; type: string }) {
  const { url } = testServer();
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('files', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
  const headers: Record<string, string> = { accept: 'application/json', origin: url };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(url + path, { method: 'POST', headers, body: form });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { status: response.status, body };
}

export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export { officialWithRoles } from '../../../cms/tests/harness/officials';
