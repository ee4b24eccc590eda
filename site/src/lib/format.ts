import type { Lang } from './i18n';

/** Dates are shown in Kyiv time whatever the reader's zone: deadlines fall at the end of a Kyiv day (DOMAIN.md). */
export const TIME_ZONE = 'Europe/Kyiv';

const LOCALES: Record<Lang, string> = { uk: 'uk-UA', en: 'en-GB' };

export const localeOf = (lang: Lang): string => LOCALES[lang];

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/** "14 січня 2027 р." / "14 January 2027" */
export function formatDate(iso: string | Date, lang: Lang): string {
  const f = formatter(`d-${lang}`, () => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, dateStyle: 'long' }));
  return f.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** "14 січня 2027 р. о 09:51" / "14 January 2027 at 09:51" */
export function formatDateTime(iso: string | Date, lang: Lang): string {
  const f = formatter(
    `dt-${lang}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
  );
  return f.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** "25 000" (uk, with a no-break space) / "25,000" (en) */
export function formatNumber(value: number, lang: Lang): string {
  return formatter(`n-${lang}`, () => new Intl.NumberFormat(LOCALES[lang])).format(value);
}

/** Plural category for Ukrainian or English nouns after a number (uk: one / few / many). */
export function pluralOf(value: number, lang: Lang): Intl.LDMLPluralRule {
  return new Intl.PluralRules(LOCALES[lang]).select(value);
}
