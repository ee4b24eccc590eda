import type { Browser } from 'playwright-core';
import { launchBrowser, newVisitor, step, type Session } from './support/browser';
import { siteIndex } from './support/site';

/** Journey 1: a reader finds a petition of their community and reads it in both languages. */

// A whole journey per test: its own budget (jest's default is 5 s, and the http project's testTimeout is not applied).
jest.setTimeout(60_000);

let browser: Browser;
let visitor: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  visitor = await newVisitor(browser);
});

afterAll(async () => {
  await browser?.close();
});

const AUTHORITY = 'bucha';

describe('browsing the site', () => {
  it('goes from the home page to a petition of one authority, then to English and back', async () => {
    const { page } = visitor;
    // What the served site knows (other journeys may have rebuilt it with more petitions by now).
    const matching = (await siteIndex()).filter((p) => p.authority.slug === AUTHORITY && p.status === 'collecting');
    const authorityName = matching[0]!.authority.nameUk;

    await step(page, 'browse-home', async () => {
      // The root address refreshes to the Ukrainian home page.
      await page.goto('/');
      await page.waitForURL('**/uk/');
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    });

    await step(page, 'browse-list', async () => {
      await page.getByRole('navigation', { name: 'Основна навігація' }).getByRole('link', { name: 'Петиції', exact: true }).click();
      await page.waitForURL('**/uk/petitions/');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Електронні петиції');
      expect(await page.locator('[data-static-results] article.card').count()).toBeGreaterThan(0);
    });

    await step(page, 'browse-filter', async () => {
      const filters = page.getByRole('search');
      await filters.getByLabel('Орган влади').selectOption(AUTHORITY);
      await filters.getByLabel('Статус').selectOption('collecting');
      await filters.getByRole('button', { name: 'Показати' }).click();
      await page.waitForURL((url) => url.pathname === '/uk/petitions/' && url.searchParams.get('authority') === AUTHORITY);
      const results = page.locator('[data-filter-results]');
      await results.locator('article.card').first().waitFor();
      expect(await page.locator('[data-static-results]').isHidden()).toBe(true);
      // The first batch of matches: every card is of this authority and collecting; the summary counts all of them.
      const cards = results.locator('article.card');
      expect(await cards.count()).toBe(Math.min(matching.length, 20));
      expect((await results.locator('article.card .card-meta').allTextContents()).every((m) => m.trim() === authorityName)).toBe(true);
      expect(await cards.evaluateAll((all) => all.every((card) => card.getAttribute('data-status') === 'collecting'))).toBe(true);
      expect(await page.locator('[data-filter-summary]').textContent()).toContain(`Знайдено ${matching.length} `);
      // The form keeps the chosen filters, and a reset link appears.
      expect(await filters.getByLabel('Орган влади').inputValue()).toBe(AUTHORITY);
      expect(await filters.getByLabel('Статус').inputValue()).toBe('collecting');
      expect(await page.locator('[data-filter-reset]').isVisible()).toBe(true);
    });

    const { id, title } = await step(page, 'browse-petition', async () => {
      const link = page.locator('[data-filter-results] article.card .card-title a').first();
      const chosen = (await link.textContent())!;
      await link.click();
      await page.waitForURL(/\/uk\/petitions\/[a-z0-9]+\/$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(chosen);
      expect(await page.locator('.petition-facts').first().textContent()).toContain(authorityName);
      // The live count replaces the built one with the API's; it reads "N з M підписів".
      expect(await page.locator('petition-progress [data-progress-text]').textContent()).toMatch(/^\d+ з [\d\s\u00a0]+ підпис/);
      return { id: new URL(page.url()).pathname.split('/')[3]!, title: chosen };
    });

    await step(page, 'browse-english', async () => {
      await page.getByRole('link', { name: /English/ }).click();
      await page.waitForURL(`**/en/petitions/${id}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      expect(await page.locator('petition-progress [data-progress-text]').textContent()).toMatch(/^\d+ of [\d,]+ signatures?$/);
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Petitions', exact: true }).waitFor();
    });

    await step(page, 'browse-back-to-ukrainian', async () => {
      await page.getByRole('link', { name: /Українська/ }).click();
      await page.waitForURL(`**/uk/petitions/${id}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    });

    expect(visitor.pageErrors).toEqual([]);
    expect(visitor.foreignRequests).toEqual([]);
  });
});
