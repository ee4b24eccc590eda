/**
 * The built site never publishes a petition rejected as offensive: the demo seed holds one (see
 * database/src/seeds/demo-petitions.ts), and no file of the build may contain its title, text, author or the
 * moderator's note, while its page still says that it was rejected and why. A duplicate links to its original.
 * Runs in the http project: the global setup builds the site into SITE_BUILD_DIR from the seeded test server.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closeDb } from '../../cms/tests/harness/database';
import { petitionIdByTitle } from '../../cms/tests/harness/fixtures';

afterAll(closeDb);

const root = process.env.SITE_BUILD_DIR ?? '';
const OFFENSIVE = {
  title: 'Демонстраційна образлива петиція, яку не можна оприлюднювати',
  text: 'Цей текст стоїть замість образливих висловлювань',
  author: 'Степан Прихований',
  note: 'Текст містить образливі висловлювання щодо посадової особи',
};
const DUPLICATE = 'Облаштувати укриття біля ліцею номер три';
const ORIGINAL = 'Облаштувати укриття біля ліцею № 3';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const TEXT_FILE = /\.(html|json|xml|txt|js|css|webmanifest)$/;
/** Astro escapes text (an apostrophe, quotes), so the markup is decoded before searching it. */
const decoded = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const page = (lang: string, id: string) => readFileSync(join(root, lang, 'petitions', id, 'index.html'), 'utf8');

beforeAll(() => {
  if (!root || !existsSync(join(root, 'uk', 'index.html'))) throw new Error(`SITE_BUILD_DIR must point at a built site (got "${root}")`);
});

describe('a petition rejected as offensive, in the built site', () => {
  it('appears in no file of the build by its title, text, author or the moderator’s note', () => {
    const leaks = walk(root)
      .filter((f) => TEXT_FILE.test(f))
      .flatMap((f) => {
        const content = decoded(readFileSync(f, 'utf8'));
        return Object.entries(OFFENSIVE)
          .filter(([, secret]) => content.includes(secret))
          .map(([what]) => `${what} in ${f.slice(root.length)}`);
      });
    expect(leaks).toEqual([]);
  });

  it.each(['uk', 'en'])('has a page (%s) that says it was rejected and why, with its authority and no text', async (lang) => {
    const html = page(lang, await petitionIdByTitle(OFFENSIVE.title));
    expect(html).toContain('data-rejection-reason="offensive"');
    expect(html).toContain('data-content-withheld');
    expect(html).toMatch(lang === 'uk' ? /Буча|Бучанськ/ : /Bucha/);
    expect(html).not.toContain('class="petition-text"');
  });
});

describe('a petition rejected as a duplicate, in the built site', () => {
  it.each(['uk', 'en'])('links its page (%s) to the original', async (lang) => {
    const [id, original] = await Promise.all([petitionIdByTitle(DUPLICATE), petitionIdByTitle(ORIGINAL)]);
    const html = decoded(page(lang, id));
    expect(html).toContain(`data-duplicate-of="${original}"`);
    expect(html).toContain(`href="/${lang}/petitions/${original}/"`);
    expect(html).toContain(ORIGINAL);
  });
});
