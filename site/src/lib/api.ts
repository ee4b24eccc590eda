/**
 * Build-time access to the public API. The base URL comes from SITE_API_URL (set by the CMS when it rebuilds the
 * site); pages never call this at run time — browsers use relative `/api/...` URLs on the same origin.
 */

const DEFAULT_API_URL = 'http://127.0.0.1:1337';
const TIMEOUT_MS = 20_000;
const RETRIES = 2;

export function apiBaseUrl(): string {
  const raw = process.env.SITE_API_URL?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_API_URL is not a URL: "${raw}" (expected e.g. ${DEFAULT_API_URL})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_API_URL must be http(s), got "${raw}"`);
  }
  return url.href.replace(/\/+$/, '');
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Minimal structural type shared by zod 3 and zod 4 schemas, so callers can pass the plugins' contracts. */
export interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GET a JSON document from the API. Network failures and 5xx answers are retried a couple of times (the CMS may
 * be busy right after publishing); 4xx answers are not. A 404 resolves to `null` so loaders can skip an item that
 * vanished between the list and the detail request.
 */
export async function getJson(path: string): Promise<unknown | null> {
  const url = `${apiBaseUrl()}${path}`;
  let lastError: unknown = null;
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    if (attempt > 0) await sleep(500 * attempt);
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      lastError = error;
      continue;
    }
    if (response.status === 404) return null;
    if (response.status >= 500) {
      lastError = new ApiError(`GET ${url} answered ${response.status}`, response.status, path);
      continue;
    }
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      throw new ApiError(`GET ${url} answered ${response.status}: ${body.slice(0, 300)}`, response.status, path);
    }
    try {
      return await response.json();
    } catch {
      throw new ApiError(`GET ${url} did not answer JSON`, response.status, path);
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new ApiError(
    `Cannot read ${url} (${reason}). Is the CMS running? Set SITE_API_URL to its address.`,
    null,
    path,
  );
}

/** GET and validate with a contract; the error names the path and the first offending fields. */
export async function getValidated<T>(path: string, contract: Parser<T>): Promise<T | null> {
  const body = await getJson(path);
  if (body === null) return null;
  return validate(body, contract, `GET ${path}`);
}

export function validate<T>(value: unknown, contract: Parser<T>, what: string): T {
  const result = contract.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  throw new Error(`${what} does not match the contract: ${issues}`);
}

/** Runs `task` over `items` with at most `limit` requests in flight, keeping the input order. */
export async function mapLimited<I, O>(items: readonly I[], limit: number, task: (item: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const LIST_PAGE_SIZE = 100; // the API's maximum

interface PagedList {
  data: readonly { documentId: string }[];
  meta: { pagination: { pageCount: number } };
}

/**
 * Every documentId of a module's public list, read page by page and validated with the list contract. Duplicates
 * are dropped: an item published while the pages are read shifts the others, so one can appear on two pages.
 * `module` names the plugin in the error.
 */
export async function allDocumentIds(base: string, contract: Parser<PagedList>, module: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const list = await getValidated(`${base}?page=${page}&pageSize=${LIST_PAGE_SIZE}`, contract);
    if (!list) throw new Error(`GET ${base} answered 404: is the ${module} plugin enabled?`);
    ids.push(...list.data.map((item) => item.documentId));
    pageCount = list.meta.pagination.pageCount;
  }
  return [...new Set(ids)];
}
