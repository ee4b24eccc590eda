import { randomBytes } from 'node:crypto';
import { officialToken, superAdminToken } from '../../harness/admins';
import { createCitizen, type TestCitizen } from '../../harness/citizens';
import { db } from '../../harness/database';
import { collectingPetition } from '../../harness/fixtures';
import { api } from '../../harness/http';
import { baseEnv } from '../../harness/test-environment';
import { deriveUnsubscribeKey, signUnsubscribe } from '../../../../plugins/core/server/src/notifications/unsubscribe-token';
import { answers as pollAnswers, createPoll, openPoll } from '../../../../plugins/polls/tests/helpers';
import { closeByJob, createDraft, openConsultation } from '../../../../plugins/consultations/tests/helpers';

/**
 * Items of authority A (Bucha, where the demo official works) in every state a route needs, made through the
 * real API. Shared items are made once; `fresh…` makes a new one each call, for actions that use their item up
 * (publishing, answering, closing). The module helpers come from each plugin's own tests, so their payloads follow
 * the plugins' contracts as those change.
 */
export const AUTHORITY_A = 'bucha';

const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

const check = async <R extends { status: number; body: any }>(what: string, res: R, expected = [200, 201]): Promise<R> => {
  if (!expected.includes(res.status)) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  return res;
};

export const petitionBody = (authority = AUTHORITY_A, overrides: Record<string, unknown> = {}) => ({
  authority,
  title: `Перевірка доступу ${randomBytes(3).toString('hex')}: освітлення вулиці`,
  text: 'Просимо встановити вуличне освітлення на вулиці Садовій від школи до зупинки громадського транспорту.',
  ...overrides,
});

/** The citizen who files every fixture petition and comment (a confirmed account). */
export const author = once(() => createCitizen());

export async function freshSubmittedPetition(authority = AUTHORITY_A): Promise<string> {
  const res = await check('filing a petition', await api('POST', '/api/petitions/petitions', { cookie: (await author()).cookie, body: petitionBody(authority) }));
  return res.body.data.documentId;
}

export const sharedCollectingPetition = once(async () => collectingPetition((await author()).cookie, await officialToken(), AUTHORITY_A));

/** A Bucha petition of the fixture author, rejected for a reason the author may correct. */
export const sharedRejectedPetition = once(async () => {
  const id = await freshSubmittedPetition();
  await check('rejecting a petition', await api('POST', `/petitions/petitions/${id}/reject`, { bearer: await officialToken(), body: { reason: 'no_clear_request' } }));
  return id;
});

/** Irpin asks for a verified identity to sign (demo settings): a petition there, published by the super admin. */
export const irpinPetition = once(async () => collectingPetition((await author()).cookie, await superAdminToken(), 'irpin'));

/** A Bucha petition at its threshold: its threshold snapshot is lowered to 1 (as the petitions tests do), then one signs. */
export async function freshThresholdPetition(): Promise<string> {
  const id = await collectingPetition((await author()).cookie, await officialToken(), AUTHORITY_A);
  await db().query('UPDATE petitions_petitions SET threshold = 1 WHERE document_id = $1', [id]);
  const signer = await createCitizen();
  const signed = await check('signing', await api('POST', `/api/petitions/petitions/${id}/signatures`, { cookie: signer.cookie }));
  if (signed.body.data.status !== 'threshold_reached') throw new Error(`threshold not reached: ${JSON.stringify(signed.body)}`);
  return id;
}

/* Consultations */

export const CONSULTATIONS = '/api/consultations/consultations';

export async function commentOn(consultationId: string, by?: TestCitizen): Promise<number> {
  const citizen = by ?? (await createCitizen());
  const res = await check(
    'commenting',
    await api('POST', `${CONSULTATIONS}/${consultationId}/sections/1/comments`, {
      cookie: citizen.cookie,
      body: { body: `Пропоную уточнити розділ ${randomBytes(3).toString('hex')}.` },
    }),
  );
  return res.body.data.id;
}

export const sharedOpenConsultation = once(async () => {
  const id = await openConsultation(await officialToken(), AUTHORITY_A);
  return { id, commentId: await commentOn(id, await author()) };
});

export const freshDraftConsultation = async () => createDraft(await officialToken(), AUTHORITY_A);

/** Closed consultations (period ended, closed by the scheduled job), one per entry, with that many proposals. */
export async function freshClosedConsultations(proposals: number[]): Promise<{ id: string; commentIds: number[] }[]> {
  const official = await officialToken();
  const made = await Promise.all(
    proposals.map(async (count) => {
      const id = await openConsultation(official, AUTHORITY_A);
      const commentIds: number[] = [];
      for (let i = 0; i < count; i++) commentIds.push(await commentOn(id));
      return { id, commentIds };
    }),
  );
  await Promise.all(made.map((c) => closeByJob(c.id)));
  return made;
}

/* Polls */

export const POLLS = '/api/polls/polls';
export const sharedOpenPoll = once(async () => openPoll(await officialToken(), { authority: AUTHORITY_A, liveResults: true }));
export const freshDraftPoll = async () => createPoll(await officialToken(), { authority: AUTHORITY_A });
export const freshOpenPoll = async () => openPoll(await officialToken(), { authority: AUTHORITY_A });
export const validPollAnswers = (text?: string) => pollAnswers('o1', ['o1', 'o2'], ['o1', 'o2', 'o3'], 4, text);

/** A free-text answer awaiting moderation on a fresh open poll. */
export async function freshTextAnswer(): Promise<{ pollId: string; answerId: number }> {
  const pollId = await freshOpenPoll();
  const citizen = await createCitizen();
  await check('responding', await api('PUT', `${POLLS}/${pollId}/response`, { cookie: citizen.cookie, body: { answers: validPollAnswers('Більше лавок у сквері, будь ласка.') } }));
  const { rows } = await db().query(
    'SELECT a.id FROM polls_answers a JOIN polls_polls p ON p.id = a.poll_id WHERE p.document_id = $1 AND a.text IS NOT NULL',
    [pollId],
  );
  return { pollId, answerId: Number(rows[0].id) };
}

/* Core */

/** A subscription of the citizen with this session (made through the API, so it is stored as the server stores it). */
export async function subscriptionOf(cookie: string): Promise<number> {
  const res = await check('following Bucha', await api('POST', '/api/core/subscriptions', { cookie, body: { kind: 'authority', authority: AUTHORITY_A } }));
  return Number(res.body.data.id);
}

/** A signed one-click unsubscribe link for one subscription of a fresh citizen (the key the server derives). */
export async function freshUnsubscribeToken(): Promise<string> {
  const citizen = await createCitizen();
  const subscription = await subscriptionOf(citizen.cookie);
  return signUnsubscribe({ recipient: `user:${citizen.id}`, scope: `sub:${subscription}` }, deriveUnsubscribeKey(baseEnv().ENCRYPTION_KEY));
}

/** A dead letter in the outbox (to the SMTP sink's refusing domain), for the retry route. */
export async function freshDeadLetter(): Promise<number> {
  const { rows } = await db().query(
    `INSERT INTO core_outbox (category, to_address, subject, text_body, status, attempts, last_error)
     VALUES ('proof', 'proof@fail.test', 'Перевірка / Proof', 'Перевірка / Proof', 'dead', 3, 'proof fixture') RETURNING id`,
  );
  return Number(rows[0].id);
}

/** A job the super admin may start by hand (any but the weekly digest, which mails every subscriber). */
export const harmlessJob = once(async () => {
  const res = await check('listing jobs', await api('GET', '/core/notifications/jobs', { bearer: await superAdminToken() }), [200]);
  const jobs = res.body.data as string[];
  return jobs.find((j) => j !== 'core.weekly-digest') ?? jobs[0];
});
