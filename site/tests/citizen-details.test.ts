/**
 * Small things a citizen noticed (issue 10, "What citizens expect"), checked on the built site and the API.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.env.SITE_BUILD_DIR ?? '';
const petitionPages = (lang: 'uk' | 'en') =>
  readdirSync(join(root, lang, 'petitions'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[a-z0-9]{20,}$/.test(e.name))
    .map((e) => readFileSync(join(root, lang, 'petitions', e.name, 'index.html'), 'utf8'));

describe('details citizens expect', () => {
  it('marks Ukrainian petition titles and texts with lang="uk" on the English pages, and only there', () => {
    const english = petitionPages('en').filter((html) => html.includes('class="petition-text"'));
    expect(english.length).toBeGreaterThan(0);
    for (const html of english) {
      expect(html).toMatch(/<h1[^>]*\slang="uk"/);
      expect(html).toMatch(/class="petition-text"[^>]*\slang="uk"|lang="uk"[^>]*class="petition-text"/);
    }
    for (const html of petitionPages('uk')) expect(html).not.toMatch(/<h1[^>]*\slang=/);
  });

  it('never lets a component show what the page hides (the "hidden" attribute wins over display rules)', () => {
    const css = readdirSync(join(root, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(root, '_astro', f), 'utf8'))
      .join('');
    expect(css.replace(/\s/g, '')).toContain('[hidden]{display:none!important}');
  });

  it("gives the account page the communities' names, so a verified citizen sees a name, not a code like dnipro", () => {
    for (const [lang, name] of [['uk', 'Дніпровська міська територіальна громада'], ['en', 'Dnipro City Territorial Community']]) {
      const html = readFileSync(join(root, lang, 'account', 'index.html'), 'utf8');
      const attr = /data-communities="([^"]*)"/.exec(html)?.[1] ?? '';
      const decoded = attr
        .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      const names = JSON.parse(decoded);
      expect(names.dnipro).toBe(name);
    }
  });

  it('keeps the space between "приймаються до" and the date on consultation cards', () => {
    const html = readFileSync(join(root, 'uk', 'consultations', 'index.html'), 'utf8');
    expect(html).toContain('Коментарі приймаються до');
    expect(html).not.toMatch(/приймаються до<time/);
    expect(html).toMatch(/приймаються до\s+<time/);
  });
});
