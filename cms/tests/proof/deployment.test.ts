import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { RUN_DIR, TEST_SITE_DIR } from '../harness/test-environment';
import { freePort, startTestServer, stopTestServer } from '../harness/test-server';
import { createCitizensBulk, createCollectingPetitions } from '../faults/support/fixtures';
import { startIsolatedStack, type IsolatedStack } from '../faults/support/isolated-stack';
import { productionSecrets } from './support/behind-proxy';
import { startDeployedNginx, type DeployedNginx } from './support/deployment';

/**
 * Issue 16, "A deployment others can copy": deploy/nginx, rendered as deploy/README.md says, terminates TLS, serves
 * the built site from disk and spreads everything else over two production Strapi instances on one database.
 */
describe('the deployment in deploy/: nginx in front of two production instances', () => {
  let stack: IsolatedStack;
  let second: ChildProcess;
  let nginx: DeployedNginx;
  let ports: number[];

  beforeAll(async () => {
    const [port, httpPort, secondPort] = [await freePort(), await freePort(), await freePort()];
    const env = {
      ...productionSecrets(),
      NODE_ENV: 'production',
      TRUSTED_PROXY_HOPS: '1',
      PUBLIC_URL: `https://localhost:${port}`,
      SERVE_ADMIN_PANEL: 'false',
      SITE_REBUILD: 'false',
      // The demo authorities: the petitions below belong to one.
      DEMO_SEED: 'true',
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    };
    stack = await startIsolatedStack('deploy', { env });
    // The second instance starts once the first has created the tables, as `systemctl start vzayemodiia@…` one by one.
    second = (await startTestServer(stack.databaseUrl, join(RUN_DIR, `deploy-mail-${process.pid}`), { LOG_LEVEL: 'error', ...env }, secondPort)).child;
    ports = [Number(new URL(stack.url).port), secondPort];
    nginx = await startDeployedNginx({
      dir: join(RUN_DIR, `deploy-nginx-${process.pid}`),
      port,
      httpPort,
      siteRoot: TEST_SITE_DIR,
      upstreams: ports.map((p) => `127.0.0.1:${p}`),
    });
  }, 240_000);

  afterAll(async () => {
    await nginx?.stop();
    if (second) await stopTestServer(second);
    await stack?.close();
  });

  /** nginx writes a request's log line just after answering it: the lines since `before`, once there are `count`. */
  const logLinesSince = async (before: number, count: number): Promise<string[]> => {
    const until = Date.now() + 5000;
    while (nginx.accessLog().length < before + count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    return nginx.accessLog().slice(before);
  };

  it('serves the built site itself, compressed and with the production Content-Security-Policy', async () => {
    expect(existsSync(join(TEST_SITE_DIR, 'index.html'))).toBe(true);
    const before = nginx.accessLog().length;
    const page = await nginx.send('GET', '/', { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(String(page.headers['content-security-policy'])).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
    // Answered from disk: no instance was asked.
    expect(await logLinesSince(before, 1)).toEqual(['GET / 200 -']);
  });

  it('proxies health and keeps /metrics off the public address', async () => {
    expect((await nginx.send('GET', '/_health/ready')).status).toBeLessThan(300);
    expect((await nginx.send('GET', '/metrics')).status).toBe(404);
  });

  it('spreads signing over both instances and stores every accepted signature once', async () => {
    const [petition] = await createCollectingPetitions(stack.db, 1);
    const citizens = await createCitizensBulk(stack.db, 40);
    const before = nginx.accessLog().length;
    const statuses: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < citizens.length) {
        const citizen = citizens[next++];
        const path = `/api/petitions/petitions/${petition.documentId}/signatures`;
        statuses.push((await nginx.send('POST', path, { cookie: citizen.cookie })).status);
        // The same person again: refused, whichever instance answers.
        statuses.push((await nginx.send('POST', path, { cookie: citizen.cookie })).status);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(statuses.filter((s) => !(s >= 200 && s < 300) && s !== 409)).toEqual([]);
    const accepted = statuses.filter((s) => s >= 200 && s < 300).length;
    expect(accepted).toBe(citizens.length);
    const { rows } = await stack.db.query<{ user_id: number; n: number }>(
      'SELECT user_id, count(*)::int AS n FROM petitions_signatures WHERE petition_id = $1 GROUP BY user_id',
      [petition.id],
    );
    expect(rows).toHaveLength(accepted);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);

    const answeredBy = new Set(
      (await logLinesSince(before, statuses.length))
        .filter((line) => line.startsWith('POST /api/petitions/'))
        .map((line) => line.split(' ')[3]),
    );
    expect(answeredBy).toEqual(new Set(ports.map((p) => `127.0.0.1:${p}`)));
  }, 120_000);
});
