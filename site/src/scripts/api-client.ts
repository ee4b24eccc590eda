import { clientUi, isLang, type ClientUi, type Lang } from '../lib/i18n';

/**
 * Browser side of the API: relative same-origin URLs, the httpOnly session cookie travels by itself
 * (`credentials: 'same-origin'`), and no token is ever read or stored by scripts.
 */

export const pageLang = (): Lang => {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : 'uk';
};

export const messages = (lang: Lang = pageLang()): ClientUi => clientUi[lang];

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ApiFailure {
  /** 0 when the server could not be reached. */
  status: number;
  code: string | null;
  /** The server's message in the page language, or null when it only has a generic English word. */
  message: string | null;
  /** The message as sent, for recognising users-permissions' English-only errors. */
  rawMessage: string;
  fields: FieldProblem[];
}

export type ApiResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; failure: ApiFailure };

/** Our API writes "Ukrainian / English"; users-permissions writes English only. */
export function localizedMessage(message: unknown, lang: Lang): string | null {
  if (typeof message !== 'string' || !message.trim()) return null;
  const split = message.indexOf(' / ');
  if (split > 0) return lang === 'uk' ? message.slice(0, split) : message.slice(split + 3);
  // Bare status words ("Forbidden", "Unauthorized") say nothing a citizen can act on.
  if (/^(Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error)$/i.test(message)) {
    return null;
  }
  return lang === 'uk' ? null : message;
}

function failureOf(status: number, body: unknown, lang: Lang): ApiFailure {
  const error = (body as { error?: { message?: unknown; details?: unknown } } | null)?.error;
  const details = (error?.details ?? {}) as { code?: unknown; errors?: unknown };
  const fields: FieldProblem[] = [];
  if (Array.isArray(details.errors)) {
    for (const e of details.errors as { path?: unknown; message?: unknown; messageEn?: unknown }[]) {
      const field = Array.isArray(e.path) && e.path.length > 0 ? String(e.path[0]) : '';
      const text = lang === 'en' && typeof e.messageEn === 'string' ? e.messageEn : e.message;
      if (typeof text === 'string') fields.push({ field, message: text });
    }
  }
  return {
    status,
    code: typeof details.code === 'string' ? details.code : null,
    message: localizedMessage(error?.message, lang),
    rawMessage: typeof error?.message === 'string' ? error.message : '',
    fields,
  };
}

export async function callApi<T>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; json?: unknown } = {},
): Promise<ApiResult<T>> {
  const lang = pageLang();
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        ...(options.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
    });
  } catch {
    return { ok: false, status: 0, failure: { status: 0, code: null, message: null, rawMessage: '', fields: [] } };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.ok) return { ok: true, status: response.status, body: body as T };
  return { ok: false, status: response.status, failure: failureOf(response.status, body, lang) };
}

/** A sentence for failures nobody handled more specifically. */
export function generalProblem(failure: ApiFailure, t: ClientUi = messages()): string {
  if (failure.status === 0) return t.networkError;
  if (failure.status === 429) return t.tooManyRequests;
  return failure.message ?? t.genericError;
}

/** Only paths on this site may follow a login (no open redirect to another host). */
export function safeNext(value: string | null, lang: Lang): string {
  const fallback = `/${lang}/`;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  try {
    const url = new URL(value, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

export const loginHref = (lang: Lang, next = window.location.pathname + window.location.search): string =>
  `/${lang}/account/login/?next=${encodeURIComponent(next)}`;
