import { randomBytes } from 'node:crypto';
import { api } from '../../../cms/tests/harness/http';
import { db } from '../../../cms/tests/harness/database';

/** One question of every type: q1 single (3), q2 multiple (4, max 2), q3 ranking (3), q4 scale, q5 optional text. */
export const QUESTIONS = [
  { type: 'single', text: 'Який день прибирання вам зручніший?', options: ['Субота', 'Неділя', 'Будь-який'] },
  { type: 'multiple', text: 'Що облаштувати в сквері?', options: ['Лавки', 'Освітлення', 'Смітники', 'Велопарковку'], maxChoices: 2 },
  { type: 'ranking', text: 'Розставте пріоритети ремонту', options: ['Дороги', 'Школи', 'Укриття'] },
  { type: 'scale', text: 'Оцініть роботу ЦНАП', minLabel: 'Погано', maxLabel: 'Чудово' },
  { type: 'text', text: 'Ваші пропозиції', required: false },
];

export type Answers = ({ question: string; [key: string]: unknown } | null)[];

/** A complete, valid response; the arguments pick the answers. */
export function answers(choice = 'o1', choices = ['o1', 'o2'], ranking = ['o1', 'o2', 'o3'], value = 4, text?: string): Answers {
  return [
    { question: 'q1', choice },
    { question: 'q2', choices },
    { question: 'q3', ranking },
    { question: 'q4', value },
    text === undefined ? null : { question: 'q5', text },
  ];
}

export const pollPath = (id: string, rest = '') => `/api/polls/polls/${id}${rest}`;
export const adminPath = (id: string, rest = '') => `/polls/polls/${id}${rest}`;

export const respond = (cookie: string, id: string, body: Answers | unknown, options: { raw?: boolean } = {}) =>
  api('PUT', pollPath(id, '/response'), { cookie, body: options.raw ? body : { answers: body } });

/** A draft created by `bearer` (an admin JWT) on `authority`; overrides go into the create request. */
export async function createPoll(bearer: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await api('POST', '/polls/polls', {
    bearer,
    body: { authority: 'bucha', title: `Тестове опитування ${randomBytes(4).toString('hex')}`, questions: QUESTIONS, ...overrides },
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

export async function openPoll(bearer: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await createPoll(bearer, overrides);
  const res = await api('POST', adminPath(id, '/open'), { bearer });
  if (res.status !== 200) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

export const closePoll = (bearer: string, id: string) => api('POST', adminPath(id, '/close'), { bearer });

export async function responseCount(id: string): Promise<number> {
  const { rows } = await db().query(
    'SELECT count(*)::int AS n FROM polls_responses r JOIN polls_polls p ON p.id = r.poll_id WHERE p.document_id = $1',
    [id],
  );
  return rows[0].n;
}

/** Audit events of a poll with the given action, oldest first. */
export async function events(id: string, action: string): Promise<{ actor: string; payload: Record<string, unknown> }[]> {
  const { rows } = await db().query(
    "SELECT actor, payload FROM core_audit_events WHERE module = 'polls' AND item_id = $1 AND action = $2 ORDER BY seq",
    [id, action],
  );
  return rows;
}

/** Field paths of a 400 answer, joined with dots. */
export const fieldPaths = (res: { body: { error?: { details?: { errors?: { path: (string | number)[] }[] } } } }) =>
  (res.body.error?.details?.errors ?? []).map((e) => e.path.join('.'));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A new official with the given roles at one authority, and their admin JWT. (The same helper lives in the
 * consultations tests; it belongs in the harness.)
 */

export { officialWithRoles } from '../../../cms/tests/harness/officials';
