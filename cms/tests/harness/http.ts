import { testServer } from './server';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string;
  cookie?: string;
  bearer?: string;
  /** Defaults to the server's own origin, as a browser on the site would send. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** One real HTTP request to the test server. */
export async function api<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const { url } = testServer();
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.origin !== null && method !== 'GET') headers.origin = options.origin ?? url;
  const response = await fetch(url + path, {
    method,
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    redirect: 'manual',
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
