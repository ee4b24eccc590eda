import { api, type ApiResponse, type RequestOptions } from '../../harness/http';
import { testServer } from '../../harness/server';

export interface Multipart {
  fields: Record<string, string>;
  file?: { name: string; type: string; content: Buffer };
}

export interface SendOptions extends RequestOptions {
  multipart?: Multipart;
  /** Sent as is (bytes), with `headers['content-type']` when given. */
  rawBytes?: Buffer;
}

/** What a browser sends for a string with lone surrogates: each becomes U+FFFD (they cannot be UTF-8 encoded). */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** encodeURIComponent that never throws. */
export const encode = (text: string) => encodeURIComponent(wellFormed(text));

/** `/a/{id}/b` with `{ id: 'x y' }` → `/a/x%20y/b`; values given as `{ raw }` are not encoded (hostile paths). */
export function fillPath(template: string, params: Record<string, string | number | { raw: string }> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return typeof value === 'object' ? value.raw : encode(String(value));
  });
}

export const withQuery = (path: string, query?: Record<string, string> | string) => {
  if (query === undefined) return path;
  const text = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  return text ? `${path}?${text}` : path;
};

async function readResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body, headers: response.headers };
}

const socketClosed = (error: unknown) => /other side closed|ECONNRESET|socket hang up/i.test(String((error as { cause?: unknown })?.cause ?? error));

/**
 * One request as a browser or a script would send it. A keep-alive socket the server closed while idle is a race
 * of the client, not an answer: such a request is sent once more on a new connection. A request that itself makes
 * the server drop the connection does so again, and fails.
 */
export async function send(method: string, path: string, options: SendOptions = {}): Promise<ApiResponse> {
  try {
    return await sendOnce(method, path, options);
  } catch (error) {
    if (!socketClosed(error)) throw error;
    return sendOnce(method, path, options);
  }
}

async function sendOnce(method: string, path: string, options: SendOptions): Promise<ApiResponse> {
  if (!options.multipart && !options.rawBytes) return api(method, path, options);
  const { url } = testServer();
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.origin !== null) headers.origin = options.origin ?? url;
  let body: FormData | Uint8Array;
  if (options.multipart) {
    const form = new FormData();
    for (const [k, v] of Object.entries(options.multipart.fields)) form.append(k, v);
    const file = options.multipart.file;
    if (file) form.append('files', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
    body = form;
  } else {
    body = new Uint8Array(options.rawBytes!);
  }
  // Node's fetch takes FormData and bytes alike; the DOM-less typings only disagree about Uint8Array's buffer type.
  return readResponse(await fetch(url + path, { method, headers, body: body as FormData, redirect: 'manual' }));
}
