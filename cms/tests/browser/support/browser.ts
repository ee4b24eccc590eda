import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { repoRoot } from '@vzd/config';
import { testServer } from '../../harness/server';

/** Git-ignored; every run overwrites the pictures of the page templates and of any failed step. */
export const SCREENSHOT_DIR = join(repoRoot, 'screenshots');

// Debian's Chromium, not a downloaded one; nothing may reach the network beyond the test server.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser per test file. Playwright gives it a fresh temporary profile (user-data-dir) and deletes it on close. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught script errors on any page of the context: the site's scripts must not throw. */
  pageErrors: string[];
  /** Requests the site tried to send anywhere but the test server (aborted). */
  foreignRequests: string[];
}

/**
 * A fresh visitor (own cookies and storage) reading the test server in Ukrainian, in Kyiv time. Requests to any
 * other origin are aborted and recorded, so a page that quietly loads a font or a tracker fails its test.
 */
export async function newVisitor(browser: Browser, options: BrowserContextOptions = {}): Promise<Session> {
  const { url } = testServer();
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    baseURL: url,
    locale: 'uk-UA',
    timezoneId: 'Europe/Kyiv',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route(
    (target) => target.origin !== origin && target.protocol !== 'data:' && target.protocol !== 'blob:',
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
  const page = await context.newPage();
  return { context, page, pageErrors, foreignRequests };
}

/** Gives the visitor a signed-in session, the way a login would (the cookie is httpOnly, like the real one). */
export async function signIn(session: Session, cookie: string): Promise<void> {
  const [name, value] = cookie.split('=', 2) as [string, string];
  await session.context.addCookies([{ name, value, url: testServer().url, httpOnly: true, sameSite: 'Lax' }]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/**
 * Runs one step of a journey; when it fails, the page is photographed as `failed-<name>.png` before the error goes
 * up (and a picture left by an earlier failure of the step is removed once it passes).
 */
export async function step<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const result = await action();
    rmSync(join(SCREENSHOT_DIR, `failed-${name}.png`), { force: true });
    if (process.env.BROWSER_TIMINGS) process.stdout.write(`[browser] ${name}: ${Date.now() - started} ms\n`);
    return result;
  } catch (error) {
    const file = await screenshot(page, `failed-${name}`).catch(() => null);
    if (error instanceof Error && file) error.message += `\n(screenshot: ${file}, page: ${page.url()})`;
    throw error;
  }
}
