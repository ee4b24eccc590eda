import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '@vzd/config';
import { seeds } from '@vzd/database';
import { closeDb } from '../harness/database';
import { api } from '../harness/http';
import { logInToAdmin, petitionAwaitingAnswer } from './support/admin';
import { launchBrowser, newVisitor, screenshot, step, type Session } from './support/browser';
import { rebuildServedSite } from './support/site';

/**
 * Journey 4: the demo official answers, in the admin panel, a petition that reached its threshold, and the answer
 * reaches the public site once it is rebuilt with the platform's build function (the automatic rebuild is off in
 * tests: see test-environment.ts).
 */

// A whole journey per test: its own budget (jest's default is 5 s, and the http project's testTimeout is not applied).
jest.setTimeout(120_000);

let browser: Browser;
let official: Session;

beforeAll(async () => {
  // Strapi starts without it and only /admin fails, so say plainly what is missing.
  if (!existsSync(join(repoRoot, 'cms', 'dist', 'build', 'index.html'))) {
    throw new Error('the admin panel is not built: run `node cms/tests/browser/support/ensure-admin-build.js` (npm test does)');
  }
  browser = await launchBrowser();
  official = await newVisitor(browser, { locale: 'en-GB', viewport: { width: 1440, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await closeDb();
});

const ANSWER =
  'Виконавчий комітет підтримує петицію: зупинку з навісом і лавкою облаштують біля нової школи до 1 березня, ' +
  'кошти передбачено в бюджеті громади на наступний рік.';

describe('an official answers a petition in the admin panel', () => {
  it('logs in, opens Петиції → Очікують відповіді, answers, and the site shows the answer', async () => {
    const { page } = official;
    const petition = await petitionAwaitingAnswer();

    await step(page, 'admin-login', () => logInToAdmin(page, seeds.demoOfficial.email));

    const card = page.getByRole('article', { name: petition.title });

    await step(page, 'admin-queue', async () => {
      await page.getByRole('link', { name: 'Петиції' }).click();
      await page.getByRole('tab', { name: 'Очікують відповіді' }).click();
      await page.waitForURL('**/admin/plugins/petitions/answer');
      await card.waitFor({ timeout: 20_000 });
      expect(await card.textContent()).toContain('Бучанська');
    });

    await step(page, 'admin-answer', async () => {
      await card.getByRole('button', { name: 'Надати відповідь' }).click();
      const dialog = page.getByRole('dialog', { name: 'Відповідь на петицію' });
      await dialog.getByRole('textbox', { name: /^Текст відповіді/ }).fill(ANSWER);
      await screenshot(page, 'admin-answer-dialog');
      await dialog.getByRole('button', { name: 'Оприлюднити відповідь' }).click();
      await page.getByText('Відповідь оприлюднено').first().waitFor();
      await dialog.waitFor({ state: 'detached' });
      // Answered petitions leave the queue.
      await card.waitFor({ state: 'detached' });
      await screenshot(page, 'admin-answer-queue');
    });

    const detail = await api('GET', `/api/petitions/petitions/${petition.id}`);
    expect(detail.body.data).toMatchObject({ status: 'answered', answer: ANSWER });

    await step(page, 'site-rebuild', () => rebuildServedSite());

    await step(page, 'site-shows-answer', async () => {
      const url = `/uk/petitions/${petition.id}/`;
      await page.goto(url);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(petition.title);
      const answer = page.getByRole('region', { name: 'Відповідь органу влади' });
      expect(await answer.textContent()).toContain(ANSWER);
      expect(await page.locator('article.petition').getAttribute('data-status')).toBe('answered');
      await screenshot(page, 'journey-answered-on-site');
    });

    expect(official.pageErrors).toEqual([]);
    // The admin panel must not call out (telemetry is off in cms/package.json, release checks in cms/src/admin/app.ts).
    expect(official.foreignRequests).toEqual([]);
  });

  // The same signed-in session (Strapi allows few admin logins per address, and the tests share one address).
  it('opens the consultations and polls pages of the admin panel, which load their lists', async () => {
    const { page } = official;
    const bucha = (items: { authority: string; title: string }[]) => items.find((i) => i.authority === 'bucha')!.title;
    for (const [menu, title, shot] of [
      ['Консультації', bucha(seeds.demoConsultations), 'admin-consultations'],
      ['Опитування', bucha(seeds.demoPolls), 'admin-polls'],
    ] as const) {
      await step(page, shot, async () => {
        await page.goto('/admin');
        await page.getByRole('link', { name: menu }).click();
        await page.getByText(title).first().waitFor({ timeout: 20_000 });
        await screenshot(page, shot);
      });
    }
    expect(official.pageErrors).toEqual([]);
  });
});
