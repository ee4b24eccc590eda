import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '@vzd/config';
import { seeds } from '@vzd/database';
import { closeDb } from '../harness/database';
import { logInToAdmin, petitionAwaitingAnswer, petitionAwaitingModeration } from './support/admin';
import { axeViolations, describeViolations, isBlocking, type AxeViolation } from './support/axe';
import { launchBrowser, newVisitor, screenshot, SCREENSHOT_DIR, step, type Session } from './support/browser';

/**
 * Journey 6: the plugin pages of the admin panel speak Ukrainian by default through Strapi's translations, switch to
 * English when an official picks it in their profile, and have no serious or critical WCAG 2.1 A/AA violation (axe,
 * after the page has loaded its data). Findings go to screenshots/admin-axe-report.json.
 */

// A whole journey per test: its own budget (jest's default is 5 s, and the http project's testTimeout is not applied).
jest.setTimeout(180_000);

type Messages = Record<string, string>;
const MODULES = ['core', 'petitions', 'consultations', 'polls'] as const;
const messages = (locale: 'uk' | 'en'): Messages[] =>
  MODULES.map((name) => require(join(repoRoot, 'plugins', name, 'admin', 'src', 'translations', `${locale}.json`)) as Messages);

/** The labels of one language that the other language words differently (a "Ukrainian / English" pair has neither). */
function onlyIn(locale: 'uk' | 'en'): Set<string> {
  const other = locale === 'uk' ? 'en' : 'uk';
  const mine = messages(locale);
  const theirs = messages(other);
  const labels = new Set<string>();
  mine.forEach((m, i) => {
    for (const [key, text] of Object.entries(m)) if (text !== theirs[i]![key] && !text.includes('{')) labels.add(text);
  });
  return labels;
}

/** Lines of the page's main area that are labels of the other language: none may be left when a language is chosen. */
async function foreignLabels(page: Page, locale: 'uk' | 'en'): Promise<string[]> {
  const foreign = onlyIn(locale === 'uk' ? 'en' : 'uk');
  const text = await page.locator('main').innerText();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => foreign.has(line));
}

let browser: Browser;
const report: Record<string, AxeViolation[]> = {};

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'cms', 'dist', 'build', 'index.html'))) {
    throw new Error('the admin panel is not built: run `node cms/tests/browser/support/ensure-admin-build.js` (npm test does)');
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'admin-axe-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await browser?.close();
  await closeDb();
});

/** The loading labels of every module in both languages: a page is audited once none of them is left. */
const LOADING = [...messages('uk'), ...messages('en')].flatMap((m) => Object.entries(m)).filter(([key]) => key === 'loading').map(([, text]) => text);

/** Photographs the page once its data has loaded, runs axe and returns the serious and critical findings, one line each. */
async function audit(page: Page, name: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction((labels) => {
    const text = document.querySelector('main')?.textContent ?? '';
    return !labels.some((label) => text.includes(label));
  }, LOADING);
  await screenshot(page, name);
  const violations = await axeViolations(page);
  report[`${name} ${new URL(page.url()).pathname}`] = violations;
  return describeViolations(violations.filter(isBlocking));
}

describe('the plugin pages of the admin panel, in Ukrainian by default', () => {
  let official: Session;

  beforeAll(async () => {
    // An English browser: the admin's language follows the platform, not the browser.
    official = await newVisitor(browser, { locale: 'en-GB', viewport: { width: 1440, height: 1000 }, bypassCSP: true });
  });

  it('opens the login page in Ukrainian for a browser that never chose a language', async () => {
    const { page } = official;
    await step(page, 'admin-login-uk', async () => {
      await page.goto('/admin');
      await page.waitForURL('**/admin/auth/login');
      await page.getByRole('button', { name: 'Увійти' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe('uk');
    });
    await step(page, 'admin-login', () => logInToAdmin(page, seeds.demoOfficial.email));
  });

  it('shows every plugin page in Ukrainian only, with no serious or critical WCAG 2.1 A/AA violation', async () => {
    const { page } = official;
    const moderated = await petitionAwaitingModeration();
    const awaiting = await petitionAwaitingAnswer();
    const bucha = (items: { authority: string; title: string }[]) => items.find((i) => i.authority === 'bucha')!.title;
    const found: string[] = [];
    const check = async (name: string, heading: string) => {
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor({ timeout: 20_000 });
      expect([name, await foreignLabels(page, 'uk')]).toEqual([name, []]);
      found.push(...(await audit(page, name)));
    };

    await step(page, 'admin-petitions-moderation', async () => {
      await page.getByRole('link', { name: 'Петиції' }).click();
      await page.waitForURL('**/admin/plugins/petitions/moderation');
      const card = page.getByRole('article', { name: moderated.title });
      await card.waitFor({ timeout: 20_000 });
      // The status of a filed petition is the orange badge that read 3.6:1 before.
      await card.getByText('На модерації', { exact: true }).waitFor();
      await check('admin-petitions-moderation', 'Петиції');
      await card.getByRole('button', { name: 'Відхилити' }).click();
      await page.getByRole('dialog', { name: 'Відхилити петицію' }).waitFor();
      found.push(...(await audit(page, 'admin-petitions-reject-dialog')));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    });

    await step(page, 'admin-petitions-answer', async () => {
      await page.getByRole('tab', { name: 'Очікують відповіді' }).click();
      const card = page.getByRole('article', { name: awaiting.title });
      await card.waitFor({ timeout: 20_000 });
      await check('admin-petitions-answer', 'Петиції');
      await card.getByRole('button', { name: 'Надати відповідь' }).click();
      await page.getByRole('dialog', { name: 'Відповідь на петицію' }).waitFor();
      found.push(...(await audit(page, 'admin-petitions-answer-dialog')));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    });

    await step(page, 'admin-petitions-overdue', async () => {
      await page.getByRole('tab', { name: 'Прострочені' }).click();
      await page.waitForURL('**/admin/plugins/petitions/overdue');
      await check('admin-petitions-overdue', 'Петиції');
    });

    await step(page, 'admin-consultations', async () => {
      await page.getByRole('link', { name: 'Консультації' }).click();
      await page.getByRole('link', { name: bucha(seeds.demoConsultations) }).waitFor({ timeout: 20_000 });
      await check('admin-consultations', 'Консультації');
    });

    await step(page, 'admin-consultation', async () => {
      const title = bucha(seeds.demoConsultations);
      await page.getByRole('link', { name: title }).click();
      await page.getByText('Розділи проєкту акта').first().waitFor({ timeout: 20_000 });
      await check('admin-consultation', title);
    });

    await step(page, 'admin-polls', async () => {
      await page.getByRole('link', { name: 'Опитування' }).click();
      await page.waitForURL('**/admin/plugins/polls/active');
      await page.getByRole('article').first().waitFor({ timeout: 20_000 });
      await check('admin-polls', 'Опитування');
    });

    await step(page, 'admin-polls-closed', async () => {
      await page.getByRole('tab', { name: 'Завершені' }).click();
      await page.waitForURL('**/admin/plugins/polls/closed');
      const card = page.getByRole('article').first();
      await card.waitFor({ timeout: 20_000 });
      await check('admin-polls-closed', 'Опитування');
      await card.getByRole('link', { name: 'Результати' }).click();
      await page.getByText('Остаточні результати').waitFor({ timeout: 20_000 });
      expect(await foreignLabels(page, 'uk')).toEqual([]);
      found.push(...(await audit(page, 'admin-poll-results')));
    });

    expect(found).toEqual([]);
    expect(official.pageErrors).toEqual([]);
    expect(official.foreignRequests).toEqual([]);
  });
});

describe('the admin panel switched to English', () => {
  it('shows the menu and every plugin page in English once the official picks English in their profile', async () => {
    const admin = await newVisitor(browser, { locale: 'uk-UA', viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    const { page } = admin;
    await step(page, 'admin-super-login', () => logInToAdmin(page, seeds.demoSuperAdmin.email));

    await step(page, 'admin-profile-english', async () => {
      await page.goto('/admin/me');
      await page.getByRole('combobox', { name: 'Мова інтерфейсу' }).click();
      await page.getByRole('option', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Зберегти' }).click();
      await page.getByRole('button', { name: 'Save' }).waitFor();
    });

    const found: string[] = [];
    for (const [menu, heading, path] of [
      ['Petitions', 'Petitions', '/admin/plugins/petitions/moderation'],
      ['Consultations', 'Consultations', '/admin/plugins/consultations'],
      ['Polls', 'Polls', '/admin/plugins/polls/active'],
      ['Notifications', 'Mail outbox', '/admin/plugins/core'],
    ] as const) {
      await step(page, `admin-en-${menu.toLowerCase()}`, async () => {
        await page.getByRole('link', { name: menu, exact: true }).click();
        await page.waitForURL(`**${path}`);
        await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor({ timeout: 20_000 });
        await page.waitForLoadState('networkidle');
        expect([menu, await foreignLabels(page, 'en')]).toEqual([menu, []]);
        found.push(...(await audit(page, `admin-en-${menu.toLowerCase()}`)));
      });
    }
    await step(page, 'admin-en-petition-tabs', async () => {
      await page.getByRole('link', { name: 'Petitions', exact: true }).click();
      await page.getByRole('tab', { name: 'Awaiting answer' }).click();
      await page.waitForURL('**/admin/plugins/petitions/answer');
    });

    expect(found).toEqual([]);
    expect(admin.pageErrors).toEqual([]);
    expect(admin.foreignRequests).toEqual([]);
  });
});
