import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';
import { officialToken } from '../harness/admins';
import { createCitizen } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { collectingPetition } from '../harness/fixtures';
import { api } from '../harness/http';
import { readMail, waitForMail } from '../harness/mail';
import { citizenWithPassword } from '../../../plugins/identity/tests/helpers/accounts';
import { verify } from '../../../plugins/identity/tests/helpers/identity-provider';
import { openConsultation, postForm, PUBLIC as CONSULTATIONS, TINY_PDF } from '../../../plugins/consultations/tests/helpers';
import { answers as pollAnswers, openPoll, respond } from '../../../plugins/polls/tests/helpers';

/**
 * Issue 9, "Redirects, uploads, data, exports": the citizen's download holds what every module keeps about them,
 * every plugin that stores personal data answers for it, and after the account is deleted no table of the database
 * still holds the email, the username or the verified name.
 */
jest.setTimeout(120_000);
afterAll(closeDb);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > until) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await sleep(150);
    value = await read();
  }
  return value;
}

/** The local plugins, by the table prefix their plain tables carry (`plugins/<dir>/package.json` → strapi.name). */
function localPlugins(): string[] {
  const dir = join(repoRoot, 'plugins');
  return readdirSync(dir)
    .map((d) => JSON.parse(readFileSync(join(dir, d, 'package.json'), 'utf8')) as { strapi?: { name?: string } })
    .map((p) => p.strapi?.name)
    .filter((n): n is string => !!n);
}

/** Tables of the public schema whose rows point at an account (a foreign key to up_users), read from pg_catalog. */
async function tablesReferencingAccounts(): Promise<string[]> {
  const { rows } = await db().query(
    `SELECT DISTINCT c.relname AS table_name
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND k.confrelid = 'up_users'::regclass AND n.nspname = current_schema()`,
  );
  return rows.map((r) => r.table_name as string);
}

/** Every base table of the test database whose rows, cast to text whole, contain `needle` (case-insensitive). */
async function tablesContaining(needle: string): Promise<string[]> {
  const { rows: tables } = await db().query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const found: string[] = [];
  for (const { table_name: table } of tables as { table_name: string }[]) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM ${quoted} t WHERE strpos(lower(t::text), lower($1)) > 0`, [needle]);
    if (rows[0].n > 0) found.push(`${table} (${rows[0].n})`);
  }
  return found;
}

/** A verified citizen who has done something in every module, so every provider has something to export and erase. */
async function activeCitizen(person: string, official: string) {
  const citizen = await citizenWithPassword();
  const { cookie } = await verify(citizen.cookie, person);
  const { rows } = await db().query('SELECT username FROM up_users WHERE id = $1', [citizen.id]);
  const username = rows[0].username as string;
  const verifiedName = (await api('GET', '/api/identity/me', { cookie })).body.data.name as string;
  expect(verifiedName).toMatch(/^Тестова Особа \d+$/);

  // Petitions: one filed (under the verified name, as the petition shows it), one signed.
  const authored = await collectingPetition(cookie, official);
  const other = await createCitizen();
  const signed = await collectingPetition(other.cookie, official);
  expect((await api('POST', `/api/petitions/petitions/${signed}/signatures`, { cookie })).status).toBe(201);

  // Consultations: a comment, questionnaire answers and a position paper whose file is named after the person.
  const consultation = await openConsultation(official);
  const commented = await api('POST', `${CONSULTATIONS}/${consultation}/sections/1/comments`, {
    cookie,
    body: { body: 'Пропоную продовжити строк громадського обговорення до тридцяти днів.' },
  });
  expect(commented.status).toBe(201);
  expect((await api('POST', `${CONSULTATIONS}/${consultation}/answers`, { cookie, body: { answers: { q1: 2, q2: 'Додати мапу.' } } })).status).toBe(201);
  const paper = await postForm(
    `${CONSULTATIONS}/${consultation}/position-papers`,
    cookie,
    { organisation: 'ГО «Чисте місто»', body: 'Позиція організації щодо проєкту рішення про паркування.' },
    { name: `${username}.pdf`, content: TINY_PDF, type: 'application/pdf' },
  );
  expect(paper.status).toBe(201);

  // Polls: one response.
  const poll = await openPoll(official);
  expect((await respond(cookie, poll, pollAnswers('o2'))).status).toBe(201);

  // Core: a follow, a language and a stopped kind of mail.
  expect((await api('POST', '/api/core/subscriptions', { cookie, body: { kind: 'authority', authority: 'bucha' } })).status).toBe(201);
  expect((await api('PUT', '/api/core/preferences', { cookie, body: { language: 'en', optedOut: ['digest'] } })).status).toBe(200);

  return { ...citizen, cookie, username, verifiedName, authored, signed, consultation, poll };
}

describe('download my data', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('has an export and an erase provider for every plugin whose tables point at an account', async () => {
    const citizen = await createCitizen();
    const res = await api('GET', '/api/identity/me/export', { cookie: citizen.cookie });
    expect(res.status).toBe(200);
    const exported = Object.keys(res.body.data.modules).sort();

    const plugins = localPlugins();
    const owners = new Set<string>();
    for (const table of await tablesReferencingAccounts()) {
      const owner = plugins.find((p) => table.startsWith(`${p.replace(/-/g, '_')}_`));
      if (owner) owners.add(owner);
    }
    // The identity plugin runs the export and the deletion; its own data is the `account` and `identity` parts.
    owners.delete('identity');
    expect(owners.size).toBeGreaterThanOrEqual(4);
    // The core refuses a provider without both export and erase (unit-tested there), so a listed module has both.
    expect(exported).toEqual(expect.arrayContaining([...owners].sort()));
  });

  it('holds the citizen’s consultations, polls, petitions, follows, language and stopped mail', async () => {
    const me = await activeCitizen('test-37', official);
    const res = await api('GET', '/api/identity/me/export', { cookie: me.cookie });
    expect(res.status).toBe(200);
    const { modules } = res.body.data;

    expect(modules.petitions.authored).toEqual([expect.objectContaining({ documentId: me.authored })]);
    expect(modules.petitions.signatures).toEqual([expect.objectContaining({ documentId: me.signed })]);

    expect(modules.consultations.comments).toEqual([
      expect.objectContaining({
        consultation: expect.objectContaining({ documentId: me.consultation }),
        kind: 'comment',
        sectionNumber: 1,
        authorName: me.verifiedName,
        body: 'Пропоную продовжити строк громадського обговорення до тридцяти днів.',
      }),
    ]);
    expect(modules.consultations.answers).toEqual([
      expect.objectContaining({ consultation: expect.objectContaining({ documentId: me.consultation }), answers: { q1: 2, q2: 'Додати мапу.' } }),
    ]);
    expect(modules.consultations.positionPapers).toEqual([
      expect.objectContaining({ organisation: 'ГО «Чисте місто»', file: expect.objectContaining({ url: expect.stringMatching(/\.pdf$/) }) }),
    ]);

    expect(modules.polls.responses).toEqual([
      expect.objectContaining({
        poll: expect.objectContaining({ documentId: me.poll }),
        answers: expect.arrayContaining([expect.objectContaining({ question: 'q1', option: 'o2' })]),
      }),
    ]);

    expect(modules.core.subscriptions).toEqual([expect.objectContaining({ kind: 'authority', authority: expect.objectContaining({ slug: 'bucha' }) })]);
    expect(modules.core.preferences).toEqual({ language: 'en', optedOut: ['digest'] });
    // The mail the platform sent them (the petition's publication), without bodies.
    expect(modules.core.notifications).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'petitions.own' })]));
  });
});

describe('deleting the account', () => {
  let official: string;
  beforeAll(async () => {
    official = await officialToken();
  });

  it('leaves neither the email, the username nor the verified name in any table of the database', async () => {
    const me = await activeCitizen('test-38', official);
    // Mail in every state: delivered (the petition's publication), waiting, and dead with the address in its error.
    await waitForMail(me.email);
    await db().query(
      `INSERT INTO core_outbox (category, recipient, to_address, subject, text_body, next_attempt_at)
       VALUES ('account', NULL, $1, 'Скидання пароля / Password reset', $2, now() + interval '1 day')`,
      [me.email, `Вітаємо, ${me.username}!`],
    );
    await db().query(
      `INSERT INTO core_outbox (category, recipient, to_address, subject, text_body, status, attempts, last_error)
       VALUES ('petitions.own', $1, $2, 'Тест / Test', $3, 'dead', 3, $4)`,
      [`user:${me.id}`, me.email, `Шановна ${me.verifiedName}`, `550 <${me.email}>: mailbox unavailable`],
    );
    expect(await tablesContaining(me.email)).not.toEqual([]);

    const deleted = await api('DELETE', '/api/identity/me', { cookie: me.cookie, body: { password: me.password } });
    expect(deleted.status).toBe(200);

    const left = {
      email: await tablesContaining(me.email),
      username: await tablesContaining(me.username),
      verifiedName: await tablesContaining(me.verifiedName),
    };
    expect(left).toEqual({ email: [], username: [], verifiedName: [] });
    // Keys that named the account in the core's own tables are gone too.
    expect((await db().query('SELECT count(*)::int AS n FROM core_notification_optouts WHERE recipient = $1', [`user:${me.id}`])).rows[0].n).toBe(0);
    expect((await db().query('SELECT count(*)::int AS n FROM core_outbox WHERE recipient = $1', [`user:${me.id}`])).rows[0].n).toBe(0);
    // What counts stays counted.
    expect((await api('GET', `/api/petitions/petitions/${me.signed}/count`)).body.data.signatures).toBe(1);
  });
});

describe('the outbox forgets addresses it no longer needs', () => {
  it('redacts a message once it is delivered: no address, no body', async () => {
    const citizen = await createCitizen();
    await collectingPetition(citizen.cookie, await officialToken());
    const mail = readMail(await waitForMail(citizen.email));
    const id = Number(mail.headers['x-vzd-outbox-id']);
    const row = await eventually(
      async () => (await db().query('SELECT * FROM core_outbox WHERE id = $1', [id])).rows[0],
      (r) => r?.status === 'sent',
    );
    expect(row).toMatchObject({ to_address: '', text_body: '', html_body: null, recipient: `user:${citizen.id}` });
    expect(row.redacted_at).not.toBeNull();
  });

  it('redacts a dead letter once its retry window is over', async () => {
    const address = `dead-letter-${Date.now()}@fail.test`;
    const { rows } = await db().query(
      `INSERT INTO core_outbox (category, to_address, subject, text_body, status, attempts, last_error, next_attempt_at)
       VALUES ('test', $1, 'Тест / Test', 'Текст', 'dead', 3, $2, now() - interval '30 days') RETURNING id`,
      [address, `550 <${address}>: refused`],
    );
    const row = await eventually(
      async () => (await db().query('SELECT * FROM core_outbox WHERE id = $1', [rows[0].id])).rows[0],
      (r) => r.redacted_at !== null,
    );
    expect(row).toMatchObject({ status: 'dead', to_address: '', text_body: '' });
    expect(row.last_error).not.toContain(address);
  });
});
