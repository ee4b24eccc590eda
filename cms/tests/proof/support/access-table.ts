import { randomBytes } from 'node:crypto';
import { officialToken } from '../../harness/admins';
import { createCitizen } from '../../harness/citizens';
import { api } from '../../harness/http';
import type { Caller, CallerName } from './callers';
import { givePassword, PASSWORD } from './callers';
import type { Scope } from './footprint';
import {
  AUTHORITY_A,
  author,
  commentOn,
  freshClosedConsultations,
  freshDeadLetter,
  freshDraftConsultation,
  freshDraftPoll,
  freshOpenPoll,
  freshSubmittedPetition,
  freshTextAnswer,
  freshThresholdPetition,
  freshUnsubscribeToken,
  harmlessJob,
  irpinPetition,
  petitionBody,
  sharedCollectingPetition,
  sharedRejectedPetition,
  sharedOpenConsultation,
  sharedOpenPoll,
  subscriptionOf,
  validPollAnswers,
} from './fixtures';
import { draftBody, TINY_PDF } from '../../../../plugins/consultations/tests/helpers';
import { QUESTIONS } from '../../../../plugins/polls/tests/helpers';

/**
 * The access rules, one row per route (some routes have variants): for each caller, the answer the platform owes.
 *
 *  'ok'       2xx or 3xx: the action happened (or the page/redirect was served).
 *  'refused'  401 or 403: refused before anything was done (Strapi's own routes: users-permissions answers
 *             anonymous callers 403 once the public role holds any permission; the platform's routes make that 401).
 *  401 / 403  exactly that.
 *  'not_assigned'  403 with details.code `not_assigned`: an official acting on another authority's item.
 *  'allowed'  authorization passed; the answer is about the request (a 404 or 409 on a used-up item) — for rows
 *             where a success cannot be arranged without side effects on other tests.
 *
 * Officials and the super admin call with their admin-panel token (what the admin pages send); on citizens'
 * routes that token is no citizen session, hence 401. Citizens on admin routes send their cookie and, for good
 * measure, their session token as a bearer: both are no admin token (401).
 * Payloads are the smallest valid ones, so each cell is about authorization, not validation.
 */
export type Expect = 'ok' | 'refused' | 'allowed' | 'not_assigned' | 401 | 403 | 404;
export type Expectations = Record<CallerName, Expect>;

export interface Target {
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: unknown;
  multipart?: { fields: Record<string, string>; file?: { name: string; type: string; content: Buffer } };
  /** Items to fingerprint: a refused request must leave them as they were. */
  items?: Scope['items'];
}

export interface AccessRow {
  route: string;
  variant?: string;
  /** What is sent, in words (the table is the documentation of the rules). */
  payload: string;
  expect: Expectations;
  /**
   * The request for one caller. `fresh` is true for cells expected to succeed when the row `consumes` its item:
   * each of them gets an item of its own, refused cells share one (which must stay as it was).
   */
  target?: (caller: Caller, fresh: boolean) => Promise<Target> | Target;
  consumes?: boolean;
  /** The action uses up the caller (logging out everywhere, deleting the account): each cell gets a new one. */
  freshCaller?: boolean;
  /** Strings that must not appear in the answer to a caller (another authority's items, secrets). */
  mustNotShow?: (caller: Caller) => Promise<string[]> | string[];
}

const ADMIN_ONLY = { anonymous: 401, unconfirmed: 401, citizen: 401, verified: 401 } as const;
const everyone = (e: Expect): Expectations => ({
  anonymous: e,
  unconfirmed: e,
  citizen: e,
  verified: e,
  officialA: e,
  officialB: e,
  superAdmin: e,
});
/** Public reads and open pages. */
const PUBLIC = everyone('ok');
/** Content-API routes that need a confirmed citizen's session. */
/** Without a session (none, or an unconfirmed account's) the answer is 401, never users-permissions' 403. */
const CITIZENS: Expectations = { anonymous: 401, unconfirmed: 401, citizen: 'ok', verified: 'ok', officialA: 401, officialB: 401, superAdmin: 401 };
/** Admin actions on an item of authority A (Bucha): its official and the super admin, not the official of B. */
const ON_ITEM_OF_A: Expectations = { ...ADMIN_ONLY, officialA: 'ok', officialB: 'not_assigned', superAdmin: 'ok' };
/** Admin lists: every official sees their own authorities' items (checked: B never sees A's). */
const OFFICIALS: Expectations = { ...ADMIN_ONLY, officialA: 'ok', officialB: 'ok', superAdmin: 'ok' };
const SUPER_ADMIN: Expectations = { ...ADMIN_ONLY, officialA: 403, officialB: 403, superAdmin: 'ok' };
const NOBODY_ON_CONTENT_API = everyone('refused');

const isOfficialB = (c: Caller) => c.name === 'officialB';
const hiddenFromB = (ids: () => Promise<string[]>) => async (c: Caller) => (isOfficialB(c) ? ids() : []);

const petitionItem = (id: string) => [{ table: 'petitions_petitions', documentId: id }];
const consultationItem = (id: string) => [{ table: 'consultations_consultations', documentId: id }];
const pollItem = (id: string) => [{ table: 'polls_polls', documentId: id }];

let sharedSubmitted: Promise<string> | undefined;
const submittedTarget = async (fresh: boolean) => {
  const id = fresh ? await freshSubmittedPetition() : await (sharedSubmitted ??= freshSubmittedPetition());
  return id;
};
let sharedThreshold: Promise<string> | undefined;
const thresholdTarget = async (fresh: boolean) => (fresh ? freshThresholdPetition() : (sharedThreshold ??= freshThresholdPetition()));
let sharedDraftConsultation: Promise<string> | undefined;
let sharedDraftPoll: Promise<string> | undefined;
let sharedOpenPollToClose: Promise<string> | undefined;
let sharedTextAnswer: Promise<{ pollId: string; answerId: number }> | undefined;
let sharedDeadLetter: Promise<number> | undefined;

/**
 * Closed consultations are slow to make (the scheduled job closes them), so all are made at once: one with a
 * proposal (dispositions may be given again, so its cells share it), one whose report is published for the public
 * report routes, and three without proposals for publishing the report — refused cells share the first of them,
 * each succeeding cell takes one of its own.
 */
let closed: Promise<{ id: string; commentIds: number[] }[]> | undefined;
const closedConsultations = () => (closed ??= freshClosedConsultations([1, 0, 0, 0, 0]));
const closedForDisposition = async () => (await closedConsultations())[0];
let reportsTaken = 0;
const closedForReport = async (fresh: boolean) => {
  const forReports = (await closedConsultations()).slice(2);
  return fresh ? forReports[Math.min(++reportsTaken, forReports.length - 1)] : forReports[0];
};

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const ACCESS_TABLE: AccessRow[] = [
  /* ---------------- core: public reads, sessions ---------------- */
  { route: 'GET /api/core/authorities', payload: '—', expect: PUBLIC },
  { route: 'GET /api/core/authorities/{slug}', payload: 'slug = bucha', expect: PUBLIC, target: () => ({ params: { slug: AUTHORITY_A } }) },
  { route: 'GET /api/core/modules', payload: '—', expect: PUBLIC },
  { route: 'GET /api/core/audit/verify', payload: '—', expect: PUBLIC },
  { route: 'GET /api/core/openapi.json', payload: '—', expect: PUBLIC },
  {
    route: 'POST /api/core/session',
    payload: '{ identifier, password } of a citizen with a password (logging in is open to every caller)',
    expect: PUBLIC,
    // Each caller logs in to an account of its own: one account's attempts are reserved before the password is
    // compared (issue 9), so seven correct logins to one account at the same instant would lock it out.
    consumes: true,
    target: async () => {
      const account = await createCitizen().then(async (c) => ({ ...c, password: await givePassword(c.id) }));
      return { body: { identifier: account.email, password: account.password } };
    },
  },
  { route: 'GET /api/core/session', payload: '—', expect: PUBLIC },
  { route: 'DELETE /api/core/session', payload: '— (clears the cookie)', expect: PUBLIC, freshCaller: true },
  {
    route: 'DELETE /api/core/session',
    variant: 'everywhere',
    payload: '?everywhere=true (revokes every session of the signed-in account; an unconfirmed one may end its own too)',
    expect: { ...CITIZENS, anonymous: 401, unconfirmed: 'ok' },
    freshCaller: true,
    target: () => ({ query: { everywhere: 'true' } }),
  },

  /* ---------------- core: subscriptions and preferences ---------------- */
  { route: 'GET /api/core/subscriptions', payload: '—', expect: CITIZENS },
  {
    route: 'POST /api/core/subscriptions',
    payload: "{ kind: 'authority', authority: 'bucha' }",
    expect: CITIZENS,
    target: () => ({ body: { kind: 'authority', authority: AUTHORITY_A } }),
  },
  {
    route: 'DELETE /api/core/subscriptions',
    payload: "?kind=authority&authority=bucha (DELETE carries its target in the query)",
    expect: CITIZENS,
    target: () => ({ query: { kind: 'authority', authority: AUTHORITY_A } }),
  },
  {
    route: 'DELETE /api/core/subscriptions/{id}',
    payload: "id of the caller's own subscription",
    expect: CITIZENS,
    target: async (caller) => ({ params: { id: await subscriptionOf(caller.name === 'citizen' || caller.name === 'verified' ? caller.cookie! : (await author()).cookie) } }),
  },
  {
    route: 'DELETE /api/core/subscriptions/{id}',
    variant: "another citizen's subscription",
    payload: "id of the fixture author's subscription: answered { removed: false }, and it stays",
    expect: CITIZENS,
    target: async () => ({ params: { id: await subscriptionOf((await author()).cookie) } }),
    mustNotShow: () => ['"removed":true'],
  },
  { route: 'GET /api/core/preferences', payload: '—', expect: CITIZENS },
  { route: 'PUT /api/core/preferences', payload: "{ language: 'en' }", expect: CITIZENS, target: () => ({ body: { language: 'en' } }) },
  {
    route: 'GET /api/core/unsubscribe',
    payload: '?token= a signed one-click link (no login: the link is the credential)',
    expect: PUBLIC,
    target: async () => ({ query: { token: await freshUnsubscribeToken() } }),
  },
  {
    route: 'POST /api/core/unsubscribe',
    payload: '?token= a signed one-click link, one per cell',
    expect: PUBLIC,
    consumes: true,
    target: async () => ({ query: { token: await freshUnsubscribeToken() } }),
  },

  /* ---------------- core: the outbox (admin) ---------------- */
  { route: 'GET /core/notifications/outbox', payload: '—', expect: SUPER_ADMIN },
  {
    route: 'POST /core/notifications/outbox/{id}/retry',
    payload: 'id of a dead letter (one per succeeding cell)',
    expect: SUPER_ADMIN,
    consumes: true,
    target: async (_c, fresh) => ({ params: { id: fresh ? await freshDeadLetter() : await (sharedDeadLetter ??= freshDeadLetter()) } }),
  },
  { route: 'POST /core/notifications/deliver', payload: '—', expect: SUPER_ADMIN },
  { route: 'POST /core/notifications/digest', payload: '— (queues the weekly digest)', expect: SUPER_ADMIN },
  { route: 'GET /core/notifications/jobs', payload: '—', expect: SUPER_ADMIN },
  {
    route: 'POST /core/notifications/jobs/{job}',
    payload: 'a registered job other than the digest',
    expect: SUPER_ADMIN,
    target: async () => ({ params: { job: await harmlessJob() } }),
  },

  /* ---------------- identity ---------------- */
  { route: 'GET /api/identity/me', payload: '—', expect: CITIZENS },
  { route: 'GET /api/identity/me/export', payload: '—', expect: CITIZENS },
  {
    route: 'DELETE /api/identity/me',
    payload: '{ password } of the caller (each cell a new account)',
    expect: CITIZENS,
    freshCaller: true,
    target: async (caller) => ({ body: { password: caller.userId ? await givePassword(caller.userId) : PASSWORD } }),
  },
  {
    route: 'GET /api/identity/verify/start',
    payload: '?next=/uk/ — a browser navigation: always a redirect (to the provider, or back with an error)',
    expect: PUBLIC,
    target: () => ({ query: { next: '/uk/' } }),
  },
  {
    route: 'GET /api/identity/verify/callback',
    payload: '?state=unknown — always a redirect back to the site with an error code',
    expect: PUBLIC,
    target: () => ({ query: { state: 'unknown-state', code: 'x' } }),
  },

  /* ---------------- petitions: public ---------------- */
  { route: 'GET /api/petitions/petitions', payload: '—', expect: PUBLIC },
  { route: 'GET /api/petitions/petitions/near-threshold', payload: '—', expect: PUBLIC },
  { route: 'GET /api/petitions/petitions/mine', payload: '—', expect: CITIZENS },
  {
    route: 'GET /api/petitions/petitions/{id}',
    payload: 'a collecting Bucha petition',
    expect: PUBLIC,
    target: async () => ({ params: { id: await sharedCollectingPetition() } }),
  },
  {
    route: 'GET /api/petitions/petitions/{id}/count',
    payload: 'a collecting Bucha petition',
    expect: PUBLIC,
    target: async () => ({ params: { id: await sharedCollectingPetition() } }),
  },
  {
    route: 'GET /api/petitions/petitions/{id}/signature',
    payload: 'a collecting Bucha petition',
    expect: CITIZENS,
    target: async () => ({ params: { id: await sharedCollectingPetition() } }),
  },
  {
    route: 'POST /api/petitions/petitions',
    payload: '{ authority: bucha, title, text }',
    expect: CITIZENS,
    target: () => ({ body: petitionBody() }),
  },
  {
    route: 'POST /api/petitions/petitions/{id}/signatures',
    variant: 'Bucha (email-confirmed signers)',
    payload: 'no body; a collecting Bucha petition',
    expect: CITIZENS,
    target: async () => {
      const id = await sharedCollectingPetition();
      return { params: { id }, items: petitionItem(id) };
    },
  },
  {
    route: 'POST /api/petitions/petitions/{id}/signatures',
    variant: 'Irpin (verified identity required)',
    payload: 'no body; a collecting Irpin petition — only a verified identity signs',
    expect: { ...CITIZENS, citizen: 403 },
    target: async () => {
      const id = await irpinPetition();
      return { params: { id }, items: petitionItem(id) };
    },
  },

  {
    route: 'POST /api/petitions/petitions/{id}/resubmission',
    payload: '{ title, text } on a Bucha petition rejected for no clear request, filed by another citizen',
    // Only the author may correct it: to every other citizen it does not exist.
    expect: { ...CITIZENS, citizen: 404, verified: 404 },
    target: async () => {
      const id = await sharedRejectedPetition();
      const { title, text } = petitionBody();
      return { params: { id }, body: { title, text }, items: petitionItem(id) };
    },
  },

  /* ---------------- petitions: officials ---------------- */
  {
    route: 'GET /petitions/petitions',
    payload: '?filter=all',
    expect: OFFICIALS,
    target: () => ({ query: { filter: 'all' } }),
    mustNotShow: hiddenFromB(async () => [await sharedCollectingPetition()]),
  },
  {
    route: 'POST /petitions/petitions/{id}/publish',
    payload: 'a submitted Bucha petition (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = await submittedTarget(fresh);
      return { params: { id }, items: petitionItem(id) };
    },
  },
  {
    route: 'POST /petitions/petitions/{id}/reject',
    payload: "{ reason: 'duplicate', duplicateOf: a collecting Bucha petition } on a submitted Bucha petition",
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = await submittedTarget(fresh);
      return { params: { id }, body: { reason: 'duplicate', duplicateOf: await sharedCollectingPetition() }, items: petitionItem(id) };
    },
  },
  {
    route: 'POST /petitions/petitions/{id}/consideration',
    payload: 'a Bucha petition at its threshold',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = await thresholdTarget(fresh);
      return { params: { id }, items: petitionItem(id) };
    },
  },
  {
    route: 'POST /petitions/petitions/{id}/answer',
    payload: '{ text } (20+ characters) on a Bucha petition at its threshold',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = await thresholdTarget(fresh);
      return { params: { id }, body: { text: 'Рада підтримує петицію; освітлення встановлять до кінця року.' }, items: petitionItem(id) };
    },
  },

  /* ---------------- consultations: public ---------------- */
  { route: 'GET /api/consultations/consultations', payload: '—', expect: PUBLIC },
  {
    route: 'GET /api/consultations/consultations/{id}',
    payload: 'an open Bucha consultation',
    expect: PUBLIC,
    target: async () => ({ params: { id: (await sharedOpenConsultation()).id } }),
  },
  {
    route: 'GET /api/consultations/consultations/{id}/sections/{number}',
    payload: 'section 1 of an open Bucha consultation',
    expect: PUBLIC,
    target: async () => ({ params: { id: (await sharedOpenConsultation()).id, number: 1 } }),
  },
  {
    route: 'GET /api/consultations/consultations/{id}/report',
    payload: 'a closed Bucha consultation whose report was published',
    expect: PUBLIC,
    target: async () => ({ params: { id: await reportedConsultation() } }),
  },
  {
    route: 'GET /api/consultations/consultations/{id}/report.csv',
    payload: 'a closed Bucha consultation whose report was published',
    expect: PUBLIC,
    target: async () => ({ params: { id: await reportedConsultation() } }),
  },
  {
    route: 'GET /api/consultations/consultations/{id}/participation',
    payload: 'an open Bucha consultation',
    expect: CITIZENS,
    target: async () => ({ params: { id: (await sharedOpenConsultation()).id } }),
  },
  {
    route: 'POST /api/consultations/consultations/{id}/sections/{number}/comments',
    payload: '{ body } on section 1',
    expect: CITIZENS,
    target: async () => {
      const { id } = await sharedOpenConsultation();
      return { params: { id, number: 1 }, body: { body: `Коментар до розділу ${randomBytes(3).toString('hex')}.` }, items: consultationItem(id) };
    },
  },
  {
    route: 'POST /api/consultations/consultations/{id}/comments/{commentId}/replies',
    payload: '{ body } to the fixture comment',
    expect: CITIZENS,
    target: async () => {
      const { id, commentId } = await sharedOpenConsultation();
      return { params: { id, commentId }, body: { body: `Відповідь ${randomBytes(3).toString('hex')}.` }, items: consultationItem(id) };
    },
  },
  {
    route: 'POST /api/consultations/consultations/{id}/comments/{commentId}/reports',
    payload: '{} on the fixture comment',
    expect: CITIZENS,
    target: async () => {
      const { id, commentId } = await sharedOpenConsultation();
      return { params: { id, commentId }, body: {}, items: consultationItem(id) };
    },
  },
  {
    route: 'POST /api/consultations/consultations/{id}/answers',
    payload: '{ answers: { q1: 0 } } (the questionnaire of the fixture)',
    expect: CITIZENS,
    target: async () => {
      const { id } = await sharedOpenConsultation();
      return { params: { id }, body: { answers: { q1: 0 } }, items: consultationItem(id) };
    },
  },
  {
    route: 'POST /api/consultations/consultations/{id}/position-papers',
    payload: 'multipart: organisation, body + a tiny PDF in `files`',
    expect: CITIZENS,
    target: async () => {
      const { id } = await sharedOpenConsultation();
      return {
        params: { id },
        multipart: {
          fields: { organisation: 'ГО «Прозора громада»', body: 'Позиція організації щодо проєкту рішення викладена у файлі.' },
          file: { name: 'position.pdf', type: 'application/pdf', content: TINY_PDF },
        },
        items: consultationItem(id),
      };
    },
  },

  /* ---------------- consultations: officials ---------------- */
  {
    route: 'GET /consultations/authorities',
    payload: '—',
    expect: OFFICIALS,
    mustNotShow: hiddenFromB(async () => [`"slug":"${AUTHORITY_A}"`]),
  },
  {
    route: 'GET /consultations/consultations',
    payload: '—',
    expect: OFFICIALS,
    mustNotShow: hiddenFromB(async () => [(await sharedOpenConsultation()).id]),
  },
  { route: 'POST /consultations/consultations', payload: 'a complete Bucha draft (sections, questionnaire)', expect: ON_ITEM_OF_A, target: () => ({ body: draftBody(AUTHORITY_A) }) },
  {
    route: 'GET /consultations/consultations/{id}',
    payload: 'an open Bucha consultation',
    expect: ON_ITEM_OF_A,
    target: async () => ({ params: { id: (await sharedOpenConsultation()).id } }),
  },
  {
    route: 'POST /consultations/consultations/{id}/publish',
    payload: 'a Bucha draft (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = fresh ? await freshDraftConsultation() : await (sharedDraftConsultation ??= freshDraftConsultation());
      return { params: { id }, items: consultationItem(id) };
    },
  },
  {
    route: 'GET /consultations/consultations/{id}/contributions',
    payload: 'an open Bucha consultation',
    expect: ON_ITEM_OF_A,
    target: async () => ({ params: { id: (await sharedOpenConsultation()).id } }),
  },
  {
    route: 'POST /consultations/consultations/{id}/comments/{commentId}/hide',
    payload: '{ reason } on a comment of an open Bucha consultation (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const { id, commentId } = await sharedOpenConsultation();
      return { params: { id, commentId: fresh ? await commentOn(id) : commentId }, body: { reason: 'Образливий зміст' }, items: consultationItem(id) };
    },
  },
  {
    route: 'POST /consultations/consultations/{id}/comments/{commentId}/disposition',
    payload: "{ disposition: 'accepted', reason } on a proposal of a closed Bucha consultation",
    expect: ON_ITEM_OF_A,
    target: async () => {
      const { id, commentIds } = await closedForDisposition();
      return { params: { id, commentId: commentIds[0] }, body: { disposition: 'accepted', reason: 'Враховано повністю.' }, items: consultationItem(id) };
    },
  },
  {
    route: 'POST /consultations/consultations/{id}/report',
    payload: '{ summary } on a closed Bucha consultation with every proposal disposed (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const { id } = await closedForReport(fresh);
      return { params: { id }, body: { summary: 'Звіт про консультацію: усі пропозиції розглянуто.' }, items: consultationItem(id) };
    },
  },

  /* ---------------- polls: public ---------------- */
  { route: 'GET /api/polls/polls', payload: '—', expect: PUBLIC },
  { route: 'GET /api/polls/polls/{id}', payload: 'an open Bucha poll', expect: PUBLIC, target: async () => ({ params: { id: await sharedOpenPoll() } }) },
  {
    route: 'GET /api/polls/polls/{id}/results',
    payload: 'an open Bucha poll with live results',
    expect: PUBLIC,
    target: async () => ({ params: { id: await sharedOpenPoll() } }),
  },
  {
    route: 'GET /api/polls/polls/{id}/results.csv',
    payload: 'an open Bucha poll with live results',
    expect: PUBLIC,
    target: async () => ({ params: { id: await sharedOpenPoll() } }),
  },
  {
    route: 'GET /api/polls/polls/{id}/response',
    payload: 'an open Bucha poll',
    expect: CITIZENS,
    target: async () => ({ params: { id: await sharedOpenPoll() } }),
  },
  {
    route: 'PUT /api/polls/polls/{id}/response',
    payload: '{ answers } — one valid answer to each question',
    expect: CITIZENS,
    target: async () => {
      const id = await sharedOpenPoll();
      return { params: { id }, body: { answers: validPollAnswers() }, items: pollItem(id) };
    },
  },

  /* ---------------- polls: officials ---------------- */
  {
    route: 'GET /polls/polls',
    payload: '?filter=all',
    expect: OFFICIALS,
    target: () => ({ query: { filter: 'all' } }),
    mustNotShow: hiddenFromB(async () => [await sharedOpenPoll()]),
  },
  {
    route: 'POST /polls/polls',
    payload: '{ authority: bucha, title, questions }',
    expect: ON_ITEM_OF_A,
    target: () => ({ body: { authority: AUTHORITY_A, title: `Опитування ${randomBytes(3).toString('hex')}`, questions: QUESTIONS } }),
  },
  {
    route: 'GET /polls/polls/{id}/results',
    payload: 'an open Bucha poll',
    expect: ON_ITEM_OF_A,
    target: async () => ({ params: { id: await sharedOpenPoll() } }),
  },
  {
    route: 'POST /polls/polls/{id}/schedule',
    payload: '{ opensAt: in 2 days, closesAt: in 9 days } on a Bucha draft (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = fresh ? await freshDraftPoll() : await (sharedDraftPoll ??= freshDraftPoll());
      return { params: { id }, body: { opensAt: future(2), closesAt: future(9) }, items: pollItem(id) };
    },
  },
  {
    route: 'POST /polls/polls/{id}/open',
    payload: 'no body; a Bucha draft (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = fresh ? await freshDraftPoll() : await (sharedDraftPoll ??= freshDraftPoll());
      return { params: { id }, items: pollItem(id) };
    },
  },
  {
    route: 'POST /polls/polls/{id}/close',
    payload: 'an open Bucha poll (one per succeeding cell)',
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const id = fresh ? await freshOpenPoll() : await (sharedOpenPollToClose ??= freshOpenPoll());
      return { params: { id }, items: pollItem(id) };
    },
  },
  {
    route: 'GET /polls/polls/{id}/texts',
    payload: 'an open Bucha poll',
    expect: ON_ITEM_OF_A,
    target: async () => ({ params: { id: await sharedOpenPoll() } }),
  },
  {
    route: 'POST /polls/polls/{id}/texts/{answerId}',
    payload: "{ decision: 'approved' } on a pending free-text answer (one per succeeding cell)",
    expect: ON_ITEM_OF_A,
    consumes: true,
    target: async (_c, fresh) => {
      const { pollId, answerId } = fresh ? await freshTextAnswer() : await (sharedTextAnswer ??= freshTextAnswer());
      return { params: { id: pollId, answerId }, body: { decision: 'approved' }, items: pollItem(pollId) };
    },
  },
];

/** A closed consultation with its report published by the official of A (for the public report routes). */
let reported: Promise<string> | undefined;
function reportedConsultation(): Promise<string> {
  reported ??= (async () => {
    const { id } = (await closedConsultations())[1];
    const res = await api('POST', `/consultations/consultations/${id}/report`, {
      bearer: await officialToken(),
      body: { summary: 'Звіт про консультацію: пропозицій не надійшло.' },
    });
    if (res.status !== 200) throw new Error(`publishing the report failed: ${res.status} ${JSON.stringify(res.body)}`);
    return id;
  })();
  return reported;
}

/**
 * Routes of Strapi's own plugins that the platform exposes but does not use: no citizen may list accounts, change
 * their own role or confirmation, or upload files; no official may read citizens' accounts in the content manager.
 * Not part of the coverage check (they are not our plugins' routes), but held to the same table.
 */
export const BUILT_IN_TABLE: AccessRow[] = [
  { route: 'GET /api/users', payload: '—', expect: NOBODY_ON_CONTENT_API },
  {
    route: 'GET /api/users/{id}',
    payload: "the fixture author's account",
    expect: NOBODY_ON_CONTENT_API,
    target: async () => ({ params: { id: (await author()).id } }),
  },
  {
    route: 'PUT /api/users/{id}',
    payload: '{ confirmed, blocked, role, username } on the caller’s own account (mass assignment)',
    expect: NOBODY_ON_CONTENT_API,
    target: async (caller) => ({ params: { id: caller.userId ?? (await author()).id }, body: { confirmed: true, blocked: false, role: 1, username: 'taken-over' } }),
  },
  { route: 'DELETE /api/users/{id}', payload: "the fixture author's account", expect: NOBODY_ON_CONTENT_API, target: async () => ({ params: { id: (await author()).id } }) },
  { route: 'POST /api/users', payload: '{ username, email, password }', expect: NOBODY_ON_CONTENT_API, target: () => ({ body: { username: 'x', email: 'x@proof.localhost', password: 'Xx-123456789' } }) },
  {
    route: 'GET /api/users/me',
    payload: '— (the caller’s own account, never its secrets)',
    expect: { ...CITIZENS, officialA: 'refused', officialB: 'refused', superAdmin: 'refused' },
    mustNotShow: () => ['"password"', 'resetPasswordToken', 'confirmationToken'],
  },
  { route: 'GET /api/users-permissions/roles', payload: '—', expect: NOBODY_ON_CONTENT_API },
  { route: 'GET /api/users-permissions/permissions', payload: '—', expect: NOBODY_ON_CONTENT_API },
  { route: 'GET /api/upload/files', payload: '—', expect: NOBODY_ON_CONTENT_API },
  {
    route: 'POST /api/upload',
    payload: 'multipart with a tiny PDF',
    expect: NOBODY_ON_CONTENT_API,
    target: () => ({ multipart: { fields: {}, file: { name: 'x.pdf', type: 'application/pdf', content: TINY_PDF } } }),
  },
  {
    route: 'GET /content-manager/collection-types/plugin::users-permissions.user',
    payload: "— (citizens' accounts and emails)",
    expect: SUPER_ADMIN,
  },
  { route: 'GET /admin/users', payload: '— (admin accounts)', expect: SUPER_ADMIN },
];
