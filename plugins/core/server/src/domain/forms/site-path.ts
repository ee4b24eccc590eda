/** The languages of the public site: every page lives under `/uk/` or `/en/`. */
export type SiteLang = 'uk' | 'en';

const PAGE = /^\/(uk|en)\/[A-Za-z0-9\-._~/%]*(\?[^#\s]*)?(#[A-Za-z0-9\-_.:]*)?$/;

/**
 * A page of this site a form may send the browser back to, or null: only `/uk/…` and `/en/…` paths on the same
 * origin (never `//host`, a backslash, `..` or `/api/`), so a posted value cannot turn into an open redirect.
 */
export function sitePage(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 500 || !PAGE.test(value)) return null;
  const pathname = value.replace(/[?#].*$/, '');
  if (pathname.includes('//') || pathname.split('/').some((part) => part === '..' || part === '.')) return null;
  return value;
}

/** The page's language from its path; Ukrainian first. */
export const langOfPage = (page: string | null | undefined): SiteLang => (page?.startsWith('/en/') ? 'en' : 'uk');

/** The path without query and fragment: where the page's file is. */
export const pathOfPage = (page: string): string => page.replace(/[?#].*$/, '');

/**
 * The `next` parameter of the same-origin page that posted the form (the login page is opened as
 * `/uk/account/login/?next=/uk/petitions/…/`): where to go once the form succeeds. Null when absent or foreign.
 */
export function nextOf(referer: string | undefined, origins: ReadonlySet<string>): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return origins.has(url.origin) ? sitePage(url.searchParams.get('next')) : null;
  } catch {
    return null;
  }
}
