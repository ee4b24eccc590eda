/**
 * The public site runs under a Content-Security-Policy whose script-src has no 'unsafe-inline': an injected
 * <script> or on…= attribute does not run. That holds only while every script of the built site is a file, so the
 * built pages (SITE_BUILD_DIR, built by the http project's global setup) are checked too, and pages are fetched
 * from the test server, which serves that build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { testServer } from '../../cms/tests/harness/server';

const root = process.env.SITE_BUILD_DIR ?? '';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// Data blocks (JSON) are not run, so a policy does not govern them; everything else is a script.
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/** `<script>` elements that carry their code in the page instead of a src. */
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\bsrc\s*=/i.test(attrs) && EXECUTABLE.test(/\btype\s*=\s*"?([^"\s>]*)/i.exec(attrs)?.[1] ?? ''))
    .map(([whole]) => whole.slice(0, 120));

const eventHandlerAttributes = (html: string): string[] =>
  [...html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*?\s(on[a-z]+)\s*=/gi)].map(([, name]) => name ?? '');

const directive = (policy: string, name: string): string[] | null => {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found ? found.slice(1) : null;
};

describe('scripts on the public site', () => {
  let pages: { url: string; html: string }[] = [];

  beforeAll(() => {
    if (!root) throw new Error('SITE_BUILD_DIR must point at a built site');
    pages = walk(root)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ url: `/${relative(root, file).split(sep).join('/')}`, html: readFileSync(file, 'utf8') }));
    expect(pages.length).toBeGreaterThan(20);
  });

  it('are all files: no built page has an inline script', () => {
    const offenders = pages.flatMap(({ url, html }) => inlineScripts(html).map((script) => `${url}: ${script}`));
    expect(offenders).toEqual([]);
  });

  it('never sit in event-handler attributes, which the policy blocks as well', () => {
    const offenders = pages.flatMap(({ url, html }) => eventHandlerAttributes(html).map((name) => `${url}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it('still exist, so the page checks above look at real script tags', () => {
    expect(pages.some(({ html }) => /<script\b[^>]*\bsrc="\/_astro\/[^"]+\.js"/.test(html))).toBe(true);
  });
});

describe('the Content-Security-Policy header', () => {
  const paths = ['/uk/', '/en/', '/uk/petitions/', '/uk/account/login/', '/api/core/session'];

  it.each(paths)('allows scripts only from this origin on %s, and names no server software', async (path) => {
    const response = await fetch(testServer().url + path, { redirect: 'manual' });
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    const scripts = directive(policy, 'script-src') ?? directive(policy, 'default-src');
    expect(scripts).toEqual(["'self'"]);
    expect(directive(policy, 'script-src-attr')).toEqual(["'none'"]);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
