import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

// Evaluated through the DevTools protocol rather than added as a <script>: the site's Content-Security-Policy
// (script-src 'self') rightly refuses an injected inline script, and the pages are audited under that policy.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 levels A and AA, the level EN 301 549 asks of public-sector web pages. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/** Runs axe-core in the page as it stands (after scripts have run) and returns every WCAG A/AA violation. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n: any) => ({ target: n.target.map(String), html: String(n.html).slice(0, 300), failureSummary: n.failureSummary ?? '' })),
    }));
  }, WCAG_TAGS);
}

/**
 * axe for a page shown with JavaScript off, where axe itself cannot run (its timers never fire): the page as it
 * stands, scripts removed, is served again at its own address to a scripted page of a fresh context, and audited
 * there — same HTML, same stylesheets, same `:target`.
 */
export async function axeViolationsWithoutScripts(browser: Browser, page: Page): Promise<AxeViolation[]> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const url = new URL(page.url());
  const context = await browser.newContext({ bypassCSP: true, viewport: page.viewportSize() ?? undefined });
  try {
    const copy = await context.newPage();
    await copy.route(
      (target) => target.origin === url.origin && target.pathname === url.pathname,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(url.href, { waitUntil: 'load' });
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}

export const isBlocking = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';

/** One line per offending element, readable in a failed expectation. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.html}`),
  );
}
