/**
 * The account page and the account features on other pages, checked in the generated HTML (SITE_BUILD_DIR is
 * built from the test server by the http project's global setup). Node built-ins only, like build-output.test.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.env.SITE_BUILD_DIR ?? '';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Opening tag and content of the first element matching `open` up to its closing tag (non-nested). */
const element = (html: string, open: RegExp, tag: string): string | null => {
  const start = html.search(open);
  if (start < 0) return null;
  const end = html.indexOf(`</${tag}>`, start);
  return end < 0 ? null : html.slice(start, end);
};

/** Every `<label for=X>` points at a control with id X, and every visible control has such a label. */
function expectLabelled(formHtml: string) {
  const ids = [...formHtml.matchAll(/<(?:input|select|textarea)\b([^>]*)>/gi)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/type="(hidden|submit)"/.test(attrs))
    .map((attrs) => /\bid="([^"]+)"/.exec(attrs)?.[1]);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    expect(id).toBeDefined();
    expect(formHtml).toContain(`for="${id}"`);
  }
}

describe.each(['uk', 'en'] as const)('account page (%s)', (lang) => {
  let html = '';
  beforeAll(() => {
    const file = join(lang, 'account', 'index.html');
    if (!root || !existsSync(join(root, file))) {
      throw new Error(`SITE_BUILD_DIR must point at a built site with /${lang}/account/ (got "${root}")`);
    }
    html = read(file);
  });

  it('is in the page language and not indexed', () => {
    expect(html).toMatch(new RegExp(`<html[^>]*lang="${lang}"`));
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toMatch(/<h1\b[^>]*>(Мій кабінет|My account)<\/h1>/);
  });

  it('links to identity verification that comes back to the account page', () => {
    const next = encodeURIComponent(`/${lang}/account/`);
    expect(html).toContain(`href="/api/identity/verify/start?next=${next}"`);
    expect(html).toContain(lang === 'uk' ? 'Підтвердити особу' : 'Verify identity');
    // Both languages explain every level.
    for (const level of ['none', 'email', 'verified']) expect(html).toContain(`data-level="${level}"`);
  });

  it('has a live region for the verification result', () => {
    expect(html).toMatch(/<div[^>]*role="status"[^>]*aria-live="polite"[^>]*data-verification-banner/);
  });

  it('offers the data download', () => {
    expect(html).toMatch(/<a[^>]*href="\/api\/identity\/me\/export"[^>]*download/);
    expect(html).toContain(lang === 'uk' ? 'Завантажити мої дані' : 'Download my data');
  });

  it('has the log-out-everywhere form with a named button and a status region', () => {
    const form = element(html, /<form[^>]*data-logout-all-form/, 'form');
    expect(form).not.toBeNull();
    expect(form).toMatch(/<button type="submit"[^>]*>\s*(Вийти на всіх пристроях|Log out everywhere)\s*<\/button>/);
    expect(form).toMatch(/role="status"[^>]*aria-live="polite"/);
  });

  it('has the delete form: labelled password, the anonymous-signatures warning, a status region', () => {
    const form = element(html, /<form[^>]*data-delete-form/, 'form');
    expect(form).not.toBeNull();
    expect(form).toMatch(/<input[^>]*name="password"[^>]*type="password"|<input[^>]*type="password"[^>]*name="password"/);
    expect(form).toMatch(/autocomplete="current-password"/);
    expectLabelled(form!);
    expect(form).toMatch(/role="status"[^>]*aria-live="polite"/);
    expect(form).toMatch(/aria-describedby="delete-warning"/);
    expect(html).toContain(lang === 'uk' ? 'залишаться врахованими анонімно' : 'stay counted anonymously');
  });

  it('has the mail language preference with labelled choices', () => {
    const form = element(html, /<form[^>]*data-prefs-form/, 'form');
    expect(form).not.toBeNull();
    expect(form).toMatch(/<legend\b/);
    expect(form).toMatch(/<input type="radio" id="prefs-language-uk" name="language" value="uk"/);
    expect(form).toMatch(/<input type="radio" id="prefs-language-en" name="language" value="en"/);
    expectLabelled(form!);
  });

  it('has the subscriptions list', () => {
    expect(html).toContain('data-subs-list');
    expect(html).toContain(lang === 'uk' ? 'Мої підписки' : 'What I follow');
  });
});

describe('account features on other pages', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });

  it('puts a labelled notify checkbox in every sign form', () => {
    const withSignForm = walk(join(root, 'uk', 'petitions'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((html) => /<form[^>]*action="\/api\/petitions\/petitions\/[^"]+\/signatures"/.test(html));
    expect(withSignForm.length).toBeGreaterThan(0);
    for (const html of withSignForm) {
      const form = element(html, /<form[^>]*data-sign-form/, 'form');
      expect(form).toMatch(/<input type="checkbox" id="sign-notify" name="notify"/);
      expect(form).toMatch(/<label for="sign-notify"[^>]*>Повідомити мене про відповідь<\/label>/);
    }
  });

  it('gives every authority page a follow form in both languages', () => {
    for (const lang of ['uk', 'en'] as const) {
      const pages = readdirSync(join(root, lang, 'authorities'))
        .filter((name) => existsSync(join(root, lang, 'authorities', name, 'index.html')))
        .map((name) => ({ slug: name, html: read(join(lang, 'authorities', name, 'index.html')) }));
      expect(pages.length).toBeGreaterThan(0);
      for (const { slug, html } of pages) {
        const form = element(html, /<form[^>]*data-follow-form/, 'form');
        expect(form).toContain('action="/api/core/subscriptions"');
        expect(form).toContain(`name="authority" value="${slug}"`);
        expect(form).toContain(lang === 'uk' ? '>Стежити</button>' : '>Follow</button>');
      }
    }
  });

  it('asks for at least 12 characters in new passwords', () => {
    for (const page of ['register', 'reset']) {
      const html = read(join('uk', 'account', page, 'index.html'));
      expect(html).toMatch(/<input[^>]*name="password"[^>]*minlength="12"/);
      expect(html).toContain('Щонайменше 12 символів');
    }
  });
});

describe('accessibility and script hygiene of the pages this feature touches', () => {
  const pagesOf = (lang: 'uk' | 'en') => [
    join(lang, 'account', 'index.html'),
    ...readdirSync(join(root, lang, 'authorities'))
      .map((name) => join(lang, 'authorities', name, 'index.html'))
      .filter((f) => existsSync(join(root, f))),
  ];

  it.each(['uk', 'en'] as const)('labels every control, resolves aria-describedby and bundles every script (%s)', (lang) => {
    for (const file of pagesOf(lang)) {
      const html = read(file);
      for (const control of html.match(/<(input|select|textarea)\b[^>]*>/gi) ?? []) {
        if (/type="(hidden|submit|button)"/.test(control)) continue;
        const id = /\sid="([^"]+)"/.exec(control)?.[1];
        expect({ file, control, labelled: Boolean(id && html.includes(`for="${id}"`)) }).toEqual({ file, control, labelled: true });
      }
      for (const match of html.matchAll(/aria-describedby="([^"]+)"/g)) {
        for (const ref of (match[1] ?? '').split(/\s+/).filter(Boolean)) {
          expect({ file, ref, exists: html.includes(`id="${ref}"`) }).toEqual({ file, ref, exists: true });
        }
      }
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
        expect({ file, tag, bundled: /type="module"[^>]*src="\/_astro\//.test(tag) }).toEqual({ file, tag, bundled: true });
      }
      expect(html.match(/<h1\b/g)?.length).toBe(1);
    }
  });
});
