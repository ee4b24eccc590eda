import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { petitionIdByTitle } from '../harness/fixtures';
import { closeDb } from '../harness/database';
import { linkIn, waitForMail } from '../harness/mail';
import { axeViolations, describeViolations, isBlocking } from './support/axe';
import { launchBrowser, newVisitor, step, type Session } from './support/browser';
import { apiSignatureCount } from './support/site';

/** Journey 2: a new citizen registers, confirms the address from the mail, signs in and signs a petition. */

// A collecting demo petition far from its threshold that no other test signs (one signature keeps it collecting).
const PETITION = 'Встановити лавки та освітлення в парку Диби';
const ALREADY_SIGNED = 'Ви вже підписали цю петицію';

// A whole journey per test: its own budget (jest's default is 5 s, and the http project's testTimeout is not applied).
jest.setTimeout(90_000);

let browser: Browser;
let visitor: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  visitor = await newVisitor(browser);
});

afterAll(async () => {
  await browser?.close();
  await closeDb();
});

describe('registering and signing', () => {
  it('registers, confirms by mail, signs in from the petition, signs once and is refused the second time', async () => {
    const { page, context } = visitor;
    const tag = randomBytes(4).toString('hex');
    const email = `browser-${tag}@test.vzayemodiia.localhost`;
    const password = `Kashtan-${tag}-Lypa`;
    const id = await petitionIdByTitle(PETITION);

    await step(page, 'sign-register', async () => {
      await page.goto('/uk/account/register/');
      await page.getByLabel("Ім'я користувача", { exact: true }).fill(`browser-${tag}`);
      await page.getByLabel('Електронна пошта', { exact: true }).fill(email);
      await page.getByLabel('Пароль', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Зареєструватися' }).click();
      const status = page.locator('[data-form-status]');
      await status.getByText(`Ми надіслали лист на адресу ${email}`).waitFor();
    });

    await step(page, 'sign-confirm', async () => {
      const link = linkIn(await waitForMail(email, 20_000), 'confirmation=');
      expect(link).toEqual(expect.stringContaining(new URL(page.url()).origin));
      await page.goto(link!);
      await page.waitForURL('**/uk/account/confirmed/');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Адресу підтверджено');
    });

    // Opened before signing: this tab still offers the button when the citizen signs in the other one.
    const second = await context.newPage();

    await step(page, 'sign-login', async () => {
      await page.goto(`/uk/petitions/${id}/`);
      // A guest is told to sign in; the link comes back to this petition.
      const box = page.locator('sign-petition');
      await box.getByText('Щоб підписати петицію, увійдіть до облікового запису.').waitFor();
      await box.getByRole('link', { name: 'Увійти' }).click();
      await page.waitForURL(/\/uk\/account\/login\/\?next=/);
      await page.getByLabel("Електронна пошта або ім'я користувача", { exact: true }).fill(email);
      await page.getByLabel('Пароль', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Увійти' }).click();
      await page.waitForURL(`**/uk/petitions/${id}/`);
      await page.locator('[data-sign-button]').waitFor();
      await second.goto(`/uk/petitions/${id}/`);
      await second.locator('[data-sign-button]').waitFor();
    });

    const before = await apiSignatureCount(id);

    await step(page, 'sign-sign', async () => {
      const liveCount = page.locator('petition-progress [data-progress-text]');
      await liveCount.getByText(new RegExp(`^${before.signatures} з `)).waitFor();
      await page.getByRole('button', { name: 'Підписати петицію' }).click();
      await page.locator('[data-sign-result]').getByText('Дякуємо! Ваш підпис враховано.').waitFor();
      // The page's live count and the API agree on one more signature.
      await liveCount.getByText(new RegExp(`^${before.signatures + 1} з `)).waitFor();
      expect(await apiSignatureCount(id)).toMatchObject({ signatures: before.signatures + 1, status: 'collecting' });
      expect(await page.locator('[data-sign-form]').isHidden()).toBe(true);
      // The announcement region gets keyboard focus once the button is gone.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-sign-result'))).toBe(true);
      const blocking = (await axeViolations(page)).filter(isBlocking);
      expect(describeViolations(blocking)).toEqual([]);
    });

    await step(second, 'sign-again', async () => {
      // The stale tab tries again: the server refuses, the page says so in Ukrainian.
      await second.getByRole('button', { name: 'Підписати петицію' }).click();
      await second.locator('[data-sign-result]').getByText(`${ALREADY_SIGNED}.`).waitFor();
      const refusal = await second.evaluate(async (petition) => {
        const res = await fetch(`/api/petitions/petitions/${petition}/signatures`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
        });
        return { status: res.status, body: await res.json() };
      }, id);
      expect(refusal.status).toBe(409);
      expect(refusal.body.error.details.code).toBe('already_signed');
      expect(refusal.body.error.message).toMatch(new RegExp(`^${ALREADY_SIGNED} / `));
      // After a reload the page knows at once, without offering the button.
      await page.reload();
      await page.locator('[data-sign-result]').getByText(/^Ви підписали цю петицію /).waitFor();
      expect(await page.locator('[data-sign-form]').isHidden()).toBe(true);
      expect((await apiSignatureCount(id)).signatures).toBe(before.signatures + 1);
    });

    expect(visitor.pageErrors).toEqual([]);
    expect(visitor.foreignRequests).toEqual([]);
  });
});
