import http from 'node:http';

/** Status 0 = the connection failed, -1 = no answer within the timeout (a hanging request). */
export interface Answer {
  status: number;
  ms: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export interface HttpClient {
  request(method: string, path: string, options?: { headers?: Record<string, string>; body?: string }): Promise<Answer>;
  close(): void;
}

/** A keep-alive HTTP client with one socket per simulated client, as browsers behind one site would hold them. */
export function httpClient(baseUrl: string, sockets: number, timeoutMs = 30_000): HttpClient {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  return {
    request(method, path, options = {}) {
      const started = performance.now();
      return new Promise<Answer>((resolve) => {
        let settled = false;
        const finish = (status: number, body = '', headers: http.IncomingHttpHeaders = {}) => {
          if (settled) return;
          settled = true;
          resolve({ status, ms: performance.now() - started, body, headers });
        };
        const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
        if (options.body !== undefined) {
          headers['content-type'] ??= 'application/json';
          headers['content-length'] = String(Buffer.byteLength(options.body));
        }
        const req = http.request(
          { hostname: base.hostname, port: base.port, method, path, headers, agent },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), res.headers));
            res.on('error', () => finish(0));
          },
        );
        req.setTimeout(timeoutMs, () => {
          finish(-1);
          req.destroy();
        });
        req.on('error', () => finish(0));
        if (options.body !== undefined) req.write(options.body);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/**
 * A closed loop: `concurrency` workers each take the next job and wait for its answer before the next one, until
 * `next` runs dry or `stop` says so. Jobs already sent are always awaited.
 */
export async function closedLoop<J>(options: {
  concurrency: number;
  next: () => J | null;
  run: (job: J) => Promise<void>;
  stop?: () => boolean;
}): Promise<void> {
  const worker = async () => {
    for (;;) {
      if (options.stop?.()) return;
      const job = options.next();
      if (job === null) return;
      await options.run(job);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(values.reduce((a, b) => a + b, 0) / values.length),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
