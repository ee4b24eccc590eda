import { createCitizen, type TestCitizen } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { collectingPetition } from '../harness/fixtures';
import { api } from '../harness/http';
import { officialWithRoles } from '../harness/officials';
import { testServer } from '../harness/server';

/**
 * Issue 10, item 1: plain HTML forms (no script) are answered with Post/Redirect/Get and an error summary, and the
 * CSRF check lets the site's own form posts through (Chromium sends `Origin: null` on them under
 * `Referrer-Policy: no-referrer`) while still refusing every write a browser marks as coming from another site.
 */

afterAll(closeDb);

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface FormAnswer {
  status: number;
  location: string | null;
  type: string;
  text: string;
}

/** A form post as a browser sends it: urlencoded, HTML preferred, no redirect followed. */
async function postForm(path: string, fields: Record<string, string>, headers: Record<string, string>): Promise<FormAnswer> {
  const response = await fetch(testServer().url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: HTML, ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), type: response.headers.get('content-type') ?? '', text: await response.text() };
}

const signaturesOf = async (citizen: TestCitizen, documentId: string): Promise<number> => {
  const { rows } = await db().query(
    'SELECT count(*)::int AS n FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id WHERE p.document_id = $1 AND s.user_id = $2',
    [documentId, citizen.id],
  );
  return rows[0].n;
};

let petition: string;

beforeAll(async () => {
  const author = await createCitizen();
  petition = await collectingPetition(author.cookie, await officialWithRoles('bucha', ['moderator']));
});

const signPath = () => `/api/petitions/petitions/${petition}/signatures`;
const signFields = () => ({ _page: `/uk/petitions/${petition}/`, _done: `/uk/petitions/${petition}/#signed`, _form: 'sign-form' });

describe('a cross-site form post is still refused', () => {
  const foreign: [string, Record<string, string>][] = [
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: same-site (a sibling host)', { 'sec-fetch-site': 'same-site', origin: 'https://other.vzd.example' }],
    ['Sec-Fetch-Site: cross-site with our own Origin claimed', { 'sec-fetch-site': 'cross-site', origin: testServer().url }],
    ['no Sec-Fetch-Site and Origin: null (an old browser, no referrer)', { origin: 'null' }],
    ['no Sec-Fetch-Site and a foreign Referer', { referer: 'https://evil.example/page' }],
    ['no Sec-Fetch-Site, no Origin, no Referer', {}],
  ];

  for (const [name, headers] of foreign) {
    it(`refuses a signature carried by the session cookie: ${name}`, async () => {
      const citizen = await createCitizen();
      const answer = await postForm(signPath(), signFields(), { cookie: citizen.cookie, ...headers });
      expect(answer.status).toBe(403);
      expect(answer.location).toBeNull();
      expect(answer.text).toContain('Запит надіслано не з сайту платформи');
      expect(await signaturesOf(citizen, petition)).toBe(0);
    });
  }

  it('refuses the same write sent by a script of another site, in JSON', async () => {
    const citizen = await createCitizen();
    const answer = await api('POST', signPath(), { cookie: citizen.cookie, origin: 'https://evil.example', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(answer.status).toBe(403);
    expect(answer.body.error.details.code).toBe('cross_origin');
    expect(await signaturesOf(citizen, petition)).toBe(0);
  });
});

describe('the site’s own form post works without JavaScript', () => {
  it('signs with Sec-Fetch-Site: same-origin even when Chromium sends Origin: null, then redirects with 303', async () => {
    const citizen = await createCitizen();
    const answer = await postForm(signPath(), signFields(), { cookie: citizen.cookie, 'sec-fetch-site': 'same-origin', origin: 'null' });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/uk/petitions/${petition}/#signed`);
    expect(await signaturesOf(citizen, petition)).toBe(1);
  });

  it('accepts an older browser by its same-origin Referer (the site asks for `same-origin` referrers)', async () => {
    const citizen = await createCitizen();
    const answer = await postForm(signPath(), signFields(), { cookie: citizen.cookie, referer: `${testServer().url}/uk/petitions/${petition}/` });
    expect(answer.status).toBe(303);
    expect(await signaturesOf(citizen, petition)).toBe(1);
  });

  it('never redirects to a place the form names outside the site', async () => {
    const citizen = await createCitizen();
    const answer = await postForm(signPath(), { _page: '//evil.example/uk/', _done: 'https://evil.example/' }, { cookie: citizen.cookie, 'sec-fetch-site': 'same-origin' });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/uk/');
  });

  it('answers a refusal with the form’s page and a GOV.UK error summary naming the field', async () => {
    const citizen = await createCitizen();
    const answer = await postForm(
      '/api/petitions/petitions',
      { _page: '/uk/petitions/new/', _done: '/uk/petitions/new/#sent', _form: 'petition-form', authority: 'bucha', title: 'Коротко', text: 'x'.repeat(60) },
      { cookie: citizen.cookie, 'sec-fetch-site': 'same-origin' },
    );
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^text\/html/);
    expect(answer.text).toMatch(/^<!DOCTYPE html>/i);
    expect(answer.text).toContain('<html lang="uk"');
    expect(answer.text).toContain('<h2 class="error-summary-title">Є проблема</h2>');
    expect(answer.text).toContain('<a href="#petition-title">');
    expect(answer.text).toMatch(/<input[^>]*id="petition-title"[^>]*value="Коротко"[^>]*aria-invalid="true"|<input[^>]*id="petition-title"[^>]*aria-invalid="true"[^>]*value="Коротко"/);
  });

  it('tells a guest to sign in, with a way back to the page', async () => {
    const answer = await postForm(signPath(), signFields(), { 'sec-fetch-site': 'same-origin' });
    expect([401, 403]).toContain(answer.status);
    expect(answer.text).toContain(`href="/uk/account/login/?next=${encodeURIComponent(`/uk/petitions/${petition}/`)}"`);
  });

  it('reaches a PUT route through `_method` (HTML forms only GET and POST): the email language is saved', async () => {
    const citizen = await createCitizen();
    const answer = await postForm(
      '/api/core/preferences',
      { _page: '/en/account/', _done: '/en/account/#prefs-saved', _form: 'prefs-form', _method: 'PUT', language: 'en' },
      { cookie: citizen.cookie, 'sec-fetch-site': 'same-origin' },
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/en/account/#prefs-saved');
    const saved = await api('GET', '/api/core/preferences', { cookie: citizen.cookie });
    expect(saved.body.data.language).toBe('en');
  });

  it('keeps answering scripts and API clients in JSON, whatever they post', async () => {
    const citizen = await createCitizen();
    const answer = await api('POST', signPath(), { cookie: citizen.cookie, rawBody: 'notify=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(answer.status).toBe(201);
    expect(answer.body.data.signatures).toBeGreaterThan(0);
  });
});
