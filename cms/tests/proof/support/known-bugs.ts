import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';
import { createCitizen } from '../../harness/citizens';
import type { ApiResponse } from '../../harness/http';
import { sharedOpenConsultation } from './fixtures';
import { brokenPromises, isBilingual } from './invariants';
import { send } from './send';

/**
 * Server bugs the proof found and reported (not fixed here: the proof owns no server code). Each one is
 * reproduced by known-bugs.test.ts as a `failing` test, so the suite stays green while the bug lives and turns red
 * the day it is fixed (then delete the entry). The hostile-input properties excuse exactly these answers, so they
 * keep hunting for anything else.
 */
export interface KnownBug {
  id: string;
  summary: string;
  /** Where it comes from (file and line at the time of writing). */
  cause: string;
  /** Sends what shows the bug and returns what is wrong with the answer (empty once it is fixed). */
  reproduce: () => Promise<string[]>;
  /** Whether a fuzzed answer is this bug (and not something new). */
  explains: (seen: { method: string; path: string; requestType?: string; body?: string; res: ApiResponse }) => boolean;
  /** Which of the broken promises this bug accounts for (all of them by default). */
  covers?: (problem: string) => boolean;
}

const answerOf = async (answer: Promise<ApiResponse>) => {
  const res = await answer;
  return brokenPromises(res).map((p) => `${res.status}: ${p}`);
};

const MB = 1024 * 1024;

/** Files in the temp folder with exactly this size, changed since `since` (formidable stores uploads there). */
export const tempFilesOfSize = (bytes: number, since: number) =>
  readdirSync(tmpdir()).filter((name) => {
    try {
      const st = statSync(join(tmpdir(), name));
      return st.isFile() && st.size === bytes && st.mtimeMs >= since - 1000;
    } catch {
      return false;
    }
  });

/** The bcryptjs copies the server loads (core, admin, users-permissions), resolved as they resolve it. */
const BCRYPT_USERS = ['@vzd/core', '@strapi/admin', '@strapi/plugin-users-permissions'];

let bcryptVerdict: Promise<string[]> | undefined;

/** Which of those copies abort the process on a lone surrogate (each tried in a child process of its own). */
export function bcryptCopiesThatCrash(): Promise<string[]> {
  bcryptVerdict ??= (async () => {
    const crashing: string[] = [];
    for (const user of BCRYPT_USERS) {
      let bcrypt: string;
      try {
        bcrypt = require.resolve('bcryptjs', { paths: [join(repoRoot, 'node_modules', user)] });
      } catch {
        continue;
      }
      const program = `const b=require(${JSON.stringify(bcrypt)});b.compareSync(String.fromCharCode(0xd800),b.hashSync('x',4));`;
      const result = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8', timeout: 20_000 });
      if (result.status !== 0) crashing.push(user);
    }
    return crashing;
  })();
  return bcryptVerdict;
}

const malformedPercent = (path: string) => {
  try {
    decodeURIComponent(path.split('?')[0]);
    return false;
  } catch {
    return true;
  }
};

export const KNOWN_BUGS: KnownBug[] = [
  {
    id: 'multipart-500',
    summary: 'a malformed multipart body gets a 500 (anonymous callers too, on every write route)',
    cause:
      'strapi::body (koa-body/formidable) rejects with an Error that has no status ("MultipartParser.end(): stream ended unexpectedly", ' +
      '"bad content-type header, no multipart boundary"); plugins/core/server/src/middlewares/bilingual-errors.ts (isBodyParseError) ' +
      'only turns status-400 parse errors into a 400, so strapi::errors answers 500. Body parsing runs before authentication.',
    reproduce: () =>
      answerOf(send('PUT', '/api/core/preferences', { rawBytes: Buffer.from('not multipart'), headers: { 'content-type': 'multipart/form-data; boundary=x' } })),
    explains: ({ requestType, res }) => res.status === 500 && /^multipart\/form-data/i.test(requestType ?? ''),
  },
  {
    id: 'percent-path-500',
    summary: 'a GET outside /api with a malformed percent-encoding gets a 500 (the admin APIs of every plugin, site paths)',
    cause:
      'plugins/core/server/src/middlewares/static-site.ts line 19: decodeURIComponent(ctx.path) throws URIError for any GET path not ' +
      'owned by Strapi (OWNED_BY_STRAPI does not list /petitions, /consultations, /polls, /core), before routing and authentication.',
    reproduce: () =>
      answerOf(send('GET', '/petitions/petitions/%E0%A4%A')),
    explains: ({ method, path, res }) => res.status === 500 && method === 'GET' && !path.startsWith('/api/') && malformedPercent(path),
  },
  {
    id: 'static-site-traversal-403',
    summary: 'a GET on an admin API path whose value looks like a file traversal (..\\x) gets the static file server’s bare 403 "Forbidden" (no details, English only) instead of the route’s answer',
    cause:
      'plugins/core/server/src/middlewares/static-site.ts serves files for every GET outside OWNED_BY_STRAPI — the admin APIs of the ' +
      'plugins included — and rethrows every koa-send error but 404/400 (line 33): resolve-path’s 403 for a traversal escapes as is.',
    reproduce: () => answerOf(send('GET', `/polls/polls/${encodeURIComponent('..\\..\\windows\\win.ini')}/results`)),
    explains: ({ method, path, res }) => res.status === 403 && method === 'GET' && !path.startsWith('/api/') && (res.body as { error?: { message?: string } })?.error?.message === 'Forbidden',
  },
  {
    id: 'method-not-allowed-text',
    summary: 'an unsupported method on a served path gets "Method Not Allowed" as text/plain, not the JSON error envelope',
    cause:
      "Strapi mounts @koa/router's allowedMethods() (node_modules/@strapi/core/dist/services/server/api.js, routing.js), which sets a " +
      'plain-text 405 body; neither strapi::errors nor plugins/core/server/src/middlewares/bilingual-errors.ts wraps it.',
    reproduce: () =>
      answerOf(send('PATCH', '/api/petitions/petitions', { body: {} })),
    explains: ({ res }) => res.status === 405,
  },
  {
    id: 'payload-too-large-envelope',
    summary: 'a body over the limit gets 413 "request entity too large": English only, no error.details',
    cause:
      'raw-body/co-body throw a 413 that strapi::errors formats as is; plugins/core/server/src/middlewares/bilingual-errors.ts ' +
      'only rewrites parse errors (400) and the generic 401/403/404 bodies.',
    reproduce: () =>
      answerOf(send('POST', '/api/petitions/petitions', { rawBytes: Buffer.from(JSON.stringify({ text: 'x'.repeat(1024 * 1024) })), headers: { 'content-type': 'application/json' } })),
    explains: ({ res }) => res.status === 413,
    covers: (problem) => problem.startsWith('error.details is missing') || problem.startsWith('error.message is not bilingual'),
  },
  {
    id: 'english-only-refusals',
    summary:
      'refusals written by Strapi itself are English only: 401 "Missing or invalid credentials" (admin API), 401 "Invalid credentials" ' +
      '(unconfirmed account), 403 "Policy Failed" (an official without the admin permission)',
    cause:
      'plugins/core/server/src/middlewares/bilingual-errors.ts GENERIC rewrites only the messages "Unauthorized", "Forbidden", ' +
      '"Not Found"; the admin API, its permission policy and users-permissions use other wording, which passes through untranslated.',
    reproduce: () => answerOf(send('GET', '/petitions/petitions')),
    explains: ({ res }) => [401, 403].includes(res.status) && !isBilingual((res.body as { error?: { message?: string } })?.error?.message),
    covers: (problem) => problem.startsWith('error.message is not bilingual'),
  },
  {
    id: 'nul-in-text-500',
    summary: 'a NUL character in a text value that reaches PostgreSQL gets a 500 (anonymous callers too)',
    cause:
      'PostgreSQL text cannot hold U+0000 ("invalid byte sequence for encoding \"UTF8\": 0x00") and the contracts accept it ' +
      '(plain z.string()). Seen: GET /api/core/authorities/{slug} (services/authorities.ts findBySlug), POST /api/core/session ' +
      '`identifier` (users-permissions lookup), POST /api/consultations/…/comments and …/replies (`authorName`, `body`), ' +
      'GET /api/identity/verify/callback `state` (plugins/identity/server/src/services/verification.ts consume(), line 30). ' +
      'One shared text schema in the core that refuses NUL (a 400 on the field) would close all of them.',
    reproduce: () => answerOf(send('GET', '/api/core/authorities/bucha%00')),
    explains: ({ path, body, res }) => res.status === 500 && (/%00/.test(path) || /\\u0000|\u0000/.test(body ?? '')),
  },
  {
    id: 'unsubscribe-400-without-fields',
    summary: 'an invalid or missing unsubscribe token gets a 400 without field messages (details.errors)',
    cause: 'plugins/core/server/src/controllers/unsubscribe.ts, invalid(): answers details { code: "invalid_token" } and no errors[] naming `token`.',
    reproduce: () =>
      answerOf(send('POST', '/api/core/unsubscribe?token=not-a-token')),
    explains: ({ path, res }) => path.startsWith('/api/core/unsubscribe') && res.status === 400,
    covers: (problem) => problem.startsWith('400 without field messages'),
  },
  {
    id: 'lone-surrogate-password-crash',
    summary:
      'one request with a lone surrogate in a password ("\\ud800" in the JSON) kills the whole server process: POST /api/core/session ' +
      '(any identifier — the decoy hash is compared too), POST /admin/login, and every other password check',
    cause:
      'bcryptjs 2.4.3 (used by plugins/core/server/src/services/session.ts through users-permissions validatePassword, by ' +
      '@strapi/admin and @strapi/plugin-users-permissions) never ends its UTF-8 conversion on a lone surrogate: V8 aborts with ' +
      '"Fatal JavaScript invalid size error" (not an exception — nothing can catch it). Fix: bcryptjs ≥ 3 for every copy ' +
      '(an npm override), or refuse non-well-formed strings before any hash or compare. Not sent to the test server (it would ' +
      'take the whole run down): the check runs the installed bcryptjs copies in child processes.',
    reproduce: async () => (await bcryptCopiesThatCrash()).map((where) => `bcryptjs resolved from ${where} aborts the process on "\\ud800"`),
    explains: () => false,
  },
  {
    id: 'multipart-read-before-auth',
    summary:
      'a 12 MB multipart body to a JSON write route is received and written to disk before the anonymous caller is refused ' +
      '(403, not 413), and the file then stays in the temp folder',
    cause:
      'cms/config/middlewares.ts configures strapi::body with jsonLimit/formLimit/textLimit only: multipart stays enabled on every ' +
      'route with formidable’s default maxFileSize (200 MB), and body parsing runs before authentication; ' +
      'node_modules/@strapi/core/dist/middlewares/body.js removes uploaded files only when the request ends without an error, and ' +
      'a refusal is an error. So anyone can leave up to 200 MB per request in os.tmpdir(). A limit such as ' +
      '`formidable: { maxFileSize: 10 MB }` (the largest legitimate upload, a position paper) refuses early with 413; removing ' +
      'ctx.request.files in a core middleware’s `finally` stops the leak.',
    reproduce: async () => {
      const bytes = 12 * MB + 777;
      const since = Date.now();
      const form = { fields: {}, file: { name: 'big.bin', type: 'application/octet-stream', content: Buffer.alloc(bytes, 1) } };
      const res = await send('POST', '/api/petitions/petitions', { multipart: form });
      await new Promise((r) => setTimeout(r, 1000));
      const left = tempFilesOfSize(bytes, since);
      for (const name of left) rmSync(join(tmpdir(), name), { force: true });
      return [
        ...(res.status === 413 ? [] : [`answered ${res.status} after reading the whole body`]),
        ...(left.length ? [`left in ${tmpdir()}: ${left.join(', ')}`] : []),
      ];
    },
    explains: () => false,
  },
  {
    id: 'refused-upload-left-on-disk',
    summary: 'a refused position paper leaves its uploaded file in the temp folder (up to 10 MB each, never removed)',
    cause:
      'node_modules/@strapi/core/dist/middlewares/body.js removes uploaded files only when the request ends without an error; ' +
      'plugins/consultations/server/src/services/participation.ts (around line 196) refuses papers by throwing and never removes ' +
      'file.filepath itself, so every refused (or failed) upload stays in os.tmpdir().',
    reproduce: async () => {
      const citizen = await createCitizen();
      const { id } = await sharedOpenConsultation();
      const bytes = 10 * MB + 4321;
      const since = Date.now();
      await send('POST', `/api/consultations/consultations/${id}/position-papers`, {
        cookie: citizen.cookie,
        multipart: {
          fields: { authorName: 'Олег Перевірка', organisation: 'ГО «Прозора громада»', body: 'Позиція організації щодо проєкту у файлі.' },
          file: { name: 'big.pdf', type: 'application/pdf', content: Buffer.alloc(bytes, 0x25) },
        },
      });
      await new Promise((r) => setTimeout(r, 1000));
      const left = tempFilesOfSize(bytes, since);
      // The proof cleans up after the bug it shows.
      for (const name of left) rmSync(join(tmpdir(), name), { force: true });
      return left.length ? [`left in ${tmpdir()}: ${left.join(', ')}`] : [];
    },
    explains: () => false,
  },
];

/** The broken promises left once the known bugs are accounted for. */
export function unexplained(problems: string[], seen: Parameters<KnownBug['explains']>[0]): string[] {
  const bugs = KNOWN_BUGS.filter((b) => b.explains(seen));
  return problems.filter((p) => !bugs.some((b) => (b.covers ? b.covers(p) : true)));
}
