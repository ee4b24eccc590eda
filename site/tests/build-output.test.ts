/**
 * Checks the HTML the site build produced. It assumes `astro build` already ran into SITE_BUILD_DIR (absolute
 * path) against an API seeded with the demo data, e.g.
 *   (cd site && SITE_API_URL=http://127.0.0.1:1337 npx astro build --outDir /tmp/site) && SITE_BUILD_DIR=/tmp/site npx jest site/tests
 * In `npm test` the http project's global setup builds it from the test server (see cms/tests/harness/site-build.ts).
 * Only Node built-ins are used: the checks are regular expressions over generated markup.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.env.SITE_BUILD_DIR ?? '';

const KNOWN_TITLE = 'Облаштувати укриття біля ліцею № 3';
const KNOWN_ANSWER = 'Виконавчий комітет підтримує петицію';
const REJECTION_LABELS = ['Дублікат', 'Поза компетенцією органу', 'Образливий зміст', 'Заклики, заборонені законом', 'Немає чіткої вимоги', 'Інша причина'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const urlOf = (file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** Text of an element's content: tags dropped, entities decoded, whitespace collapsed. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

const h1Text = (html: string) => {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return match ? textOf(match[1] ?? '') : null;
};

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

interface IndexEntry {
  id: string;
  title: string | null;
  status: string;
}

let pages: { url: string; html: string }[] = [];
let petitionPagesUk: { url: string; html: string }[] = [];
let index: IndexEntry[] = [];

beforeAll(() => {
  if (!root || !existsSync(join(root, 'uk', 'index.html'))) {
    throw new Error(`SITE_BUILD_DIR must point at a built site (got "${root}"); run astro build first`);
  }
  pages = walk(root)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ url: urlOf(f), html: readFileSync(f, 'utf8') }));
  petitionPagesUk = pages.filter((p) => /^\/uk\/petitions\/[a-z0-9]{10,40}\/$/.test(p.url));
  index = JSON.parse(read('data/petitions.json')) as IndexEntry[];
});

const pageWithTitle = (title: string) => petitionPagesUk.find((p) => h1Text(p.html) === title);

describe('site build output', () => {
  it('has the home page in Ukrainian and English, each declaring its language', () => {
    expect(read('uk/index.html')).toMatch(/<html[^>]*\slang="uk"/);
    expect(read('en/index.html')).toMatch(/<html[^>]*\slang="en"/);
  });

  it('sends the root address to the Ukrainian home page', () => {
    const html = read('index.html');
    expect(html).toMatch(/<meta[^>]+http-equiv="refresh"[^>]+url=\/uk\//);
    expect(html).toContain('href="/uk/"');
  });

  it('links every language version to its counterpart', () => {
    expect(read('uk/petitions/index.html')).toMatch(/<a[^>]+href="\/en\/petitions\/"[^>]*hreflang="en"/);
    expect(read('en/petitions/index.html')).toMatch(/<a[^>]+href="\/uk\/petitions\/"[^>]*hreflang="uk"/);
  });

  it('lists the demo petition on the petitions list', () => {
    const listPages = pages.filter((p) => p.url === '/uk/petitions/' || /^\/uk\/petitions\/page\/\d+\/$/.test(p.url));
    expect(listPages.some((p) => textOf(p.html).includes(KNOWN_TITLE))).toBe(true);
  });

  it('shows progress, the sign form and the timeline on a collecting petition', () => {
    const page = pageWithTitle(KNOWN_TITLE);
    expect(page).toBeDefined();
    const html = page!.html;
    const id = /\/uk\/petitions\/([a-z0-9]+)\//.exec(page!.url)![1];
    expect(textOf(html)).toMatch(/\d+ з \d+ підпис/);
    expect(html).toMatch(/<progress\b[^>]*\bmax="\d+"/);
    expect(html).toMatch(new RegExp(`<form[^>]*method="post"[^>]*action="/api/petitions/petitions/${id}/signatures"`));
    expect(html).toMatch(/<ol class="timeline"/);
    expect(textOf(html)).toContain('Подано на модерацію');
  });

  it('shows the answer of an answered petition with an on-time badge', () => {
    const page = petitionPagesUk.find((p) => textOf(p.html).includes(KNOWN_ANSWER));
    expect(page).toBeDefined();
    expect(page!.html).toContain('data-answer-timeliness="on-time"');
    expect(textOf(page!.html)).toContain('Відповідь надано вчасно');
  });

  it('shows the reason on every rejected petition, and never a sign form', () => {
    const rejected = petitionPagesUk.filter((p) => /<article[^>]*data-status="rejected"/.test(p.html));
    expect(rejected.length).toBeGreaterThan(0);
    for (const page of rejected) {
      expect(page.html).toMatch(/data-rejection-reason="[a-z_]+"/);
      expect(REJECTION_LABELS.some((label) => textOf(page.html).includes(label))).toBe(true);
      expect(page.html).not.toContain('/signatures"');
    }
  });

  it('gives every page exactly one h1, one main landmark, a language, a skip link and alt text on images', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { url, html } of pages) {
      const problems = [
        count(html, /<h1\b/gi) === 1 ? null : 'h1 count',
        count(html, /<main\b/gi) === 1 ? null : 'main count',
        /<html[^>]*\slang="(uk|en)"/.test(html) ? null : 'html lang',
        /<a[^>]+class="skip-link"[^>]+href="#main"/.test(html) && /<main[^>]+id="main"/.test(html) ? null : 'skip link',
        (html.match(/<img\b[^>]*>/gi) ?? []).every((img) => /\salt=/.test(img)) ? null : 'img without alt',
      ].filter(Boolean);
      expect({ url, problems }).toEqual({ url, problems: [] });
    }
  });

  it('labels every form control and points aria-describedby at elements that exist', () => {
    for (const { url, html } of pages) {
      const controls = html.match(/<(input|select|textarea)\b[^>]*>/gi) ?? [];
      for (const control of controls) {
        if (/type="(hidden|submit|button)"/.test(control)) continue;
        const id = /\sid="([^"]+)"/.exec(control)?.[1];
        expect({ url, control, labelled: Boolean(id && html.includes(`for="${id}"`)) }).toEqual({ url, control, labelled: true });
        const described = /aria-describedby="([^"]+)"/.exec(control)?.[1] ?? '';
        for (const ref of described.split(/\s+/).filter(Boolean)) {
          expect({ url, ref, exists: html.includes(`id="${ref}"`) }).toEqual({ url, ref, exists: true });
        }
      }
    }
  });

  it('escapes petition data: each title is its page heading as text, and no markup comes from data', () => {
    // The demo data carries a title with "&" and ">" so this check always has something to bite on.
    expect(index.some((p) => p.title !== null && /[<>&"]/.test(p.title))).toBe(true);
    // A withheld petition has no title to escape (site/tests/rejected-petitions.test.ts checks its page).
    for (const petition of index.filter((p): p is IndexEntry & { title: string } => p.title !== null)) {
      const file = join('uk', 'petitions', petition.id, 'index.html');
      const html = read(file);
      expect(h1Text(html)).toBe(petition.title.replace(/\s+/g, ' ').trim());
      if (/[<>&"]/.test(petition.title)) expect(html).not.toContain(petition.title);
    }
    for (const { url, html } of pages) {
      // The only scripts are Astro's bundles; an element or handler smuggled in through data would show here.
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      for (const tag of scripts) expect({ url, tag, bundled: /type="module"[^>]*src="\/_astro\//.test(tag) }).toEqual({ url, tag, bundled: true });
      expect({ url, inlineHandler: /<[a-z][^>]*\son[a-z]+\s*=/i.test(html) }).toEqual({ url, inlineHandler: false });
      expect({ url, scriptUrl: /(href|src|action)="\s*javascript:/i.test(html) }).toEqual({ url, scriptUrl: false });
    }
  });

  it('emits a 404 page and a search index for the list filters', () => {
    expect(h1Text(read('404.html'))).toBe('Сторінку не знайдено');
    expect(Array.isArray(index)).toBe(true);
    expect(index.some((p) => p.title === KNOWN_TITLE)).toBe(true);
  });
});
