import { request } from 'node:http';
import type { ApiResponse } from '../../harness/http';
import { testServer } from '../../harness/server';

/**
 * One request sent from a loopback address of the test's own (127.x.y.z all reach the server on 127.0.0.1), so
 * per-address budgets and failure counts it fills or inspects are not shared with the other test files.
 */
export function apiFrom(localAddress: string, method: string, path: string, body?: unknown): Promise<ApiResponse> {
  const { url } = testServer();
  const target = new URL(url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        localAddress,
        method,
        path,
        headers: {
          accept: 'application/json',
          origin: url,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            /* not JSON: keep the text */
          }
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A loopback address no other test uses (the last two bytes drawn at random). */
export const privateLoopback = () => `127.${50 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
