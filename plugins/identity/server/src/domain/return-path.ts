const PROBE = 'http://return-path.invalid';
export const DEFAULT_RETURN_PATH = '/uk/account/';

/**
 * Where to send the browser back after verification: only a path on our own site, so the flow cannot be used to
 * bounce a citizen to another site (open redirect). Anything else gives the account page. The check is made on the
 * path as a browser will read it after normalising (`/.//evil.example` becomes `//evil.example`, another host), and
 * encoded separators are refused, since a later decoding would turn them into real ones.
 */
export function safeReturnPath(raw: unknown, fallback = DEFAULT_RETURN_PATH): string {
  if (typeof raw !== 'string' || raw.length > 500) return fallback;
  if (!raw.startsWith('/') || /[\\\u0000-\u001f\u007f]|%2f|%5c/i.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PROBE);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search;
  if (url.origin !== PROBE || path.startsWith('//') || /^\/api(\/|$)/i.test(url.pathname)) return fallback;
  return path;
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
