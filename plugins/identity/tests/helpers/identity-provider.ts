import { api, type ApiResponse } from '../../../../cms/tests/harness/http';
import { testServer } from '../../../../cms/tests/harness/server';

/** A browser's cookie store for one site (the provider): enough for its interaction and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k, v] = a.trim().split('=');
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return new Date(v).getTime() < Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export type Decision = 'allow' | 'deny' | 'cancel';

/** The forms on a provider page, by the last segment of their action (login, confirm, abort). */
function formsOf(html: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const match of html.matchAll(/<form[^>]*action="([^"]+)"/g)) {
    const action = match[1].replace(/&amp;/g, '&');
    forms.set(action.split('/').pop()!, action);
  }
  return forms;
}

/**
 * Plays the citizen at the demo provider with plain HTTP: follows its redirects, picks `person` on the login page,
 * then allows or denies on the consent page. Resolves with the path on our server the provider sends back to.
 */
export async function throughProvider(authorizationUrl: string, person: string, decision: Decision = 'allow'): Promise<string> {
  const ours = testServer().url;
  const jar = new CookieJar();
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  const pages: string[] = [];

  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      body,
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    jar.keep(response);
    method = 'GET';
    body = undefined;

    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin === new URL(ours).origin) return next.pathname + next.search;
      url = next.toString();
      continue;
    }
    const html = await response.text();
    pages.push(html);
    if (response.status !== 200) throw new Error(`provider answered ${response.status}: ${html.slice(0, 500)}`);
    if (!html.includes('Демо-постачальник ідентифікації / Demo identity provider')) throw new Error('the provider page is not labelled as a demo');
    const forms = formsOf(html);
    const target = (name: string) => {
      const action = forms.get(name);
      if (!action) throw new Error(`no ${name} form on the provider page: ${html.slice(0, 500)}`);
      return new URL(action, url).toString();
    };
    method = 'POST';
    if (forms.has('login')) {
      if (decision === 'cancel') url = target('abort');
      else {
        if (!html.includes(`value="${person}"`)) throw new Error(`person ${person} is not offered on the login page`);
        url = target('login');
        body = new URLSearchParams({ person }).toString();
      }
    } else if (forms.has('confirm')) {
      url = target(decision === 'allow' ? 'confirm' : 'abort');
    } else {
      throw new Error(`unexpected provider page: ${html.slice(0, 500)}`);
    }
  }
  throw new Error(`too many steps at the provider; last pages:\n${pages.slice(-2).join('\n---\n').slice(0, 2000)}`);
}

/** `GET /api/identity/verify/start`: the redirect to the provider (or back, with an error). */
export async function startVerification(cookie: string | undefined, next = '/uk/account/'): Promise<ApiResponse> {
  return api('GET', `/api/identity/verify/start?next=${encodeURIComponent(next)}`, { cookie });
}

export const sessionCookieOf = (res: ApiResponse): string | undefined =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('vzd_session='))
    ?.split(';')[0];

/** Where the platform finally sent the browser, as a URL on the test server. */
export const landing = (res: ApiResponse): URL => new URL(res.headers.get('location') ?? '', testServer().url);

/**
 * The whole round trip for a signed-in citizen: start, the provider's pages, the callback. Returns the callback's
 * answer (a redirect) and the cookie the browser holds afterwards (rotated on success).
 */
export async function verify(cookie: string, person: string, decision: Decision = 'allow', next = '/uk/account/') {
  const started = await startVerification(cookie, next);
  if (started.status !== 302) throw new Error(`start answered ${started.status}: ${JSON.stringify(started.body)}`);
  const callbackPath = await throughProvider(started.headers.get('location')!, person, decision);
  const callback = await api('GET', callbackPath, { cookie });
  return { callback, callbackPath, landing: landing(callback), cookie: sessionCookieOf(callback) ?? cookie };
}
