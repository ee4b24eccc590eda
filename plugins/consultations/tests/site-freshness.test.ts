import { api } from '../../../cms/tests/harness/http';
import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { ADMIN, PUBLIC, comment, openConsultation } from './helpers';

afterAll(closeDb);

/** When the site was last marked stale (core_site_build.requested_at); the harness's Strapi does not build itself. */
const requestedAt = async (): Promise<number> =>
  new Date((await db().query('SELECT requested_at FROM core_site_build WHERE id = 1')).rows[0].requested_at ?? 0).getTime();

/** The rebuild is requested once the change commits, so it shows up a moment after the answer. */
async function requestedAfter(moment: number): Promise<boolean> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if ((await requestedAt()) > moment) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('consultation comments reach the static site', () => {
  let official: string;
  let id: string;
  beforeAll(async () => {
    official = await officialToken();
    id = await openConsultation(official);
  });

  it('requests a site rebuild when a comment or a reply is published', async () => {
    const citizen = await createCitizen();
    let before = await requestedAt();
    const posted = await comment(citizen.cookie, id, 1, 'Пропоную дозволити паркування велосипедів біля шкіл.');
    expect(posted.status).toBe(201);
    expect(await requestedAfter(before)).toBe(true);

    before = await requestedAt();
    const reply = await api('POST', `${PUBLIC}/${id}/comments/${posted.body.data.id}/replies`, {
      cookie: (await createCitizen()).cookie,
      body: { body: 'Підтримую, і ще біля бібліотеки.' },
    });
    expect(reply.status).toBe(201);
    expect(await requestedAfter(before)).toBe(true);
  });

  it('requests a rebuild when an official hides a comment, so it leaves the public pages', async () => {
    const posted = await comment((await createCitizen()).cookie, id, 2, 'Текст, який модератор приховає.');
    const before = await requestedAt();
    const hidden = await api('POST', `${ADMIN}/${id}/comments/${posted.body.data.id}/hide`, { bearer: official, body: { reason: 'Поза темою' } });
    expect(hidden.status).toBe(200);
    expect(await requestedAfter(before)).toBe(true);
  });
});
