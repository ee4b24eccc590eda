const PROBE = 'http://return-path.invalid';
export const DEFAULT_RETURN_PATH = '/uk/account/';

/**
 * Where to send the browser back after verification: only a path on our own site, so the flow cannot be used to
 * bounce a citizen to another site (open redirect). Anything else gives the account page.
 */
export function safeReturnPath(raw: unknown, fallback = DEFAULT_RETURN_PATH): string {
  if (typeof raw !== 'string' || raw.length > 500) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PROBE);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE || url.pathname.startsWith('/api/')) return fallback;
  return url.pathname + url.search;
}

/** The return path with the outcome in its query (replacing any earlier outcome). */
export function withOutcome(path: string, outcome: { verified: true } | { error: string }): string {
  const url = new URL(path, PROBE);
  url.searchParams.delete('verified');
  url.searchParams.delete('verification_error');
  if ('verified' in outcome) url.searchParams.set('verified', '1');
  else url.searchParams.set('verification_error', outcome.error);
  return url.pathname + url.search;
}
