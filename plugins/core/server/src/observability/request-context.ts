import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What belongs to the request being served, wherever the code runs (a log line, an audit entry). */
interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

// What a proxy may hand us as a request id: nginx's $request_id (32 hex) or a UUID; nothing that could forge a log line.
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The id of the request in progress, or undefined outside one (jobs, start-up). */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

/** The proxy's id when it is trusted and well-formed, so one id follows a request from nginx to the audit log. */
export const chooseRequestId = (offered: string | undefined, trustProxy: boolean): string =>
  trustProxy && offered && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();

export const runWithRequestId = <T>(requestId: string, work: () => Promise<T>): Promise<T> => storage.run({ requestId }, work);
