import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Every module's admin pages speak through `registerTranslations` (shared-ui/translations.ts), so the core checks
 * the translation files of all of them: Ukrainian and English say the same things with the same placeholders, and
 * neither holds the old "Ukrainian / English" pairs.
 */
const pluginsDir = join(__dirname, '..', '..', '..', '..');
const modules = readdirSync(pluginsDir).filter((name) => existsSync(join(pluginsDir, name, 'admin', 'src', 'translations')));

const read = (name: string, locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(pluginsDir, name, 'admin', 'src', 'translations', `${locale}.json`), 'utf8'));

/** The argument names of an ICU message ("{count, plural, …}" → count). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as { value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (typeof element.value === 'string' && 'type' in element && (element as { type: number }).type !== 0) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe.each(modules)('the admin translations of %s', (name) => {
  const uk = read(name, 'uk');
  const en = read(name, 'en');

  it('has the same keys in Ukrainian and English, and a menu label', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    expect(uk['plugin.name']).toBeTruthy();
  });

  it('uses the same placeholders in both languages, in messages that parse', () => {
    for (const key of Object.keys(en)) expect([key, argumentsOf(uk[key]!, 'uk')]).toEqual([key, argumentsOf(en[key]!, 'en')]);
  });

  it('keeps each language to itself', () => {
    expect(Object.entries(en).filter(([, text]) => CYRILLIC.test(text))).toEqual([]);
    expect(Object.entries(uk).filter(([, text]) => / \/ [A-Z][a-z]/.test(text))).toEqual([]);
  });
});

it('finds the translations of the four modules with admin pages', () => {
  expect(modules).toEqual(expect.arrayContaining(['core', 'petitions', 'consultations', 'polls']));
});
