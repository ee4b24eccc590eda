import type { Page } from 'playwright-core';
import { officialToken } from '../../harness/admins';
import { createCitizen } from '../../harness/citizens';
import { db } from '../../harness/database';
import { collectingPetition } from '../../harness/fixtures';
import { api } from '../../harness/http';
import { baseEnv } from '../../harness/test-environment';

/**
 * Signs in on the admin's login page, which a browser without a stored choice shows in Ukrainian. Strapi allows five
 * logins per address in five minutes (global-setup uses one per address): a test file signs in once and keeps its page.
 */
export async function logInToAdmin(page: Page, email: string): Promise<void> {
  await page.goto('/admin');
  await page.waitForURL('**/admin/auth/login');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Пароль/).fill(baseEnv().DEMO_PASSWORD!);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth/'), { timeout: 30_000 });
}

/** A bucha petition that met its (lowered) threshold with one real signature: it waits for the official's answer. */
export async function petitionAwaitingAnswer(): Promise<{ id: string; title: string }> {
  const author = await createCitizen();
  const id = await collectingPetition(author.cookie, await officialToken(), 'bucha');
  await db().query('UPDATE petitions_petitions SET threshold = 1 WHERE document_id = $1', [id]);
  const signer = await createCitizen();
  const signed = await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie });
  if (signed.body?.data?.status !== 'threshold_reached') throw new Error(`not at threshold: ${JSON.stringify(signed.body)}`);
  return { id, title: await titleOf(id) };
}

/** A bucha petition just filed by a citizen: it waits in the moderation queue. */
export async function petitionAwaitingModeration(): Promise<{ id: string; title: string }> {
  const author = await createCitizen();
  const created = await api('POST', '/api/petitions/petitions', {
    cookie: author.cookie,
    body: {
      authority: 'bucha',
      title: `Петиція на модерації ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`,
      text: 'Просимо встановити світлофор на перехресті біля дитячого садка, де щодня переходять дорогу діти.',
    },
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.data.documentId as string;
  return { id, title: await titleOf(id) };
}

async function titleOf(documentId: string): Promise<string> {
  const { rows } = await db().query('SELECT title FROM petitions_petitions WHERE document_id = $1', [documentId]);
  return rows[0].title;
}
