import { launchBrowser } from '../browser/support/browser';
import { createCollectingPetitions } from '../faults/support/fixtures';
import {
  AUTH_LIMIT,
  demoCitizenLogin,
  demoOfficialLogin,
  productionSecrets,
  startProductionBehindProxy,
  startServeScript,
  type ProductionBehindProxy,
} from './support/behind-proxy';

/**
 * Issue 9, "Production behind a proxy": Strapi in production mode behind a real TLS-terminating nginx. Before the
 * fix Strapi ignored the proxy setting, so a correct login answered 500 (a Secure cookie over what it took for
 * plain HTTP) and every citizen shared nginx's address, and with it one rate limit.
 * Each client below connects to nginx from its own loopback address, which nginx appends to X-Forwarded-For.
 */
describe('production behind a TLS-terminating reverse proxy', () => {
  let deployment: ProductionBehindProxy;

  beforeAll(async () => {
    deployment = await startProductionBehindProxy();
  }, 240_000);

  afterAll(async () => {
    await deployment?.close();
  });

  const login = (from: string, body: unknown, headers?: Record<string, string>) =>
    deployment.send('POST', '/api/core/session', { from, body, headers });
  // One unknown account per client, so the per-account lockout of failed logins never stands in for the address limit.
  const unknownAccount = (client: string) => ({ identifier: `nobody-${client}@proxy.test`, password: 'not-the-password' });

  it('answers a correct login with 200 and a Secure, httpOnly session cookie', async () => {
    const response = await login('127.0.0.10', demoCitizenLogin());
    expect(response.status).toBe(200);
    const cookie = (response.headers['set-cookie'] ?? []).find((c) => c.startsWith('vzd_session='));
    expect(cookie).toBeDefined();
    expect(cookie!.toLowerCase()).toEqual(expect.stringContaining('; secure'));
    expect(cookie!.toLowerCase()).toEqual(expect.stringContaining('; httponly'));
  });

  it('lets a citizen who signed in through the proxy sign a petition', async () => {
    const [petition] = await createCollectingPetitions(deployment.stack.db, 1);
    const signedIn = await login('127.0.0.11', demoCitizenLogin());
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers['set-cookie'] ?? []).find((c) => c.startsWith('vzd_session='))!.split(';')[0];
    const signed = await deployment.send('POST', `/api/petitions/petitions/${petition.documentId}/signatures`, { from: '127.0.0.11', cookie });
    expect(signed.status).toBe(201);
    const again = await deployment.send('POST', `/api/petitions/petitions/${petition.documentId}/signatures`, { from: '127.0.0.11', cookie });
    expect(again.status).toBe(409);
  });

  it('counts the login limit per real client address, not once for everyone behind the proxy', async () => {
    for (let i = 0; i < AUTH_LIMIT; i++) expect((await login('127.0.0.20', unknownAccount('20'))).status).not.toBe(429);
    expect((await login('127.0.0.20', unknownAccount('20'))).status).toBe(429);
    // Another citizen, same proxy: untouched by the first one's limit.
    const other = await login('127.0.0.21', unknownAccount('21'));
    expect(other.status).not.toBe(429);
    expect([400, 401]).toContain(other.status);
  });

  it('does not let a client escape the limit by writing its own X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= AUTH_LIMIT; i++) {
      const spoofed = `198.51.100.${i + 1}`;
      statuses.push((await login('127.0.0.30', unknownAccount('30'), { 'x-forwarded-for': spoofed })).status);
    }
    expect(statuses.slice(0, AUTH_LIMIT)).not.toContain(429);
    expect(statuses[AUTH_LIMIT]).toBe(429);
    // Nor can a client be charged for another's attempts by naming that other's address.
    expect((await login('127.0.0.31', unknownAccount('31'), { 'x-forwarded-for': '127.0.0.30' })).status).not.toBe(429);
  });

  it('serves an admin panel that loads and signs an official in under the production Content-Security-Policy', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-GB' });
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) refused.push(message.text());
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${deployment.proxy.url}/admin`);
      await page.waitForURL('**/admin/auth/login');
      const { email, password } = demoOfficialLogin();
      await page.getByLabel(/^Email/).fill(email);
      // The admin opens in Ukrainian for a browser with no stored choice (cms/src/admin/app.ts).
      await page.getByLabel(/^Пароль/).fill(password);
      await page.getByRole('button', { name: 'Увійти' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth/'));
      expect(refused).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it.each(['/api/core/session', '/admin/auth/login'])('sends no X-Powered-By and allows only script files on %s', async (path) => {
    const response = await deployment.send('GET', path, { from: '127.0.0.50', headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers['x-powered-by']).toBeUndefined();
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
  });
});

describe('the start-up checks of serve.js', () => {
  it('refuses to start without an explicit NODE_ENV, in one sentence', async () => {
    const { code, output } = await startServeScript({ NODE_ENV: undefined });
    expect(code).not.toBe(0);
    expect(output).toMatch(/NODE_ENV is missing: serve\.js does not guess the mode, so set NODE_ENV=production/);
  });

  it('refuses a production start that does not say how many proxies stand in front of it', async () => {
    const { code, output } = await startServeScript({ ...productionSecrets(), NODE_ENV: 'production', TRUSTED_PROXY_HOPS: undefined });
    expect(code).not.toBe(0);
    expect(output).toMatch(/TRUSTED_PROXY_HOPS is missing: needed in production/);
  });

  it('refuses the development mail viewer in production', async () => {
    const { code, output } = await startServeScript({ ...productionSecrets(), NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '0', DEV_MAIL_VIEWER: 'true' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/DEV_MAIL_VIEWER: must be off in production/);
  });
});
