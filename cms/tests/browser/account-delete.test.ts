import type { Browser } from 'playwright-core';
import { createCitizen } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { givePassword } from '../proof/support/callers';
import { launchBrowser, newVisitor, signIn, step, type Session } from './support/browser';

/** Deleting the account from the account page, with scripts on: the page must stop looking signed in. */
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

describe('deleting the account', () => {
  it('leaves the signed-in state at once: the header offers "Увійти" again, not the deleted name', async () => {
    const citizen = await createCitizen();
    const password = await givePassword(citizen.id);
    const { rows } = await db().query('SELECT username FROM up_users WHERE id = $1', [citizen.id]);
    const username = rows[0].username as string;
    await signIn(visitor, citizen.cookie);
    const { page } = visitor;

    await step(page, 'account-delete', async () => {
      await page.goto('/uk/account/');
      const header = page.locator('session-status');
      await header.getByText(username).waitFor();
      await page.locator('[data-delete-form]').getByLabel('Пароль для підтвердження', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Видалити обліковий запис назавжди' }).click();
      await page.getByText('Обліковий запис видалено.').filter({ visible: true }).first().waitFor();
      await header.getByRole('link', { name: 'Увійти' }).waitFor();
      expect(await header.textContent()).not.toContain(username);
    });
    expect(visitor.pageErrors).toEqual([]);
    const left = await db().query('SELECT count(*)::int AS n FROM up_users WHERE id = $1', [citizen.id]);
    expect(left.rows[0].n).toBe(0);
  });
});
