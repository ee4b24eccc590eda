import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What belongs to the request being served, wherever the code runs (a log line, an audit entry). */
interface RequestContext {
  requestId: string;
  /** Answers computed once per request (see rememberForRequest). */
  memo: Map<string, Promise<unknown>>;
}

const storage = new AsyncLocalStorage<RequestContext>();

// What a proxy may hand us as a request id: nginx's $request_id (32 hex) or a UUID; nothing that could forge a log line.
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The id of the request in progress, or undefined outside one (jobs, start-up). */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

/** The proxy's id when it is trusted and well-formed, so one id follows a request from nginx to the audit log. */
export const chooseRequestId = (offered: string | undefined, trustProxy: boolean): string =>
  trustProxy && offered && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();

export const runWithRequestId = <T>(requestId: string, work: () => Promise<T>): Promise<T> =>
  storage.run({ requestId, memo: new Map() }, work);

/**
 * The answer `compute` gives for `key`, computed once per request: several layers of one request ask the same
 * question (the session cookie middleware and users-permissions both verify the token). Outside a request it is
 * simply computed.
 */
export function rememberForRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = storage.getStore()?.memo;
  if (!memo) return compute();
  let answer = memo.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = compute();
    memo.set(key, answer);
  }
  return answer;
}
