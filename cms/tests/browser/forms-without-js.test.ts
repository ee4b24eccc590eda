import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { createCitizen } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { petitionIdByTitle } from '../harness/fixtures';
import { api } from '../harness/http';
import { linkIn, waitForMail } from '../harness/mail';
import { axeViolationsWithoutScripts, describeViolations, isBlocking } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn, step, type Session } from './support/browser';

/**
 * Journey 6: every write form with JavaScript switched off (ARCHITECTURE rule 11). The browser posts the plain
 * form, the server answers 303 back to the page, and the page shows the outcome by itself (`:target`); invalid input
 * comes back as the same page with a GOV.UK error summary linking to the fields.
 */

jest.setTimeout(120_000);

// A collecting demo petition of Bucha (an e-mail-confirmed citizen may sign it); each test signs as a new person.
const PETITION = 'Встановити лавки та освітлення в парку Диби';
const CONSULTATION = 'Проєкт Положення про громадський (партиципаторний) бюджет Бучанської міської територіальної громади';
const POLL = 'Яким має бути оновлений парк Диби?';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeDb();
});

const withoutScripts = (): Promise<Session> => newVisitor(browser, { javaScriptEnabled: false });

const documentIdOf = async (list: string, title: string): Promise<string> => {
  const items = (await api('GET', `${list}?pageSize=100`)).body.data as { documentId: string; title: string }[];
  const found = items.find((item) => item.title === title);
  if (!found) throw new Error(`no ${title} in ${list}`);
  return found.documentId;
};

/** The outcome the page shows after the redirect: targeted by the URL's fragment, visible without any script. */
async function expectOutcome(page: Page, fragment: string, text: string): Promise<void> {
  await page.waitForURL(new RegExp(`#${fragment}$`));
  const outcome = page.locator(`[id="${fragment}"]`);
  expect(await outcome.isVisible()).toBe(true);
  expect(await outcome.textContent()).toContain(text);
}

/** The error summary at the top of the page (GOV.UK pattern): a heading, then one link per problem. */
async function expectErrorSummary(page: Page, problems: { text: string | RegExp; href?: string }[]): Promise<void> {
  const summary = page.locator('.error-summary');
  expect(await summary.isVisible()).toBe(true);
  expect(await summary.getByRole('heading').textContent()).toMatch(/Є проблема/);
  for (const problem of problems) {
    const item = summary.locator('li').filter({ hasText: problem.text });
    expect(await item.count()).toBe(1);
    if (problem.href) expect(await item.getByRole('link').getAttribute('href')).toBe(problem.href);
  }
  expect(await page.title()).toMatch(/^Помилка: /);
  // Focus starts on the summary (autofocus: no script needed), so it is read first. The browser applies autofocus
  // a moment after the page loads, so wait for it rather than read it at once.
  await page
    .waitForFunction(() => document.activeElement?.id === 'error-summary', undefined, { polling: 100, timeout: 5000 })
    .catch(() => undefined);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
  expect(describeViolations((await axeViolationsWithoutScripts(browser, page)).filter(isBlocking))).toEqual([]);
}

describe('forms without JavaScript', () => {
  it('registers, is refused a wrong password, signs in back to the petition and signs it', async () => {
    const visitor = await withoutScripts();
    const { page } = visitor;
    const tag = randomBytes(4).toString('hex');
    const email = `nojs-${tag}@test.vzayemodiia.localhost`;
    const password = `Kalyna-${tag}-Verba`;
    const id = await petitionIdByTitle(PETITION);

    await step(page, 'nojs-register', async () => {
      await page.goto('/uk/account/register/');
      await page.getByLabel("Ім'я користувача", { exact: true }).fill(`nojs-${tag}`);
      await page.getByLabel('Електронна пошта', { exact: true }).fill(email);
      await page.getByLabel('Пароль', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Зареєструватися' }).click();
      await expectOutcome(page, 'registered', 'Ми надіслали вам лист');
      expect(describeViolations((await axeViolationsWithoutScripts(browser, page)).filter(isBlocking))).toEqual([]);
      await screenshot(page, 'nojs-registered-uk');
    });

    await step(page, 'nojs-confirm', async () => {
      await page.goto(linkIn(await waitForMail(email, 20_000), 'confirmation=')!);
      await page.waitForURL('**/uk/account/confirmed/');
    });

    await step(page, 'nojs-login-wrong', async () => {
      await page.goto(`/uk/account/login/?next=${encodeURIComponent(`/uk/petitions/${id}/`)}`);
      await page.getByLabel("Електронна пошта або ім'я користувача", { exact: true }).fill(email);
      await page.getByLabel('Пароль', { exact: true }).fill(`${password}-not`);
      await page.getByRole('button', { name: 'Увійти' }).click();
      await page.locator('.error-summary').waitFor();
      await expectErrorSummary(page, [{ text: 'Невірна адреса або пароль' }]);
      // What was typed comes back, except the password.
      expect(await page.getByLabel("Електронна пошта або ім'я користувача", { exact: true }).inputValue()).toBe(email);
      expect(await page.getByLabel('Пароль', { exact: true }).inputValue()).toBe('');
      await screenshot(page, 'nojs-login-error-uk');
    });

    await step(page, 'nojs-login', async () => {
      await page.getByLabel('Пароль', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Увійти' }).click();
      await page.waitForURL(`**/uk/petitions/${id}/`);
    });

    await step(page, 'nojs-sign', async () => {
      await page.getByRole('button', { name: 'Підписати петицію' }).click();
      await expectOutcome(page, 'signed', 'Дякуємо! Ваш підпис враховано.');
      const { rows } = await db().query(
        `SELECT count(*)::int AS n FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id
          JOIN up_users u ON u.id = s.user_id WHERE p.document_id = $1 AND u.email = $2`,
        [id, email],
      );
      expect(rows[0].n).toBe(1);
      expect(describeViolations((await axeViolationsWithoutScripts(browser, page)).filter(isBlocking))).toEqual([]);
      await screenshot(page, 'nojs-signed-uk');
    });

    await step(page, 'nojs-sign-again', async () => {
      // The same static page still offers the button; a second signature is refused in words, on the page.
      await page.goto(`/uk/petitions/${id}/`);
      await page.getByRole('button', { name: 'Підписати петицію' }).click();
      await page.locator('.error-summary').waitFor();
      await expectErrorSummary(page, [{ text: 'Ви вже підписали цю петицію' }]);
    });

    expect(visitor.foreignRequests).toEqual([]);
    await visitor.context.close();
  });

  it('files a petition after an error summary that links to the field', async () => {
    const visitor = await withoutScripts();
    const { page } = visitor;
    const citizen = await createCitizen();
    await signIn(visitor, citizen.cookie);
    const title = `Відремонтувати тротуар на вулиці Тарасівській ${Date.now().toString(36)}`;
    const text = 'Просимо відремонтувати тротуар на вулиці Тарасівській від школи до амбулаторії: плитка розбита, у дощ стоять калюжі.';

    await step(page, 'nojs-file-invalid', async () => {
      await page.goto('/uk/petitions/new/');
      await page.getByLabel('Орган влади, до якого ви звертаєтеся', { exact: true }).selectOption('bucha');
      await page.getByLabel('Назва петиції', { exact: true }).fill('Тротуар');
      await page.getByLabel('Текст петиції', { exact: true }).fill(text);
      // The browser's own checks would stop a short title before it leaves: let the server judge it.
      await page.locator('form[data-petition-form]').evaluate((form: HTMLFormElement) => (form.noValidate = true));
      await page.getByRole('button', { name: 'Надіслати на модерацію' }).click();
      await page.locator('.error-summary').waitFor();
      await expectErrorSummary(page, [{ text: /Назва петиції.*10/, href: '#petition-title' }]);
      const titleField = page.getByLabel('Назва петиції', { exact: true });
      expect(await titleField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-error-for="title"]').textContent()).toMatch(/10/);
      // Everything typed is still there, the chosen authority too.
      expect(await titleField.inputValue()).toBe('Тротуар');
      expect(await page.getByLabel('Текст петиції', { exact: true }).inputValue()).toBe(text);
      expect(await page.getByLabel('Орган влади, до якого ви звертаєтеся', { exact: true }).inputValue()).toBe('bucha');
      await screenshot(page, 'nojs-petition-errors-uk');
      // The summary's link takes the keyboard to the field.
      await page.locator('.error-summary a[href="#petition-title"]').click();
      expect(await titleField.evaluate((el) => el === document.activeElement)).toBe(true);
    });

    await step(page, 'nojs-file', async () => {
      await page.getByLabel('Назва петиції', { exact: true }).fill(title);
      await page.getByRole('button', { name: 'Надіслати на модерацію' }).click();
      await expectOutcome(page, 'sent', 'Петицію надіслано на модерацію.');
      const { rows } = await db().query('SELECT status, author_name FROM petitions_petitions WHERE title = $1', [title]);
      // An email-level author publishes under no typed name (issue 9: only a verified name is shown).
      expect(rows).toEqual([{ status: 'submitted', author_name: null }]);
    });

    expect(visitor.foreignRequests).toEqual([]);
    await visitor.context.close();
  });

  it('comments on a section and answers the questionnaire of a consultation', async () => {
    const visitor = await withoutScripts();
    const { page } = visitor;
    const citizen = await createCitizen();
    await signIn(visitor, citizen.cookie);
    const consultation = await documentIdOf('/api/consultations/consultations', CONSULTATION);
    const body = `Пропоную додати до загальних положень строк оприлюднення звітів ${Date.now().toString(36)}.`;

    await step(page, 'nojs-comment', async () => {
      await page.goto(`/uk/consultations/${consultation}/sections/1/`);
      const form = page.locator('form[data-consultation-form]').first();
      await form.locator('textarea').fill(body);
      await form.getByRole('button').click();
      await expectOutcome(page, 'commented', 'Дякуємо! Ваш коментар оприлюднено');
      const { rows } = await db().query('SELECT kind, author_name FROM consultations_contributions WHERE body = $1', [body]);
      expect(rows).toEqual([{ kind: 'comment', author_name: null }]);
    });

    await step(page, 'nojs-questionnaire', async () => {
      await page.goto(`/uk/consultations/${consultation}/`);
      const form = page.locator('form[data-questionnaire-form]');
      await form.getByLabel('Так, із зауваженнями', { exact: true }).check();
      await form.getByRole('button').click();
      await expectOutcome(page, 'answered', 'Дякуємо! Ваші відповіді враховано.');
      const { rows } = await db().query(
        'SELECT a.answers FROM consultations_answers a JOIN consultations_consultations c ON c.id = a.consultation_id WHERE a.user_id = $1 AND c.document_id = $2',
        [citizen.id, consultation],
      );
      expect(rows).toHaveLength(1);
      expect(Object.values(rows[0].answers)).toContain(1);
    });

    expect(visitor.foreignRequests).toEqual([]);
    await visitor.context.close();
  });

  it('answers a poll, after an error summary for a missing answer', async () => {
    const visitor = await withoutScripts();
    const { page } = visitor;
    const citizen = await createCitizen();
    await signIn(visitor, citizen.cookie);
    const poll = await documentIdOf('/api/polls/polls', POLL);
    const form = page.locator('form[data-poll-form]');
    const fieldsets = form.locator('fieldset');

    const fill = async (withFirst: boolean) => {
      if (withFirst) await fieldsets.nth(0).getByLabel('Щотижня', { exact: true }).check();
      await fieldsets.nth(1).locator('input[type="checkbox"]').first().check();
      const ranks = fieldsets.nth(2).locator('select');
      for (let i = 0; i < (await ranks.count()); i++) await ranks.nth(i).selectOption(String(i + 1));
      await fieldsets.nth(3).getByLabel('4', { exact: true }).check();
    };

    await step(page, 'nojs-poll-invalid', async () => {
      await page.goto(`/uk/polls/${poll}/`);
      await fill(false);
      await form.evaluate((f: HTMLFormElement) => (f.noValidate = true));
      await form.getByRole('button', { name: /Надіслати|Зберегти/ }).click();
      await page.locator('.error-summary').waitFor();
      await expectErrorSummary(page, [{ text: 'Як часто ви відвідуєте парк Диби?' }]);
      const { rows } = await db().query('SELECT count(*)::int AS n FROM polls_responses WHERE user_id = $1', [citizen.id]);
      expect(rows[0].n).toBe(0);
      await screenshot(page, 'nojs-poll-errors-uk');
    });

    await step(page, 'nojs-poll', async () => {
      await page.goto(`/uk/polls/${poll}/`);
      await fill(true);
      await form.getByRole('button', { name: /Надіслати|Зберегти/ }).click();
      await expectOutcome(page, 'saved', 'Дякуємо! Вашу відповідь збережено.');
      const { rows } = await db().query('SELECT revision FROM polls_responses WHERE user_id = $1', [citizen.id]);
      expect(rows).toEqual([{ revision: 1 }]);
    });

    expect(visitor.foreignRequests).toEqual([]);
    await visitor.context.close();
  });
});
