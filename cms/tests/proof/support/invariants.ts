import type { ApiResponse } from '../../harness/http';

/**
 * The promises every answer keeps, whatever was sent: no server error; an error is the JSON envelope
 * `{ data: null, error: { status, name, message, details } }` with the same status as the response and a message
 * in Ukrainian then English; a 400 names the fields it refuses (`details.errors[].path/message`). Returns the
 * broken promises (empty when all hold).
 */
export function brokenPromises(res: ApiResponse): string[] {
  const broken: string[] = [];
  if (res.status >= 500) broken.push(`server error ${res.status}`);
  if (res.status < 400) return broken;
  const type = res.headers.get('content-type') ?? '';
  if (!/application\/(problem\+)?json/.test(type)) broken.push(`error answered as ${type || 'no content type'}, not JSON`);
  const body = res.body as { data?: unknown; error?: Record<string, unknown> } | string | null;
  if (!body || typeof body !== 'object') {
    broken.push(`error body is not a JSON object: ${JSON.stringify(body)?.slice(0, 200)}`);
    return broken;
  }
  if (body.data !== null) broken.push('error body has no `data: null`');
  const error = body.error;
  if (!error || typeof error !== 'object') {
    broken.push('error body has no `error` object');
    return broken;
  }
  if (error.status !== res.status) broken.push(`error.status ${String(error.status)} differs from the HTTP status ${res.status}`);
  if (typeof error.name !== 'string' || !error.name) broken.push('error.name is missing');
  if (typeof error.message !== 'string' || !error.message) broken.push('error.message is missing');
  else if (!isBilingual(error.message)) broken.push(`error.message is not bilingual (uk / en): “${error.message.slice(0, 80)}”`);
  if (!error.details || typeof error.details !== 'object') broken.push('error.details is missing');
  if (res.status === 400) {
    const errors = (error.details as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(errors) || errors.length === 0) {
      broken.push(`400 without field messages (details: ${JSON.stringify(error.details)?.slice(0, 200)})`);
    } else {
      for (const e of errors as { path?: unknown; message?: unknown }[]) {
        if (!Array.isArray(e?.path) || typeof e?.message !== 'string' || !e.message) {
          broken.push(`field message without path/message: ${JSON.stringify(e).slice(0, 200)}`);
          break;
        }
      }
    }
  }
  return broken;
}

/** Ukrainian first, then English: `uk / en` (the platform's `bilingual()`), so one message serves both readers. */
export const isBilingual = (message: unknown) => typeof message === 'string' && / \/ /.test(message) && /[А-Яа-яІіЇїЄєҐґ]/.test(message);

/** Where a redirect leads must be this site or the identity provider, never a host a caller named. */
export function openRedirect(res: ApiResponse, ownOrigin: string, hostileHosts: string[]): string | null {
  if (res.status < 300 || res.status >= 400) return null;
  const location = res.headers.get('location');
  if (!location) return null;
  let target: URL;
  try {
    target = new URL(location, ownOrigin);
  } catch {
    return `unparsable Location ${location}`;
  }
  return hostileHosts.some((h) => target.hostname === h || target.hostname.endsWith(`.${h}`)) ? `redirects to ${location}` : null;
}
