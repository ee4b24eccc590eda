import type { Browser } from 'playwright-core';
import { createCitizen } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { axeViolations, describeViolations, isBlocking } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn, step, type Session } from './support/browser';

/** Journey 3: a signed-in citizen files a petition through the form, correcting a title that is too short. */

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
  await closeDb();
});

describe('filing a petition', () => {
  it('shows field errors for a too-short title, then accepts the corrected petition', async () => {
    const { page } = visitor;
    const citizen = await createCitizen();
    await signIn(visitor, citizen.cookie);
    const title = `Висадити липи вздовж вулиці Яблунської ${Date.now().toString(36)}`;
    const form = page.locator('form[data-petition-form]');
    const titleField = form.getByLabel('Назва петиції', { exact: true });

    await step(page, 'file-form', async () => {
      await page.goto('/uk/petitions/new/');
      // Signed in: the "sign in first" notice goes away.
      await page.locator('[data-login-needed]').waitFor({ state: 'hidden' });
      await form.getByLabel('Орган влади, до якого ви звертаєтеся', { exact: true }).selectOption('bucha');
      await titleField.fill('Липи');
      await form.getByLabel('Текст петиції', { exact: true }).fill(
        'Просимо висадити липи вздовж вулиці Яблунської від вокзалу до парку, щоб улітку тротуар був у тіні, а повітря чистішим.',
      );
      // No name to type: the author is published under the verified name, or as a citizen without one.
      expect(await form.locator('[name="authorName"]').count()).toBe(0);
      await form.getByRole('button', { name: 'Надіслати на модерацію' }).click();
    });

    await step(page, 'file-errors', async () => {
      await form.locator('[data-error-for="title"]').getByText('Щонайменше 10 символів.').waitFor();
      expect(await titleField.getAttribute('aria-invalid')).toBe('true');
      // The error is part of the field's description, and the cursor is put where the fix is needed.
      const describedBy = (await titleField.getAttribute('aria-describedby'))!.split(' ');
      expect(describedBy).toContain(await form.locator('[data-error-for="title"]').getAttribute('id'));
      expect(await titleField.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await form.locator('[data-form-status]').textContent()).toContain('Форму не надіслано: виправте позначені поля.');
      // No other field complains.
      expect((await form.locator('[data-error-for]').allTextContents()).filter((t) => t.trim())).toHaveLength(1);
      await screenshot(page, 'new-petition-errors-uk');
      expect(describeViolations((await axeViolations(page)).filter(isBlocking))).toEqual([]);
      const { rows } = await db().query("SELECT count(*)::int AS n FROM petitions_petitions WHERE title = 'Липи'");
      expect(rows[0].n).toBe(0);
    });

    await step(page, 'file-success', async () => {
      await titleField.fill(title);
      await form.getByRole('button', { name: 'Надіслати на модерацію' }).click();
      await form.locator('[data-form-status]').getByText('Петицію надіслано на модерацію.', { exact: false }).waitFor();
      expect(await titleField.getAttribute('aria-invalid')).toBeNull();
      expect(await titleField.inputValue()).toBe('');
      const { rows } = await db().query('SELECT status, author_name, author_verified FROM petitions_petitions WHERE title = $1', [title]);
      expect(rows).toEqual([{ status: 'submitted', author_name: null, author_verified: false }]);
    });

    expect(visitor.pageErrors).toEqual([]);
    expect(visitor.foreignRequests).toEqual([]);
  });
});
