/**
 * Checks the e-consultation and e-poll pages of the built site (SITE_BUILD_DIR, built from the test server with
 * the demo data; see build-output.test.ts). Plain regular expressions over the generated markup.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.env.SITE_BUILD_DIR ?? '';

const OPEN_CONSULTATION = 'Проєкт Положення про громадський (партиципаторний) бюджет Бучанської міської територіальної громади';
const REPORTED_CONSULTATION = 'Проєкт Програми розвитку велосипедної інфраструктури громади на 2026–2028 роки';
const OPEN_POLL = 'Яким має бути оновлений парк Диби?';
const CLOSED_POLL = 'Пріоритети капітальних видатків громади на наступний рік';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const urlOf = (file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
const h1Text = (html: string) => textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '');

type Page = { url: string; html: string };
let pages: Page[] = [];
const byUrl = (url: string) => pages.find((p) => p.url === url);

beforeAll(() => {
  if (!root || !existsSync(join(root, 'uk', 'index.html'))) {
    throw new Error(`SITE_BUILD_DIR must point at a built site (got "${root}"); run astro build first`);
  }
  pages = [...walk(join(root, 'uk', 'consultations')), ...walk(join(root, 'uk', 'polls')), ...walk(join(root, 'en', 'polls'))]
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ url: urlOf(f), html: readFileSync(f, 'utf8') }));
});

const itemPage = (module: 'consultations' | 'polls', title: string): Page => {
  const page = pages.find((p) => new RegExp(`^/uk/${module}/[a-z0-9]{10,40}/$`).test(p.url) && h1Text(p.html) === title);
  if (!page) throw new Error(`no /uk/${module}/<id>/ page titled "${title}"`);
  return page;
};

describe('e-consultation pages', () => {
  it('lists the consultations by state, with the open one among them', () => {
    const list = byUrl('/uk/consultations/');
    expect(list).toBeDefined();
    for (const group of ['open', 'closed', 'report']) expect(list!.html).toContain(`data-consultation-group="${group}"`);
    expect(textOf(list!.html)).toContain(OPEN_CONSULTATION);
    expect(existsSync(join(root, 'en', 'consultations', 'index.html'))).toBe(true);
  });

  it('shows the open consultation with its explanatory note and every section linked with its comment count', () => {
    const page = itemPage('consultations', OPEN_CONSULTATION);
    const text = textOf(page.html);
    expect(text).toContain('Пояснювальна записка');
    expect(text).toContain('Подання проєктів');
    const links = [...page.html.matchAll(/href="([^"]+)"[^>]*data-section-link="(\d+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(6);
    for (const href of links) {
      expect(href).toMatch(new RegExp(`^${page.url}sections/\\d+/$`));
      expect(byUrl(href)).toBeDefined();
    }
    expect(page.html).toMatch(/data-section-comments="1"/);
    // The questionnaire of an open consultation is a form with one fieldset per choice question.
    expect(page.html).toMatch(/<form[^>]+action="\/api\/consultations\/consultations\/[a-z0-9]+\/answers"/);
    expect(page.html).toMatch(/<fieldset[^>]*data-question="q1"/);
  });

  it('has a section page with its comments, the replies and a comment form posting to the API', () => {
    const consultation = itemPage('consultations', OPEN_CONSULTATION);
    const section = byUrl(`${consultation.url}sections/3/`)!;
    const text = textOf(section.html);
    expect(text).toContain('Пропоную дозволити подавати проєкти також у ЦНАПі');
    expect(text).toContain('Ігор Савчук');
    expect(section.html).toMatch(/<form[^>]+method="post"[^>]+action="\/api\/consultations\/consultations\/[a-z0-9]+\/sections\/3\/comments"/);
    expect(section.html).toMatch(/<textarea[^>]+name="body"/);
    // No name to type: comments are shown under the verified name, or without one.
    expect(section.html).not.toMatch(/name="authorName"/);
    expect(section.html).toMatch(/role="status"[^>]*aria-live="polite"/);
  });

  it('publishes the report with every disposition, its reason, a filter and the CSV link', () => {
    const page = pages.find((p) => /^\/uk\/consultations\/[a-z0-9]+\/report\/$/.test(p.url) && textOf(p.html).includes(REPORTED_CONSULTATION));
    expect(page).toBeDefined();
    const html = page!.html;
    for (const d of ['accepted', 'partly_accepted', 'rejected']) expect(html).toContain(`data-disposition-label="${d}"`);
    const text = textOf(html);
    for (const label of ['Враховано', 'Враховано частково', 'Не враховано']) expect(text).toContain(label);
    expect(text).toContain('Маршрут до ліцею № 3 включено до заходів першої черги');
    expect(html).toMatch(/href="\/api\/consultations\/consultations\/[a-z0-9]+\/report\.csv"/);
    // Printable HTML: a print stylesheet (inlined or linked) hides the site chrome and the filter.
    const linked = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) => readFileSync(join(root, m[1]!), 'utf8'));
    expect([html, ...linked].join('\n')).toMatch(/@media print[^{]*\{[^@]*\.no-print/);
  });

  it('has no report page for a consultation without a published report', () => {
    const open = itemPage('consultations', OPEN_CONSULTATION);
    expect(byUrl(`${open.url}report/`)).toBeUndefined();
  });
});

describe('e-poll pages', () => {
  it('lists the polls by state', () => {
    const list = byUrl('/uk/polls/')!;
    expect(textOf(list.html)).toContain(OPEN_POLL);
    expect(textOf(list.html)).toContain(CLOSED_POLL);
    expect(byUrl('/en/polls/')).toBeDefined();
  });

  it('gives the open poll an accessible form: a fieldset and legend per question and native controls', () => {
    const html = itemPage('polls', OPEN_POLL).html;
    expect(html).toMatch(/<form[^>]+data-poll-form/);
    const fieldsets = html.match(/<fieldset\b/g) ?? [];
    const legends = html.match(/<legend\b/g) ?? [];
    expect(fieldsets).toHaveLength(5);
    expect(legends).toHaveLength(5);
    expect(html).toMatch(/<input[^>]+type="radio"/);
    expect(html).toMatch(/<input[^>]+type="checkbox"/);
    expect(html).toMatch(/<select[^>]+data-option=/);
    expect(html).toMatch(/<textarea\b/);
    for (const v of [1, 2, 3, 4, 5]) expect(html).toMatch(new RegExp(`<input[^>]+type="radio"[^>]+value="${v}"`));
  });

  it('draws the closed poll results as inline SVG bars with the numbers also in text', () => {
    const poll = itemPage('polls', CLOSED_POLL);
    const results = byUrl(`${poll.url}results/`)!;
    const svgs = results.html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img"/);
      expect(svg).toMatch(/<title\b[^>]*>[^<]*\d/);
      expect(svg).toMatch(/<rect\b/);
    }
    expect(svgs.join('')).toMatch(/60\s?%/);
    expect(results.html).toMatch(/<table\b/);
    expect(results.html).toMatch(/href="\/api\/polls\/polls\/[a-z0-9]+\/results\.csv"/);
    expect(results.html).not.toMatch(/<script[^>]+src="[^"]*chart/i);
    expect(byUrl(`/en${poll.url.slice(3)}results/`)).toBeDefined();
  });

  it('says the results come after close for the open poll, without a chart', () => {
    const poll = itemPage('polls', OPEN_POLL);
    const results = byUrl(`${poll.url}results/`)!;
    expect(results.html).toContain('data-results-pending');
    expect(results.html).not.toMatch(/<svg\b[^>]*role="img"/);
  });
});
