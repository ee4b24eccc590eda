import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, isBlocking, type AxeViolation } from './support/axe';
import { launchBrowser, newVisitor, screenshot, SCREENSHOT_DIR, step, type Session } from './support/browser';
import { sitePetitionIn } from './support/site';
import { api } from '../harness/http';

/**
 * Journey 5: axe-core (WCAG 2.1 A/AA) on every page template as a guest sees it, in Ukrainian and English, after the
 * page's scripts have run. Serious and critical findings fail; every finding goes to screenshots/axe-report.json,
 * and each template is photographed as screenshots/<template>-<lang>.png.
 */

// A whole journey per test: its own budget (jest's default is 5 s, and the http project's testTimeout is not applied).
jest.setTimeout(45_000);

let browser: Browser;
let visitor: Session;
let pages: Record<'uk' | 'en', Page>;
const report: Record<string, AxeViolation[]> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  // axe is injected as a script tag; the site's own CSP is exercised by the journeys, not here.
  visitor = await newVisitor(browser, { bypassCSP: true });
  pages = { uk: visitor.page, en: await visitor.context.newPage() };
});

afterAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'axe-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await browser?.close();
});

type Lang = 'uk' | 'en';
type Template = [name: string, path: (lang: Lang) => Promise<string>];

const petitionIn = (status: string) => async (lang: Lang) => `/${lang}/petitions/${(await sitePetitionIn(status)).id}/`;

/** The earliest item of a public list (a demo item, so it is in the site built before the tests). */
const earliest = async (path: string): Promise<string> => {
  const items = (await api('GET', `${path}&pageSize=100`)).body.data as { documentId: string; createdAt: string }[];
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0].documentId;
};
const consultation = (status: string) => earliest(`/api/consultations/consultations?status=${status}`);
const poll = (status: string) => earliest(`/api/polls/polls?status=${status}`);

const templates: Template[] = [
  ['home', async (lang) => `/${lang}/`],
  ['petitions', async (lang) => `/${lang}/petitions/`],
  ['petition-collecting', petitionIn('collecting')],
  ['petition-answered', petitionIn('answered')],
  ['petition-rejected', petitionIn('rejected')],
  ['new-petition', async (lang) => `/${lang}/petitions/new/`],
  ['register', async (lang) => `/${lang}/account/register/`],
  ['login', async (lang) => `/${lang}/account/login/`],
  ['confirmed', async (lang) => `/${lang}/account/confirmed/`],
  ['forgot', async (lang) => `/${lang}/account/forgot/`],
  ['reset', async (lang) => `/${lang}/account/reset/`],
  ['authorities', async (lang) => `/${lang}/authorities/`],
  ['authority', async (lang) => `/${lang}/authorities/bucha/`],
  ['account', async (lang) => `/${lang}/account/`],
  ['consultations', async (lang) => `/${lang}/consultations/`],
  ['consultation', async (lang) => `/${lang}/consultations/${await consultation('open')}/`],
  ['consultation-section', async (lang) => `/${lang}/consultations/${await consultation('open')}/sections/1/`],
  ['consultation-report', async (lang) => `/${lang}/consultations/${await consultation('report_published')}/report/`],
  ['polls', async (lang) => `/${lang}/polls/`],
  ['poll', async (lang) => `/${lang}/polls/${await poll('open')}/`],
  ['poll-results', async (lang) => `/${lang}/polls/${await poll('closed')}/results/`],
];

/** Loads a page, waits until its scripts have finished talking to the API, photographs it and runs axe. */
async function audit(page: Page, name: string, path: string, status: number, lang: Lang): Promise<string[]> {
  return step(page, name, async () => {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await screenshot(page, name);
    const violations = await axeViolations(page);
    report[`${name} ${path}`] = violations;
    return describeViolations(violations.filter(isBlocking));
  });
}

describe('page templates', () => {
  // Both languages at once: most of a page's time is waiting for the network to go quiet.
  it.each(templates)('%s (uk and en) has no serious or critical WCAG 2.1 A/AA violation', async (name, pathOf) => {
    const found = await Promise.all(
      (['uk', 'en'] as const).map(async (lang) => audit(pages[lang], `${name}-${lang}`, await pathOf(lang), 200, lang)),
    );
    expect(found.flat()).toEqual([]);
  });

  it('404 (one bilingual page) has no serious or critical WCAG 2.1 A/AA violation', async () => {
    expect(await audit(pages.uk, '404-bilingual', '/uk/no-such-page/', 404, 'uk')).toEqual([]);
  });

  it('left no script errors and made no request outside the site', () => {
    expect(visitor.pageErrors).toEqual([]);
    expect(visitor.foreignRequests).toEqual([]);
  });
});
