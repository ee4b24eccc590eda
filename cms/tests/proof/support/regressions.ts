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
 * Server bugs the proof found, each reproduced in one request. They were reported as `it.failing` tests and are
 * fixed now; each stays here as a regression test, and the hostile-input properties hunt for anything like them.
 * A new bug the proof finds gets an entry here, reproduced, and an `it.failing` in regressions.test.ts until fixed.
 */
export interface Regression {
  id: string;
  summary: string;
  /** Where it came from and how it was fixed. */
  fix: string;
  /** Sends what showed the bug and returns what is wrong with the answer (empty: fixed). */
  reproduce: () => Promise<string[]>;
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

export const REGRESSIONS: Regression[] = [
  {
    id: 'multipart-500',
    summary: 'a malformed multipart body gets a 500 (anonymous callers too, on every write route)',
    fix: 'formidable’s errors carry `httpCode`, not `status`: plugins/core/server/src/middlewares/bilingual-errors.ts now turns any 4xx parse error into a 400 on the field `body`.',
    reproduce: () =>
      answerOf(send('PUT', '/api/core/preferences', { rawBytes: Buffer.from('not multipart'), headers: { 'content-type': 'multipart/form-data; boundary=x' } })),
  },
  {
    id: 'percent-path-500',
    summary: 'a GET outside /api with a malformed percent-encoding gets a 500 (the admin APIs of every plugin, site paths)',
    fix: 'plugins/core/server/src/middlewares/text-integrity.ts refuses a path that cannot be decoded with a 400 on `path`; static-site.ts leaves such paths to the router.',
    reproduce: () =>
      answerOf(send('GET', '/petitions/petitions/%E0%A4%A')),
  },
  {
    id: 'static-site-traversal-403',
    summary: 'a GET on an admin API path whose value looks like a file traversal (..\\x) gets the static file server’s bare 403 "Forbidden" (no details, English only) instead of the route’s answer',
    fix: 'static-site.ts no longer serves files under any plugin’s admin prefix (taken from strapi.plugins), and leaves every 4xx of koa-send to the router.',
    reproduce: () => answerOf(send('GET', `/polls/polls/${encodeURIComponent('..\\..\\windows\\win.ini')}/results`)),
  },
  {
    id: 'method-not-allowed-text',
    summary: 'an unsupported method on a served path gets "Method Not Allowed" as text/plain, not the JSON error envelope',
    fix: 'bilingual-errors.ts wraps @koa/router’s plain-text 405 (and 501 for an unknown method) in the JSON envelope as a 405, keeping `Allow` in details.',
    reproduce: () =>
      answerOf(send('PATCH', '/api/petitions/petitions', { body: {} })),
  },
  {
    id: 'payload-too-large-envelope',
    summary: 'a body over the limit gets 413 "request entity too large": English only, no error.details',
    fix: 'bilingual-errors.ts answers raw-body’s and formidable’s 413 with a bilingual PayloadTooLargeError naming `body`.',
    reproduce: () =>
      answerOf(send('POST', '/api/petitions/petitions', { rawBytes: Buffer.from(JSON.stringify({ text: 'x'.repeat(1024 * 1024) })), headers: { 'content-type': 'application/json' } })),
  },
  {
    id: 'english-only-refusals',
    summary:
      'refusals written by Strapi itself are English only: 401 "Missing or invalid credentials" (admin API), 401 "Invalid credentials" ' +
      '(unconfirmed account), 403 "Policy Failed" (an official without the admin permission)',
    fix: 'bilingual-errors.ts gives every English-only 401/403/404/405/413/429, thrown or written, the bilingual wording of its status and keeps the original as details.reason.',
    reproduce: () => answerOf(send('GET', '/petitions/petitions')),
  },
  {
    id: 'nul-in-text-500',
    summary: 'a NUL character in a text value that reaches PostgreSQL gets a 500 (anonymous callers too)',
    fix: 'text-integrity.ts, right after strapi::body, refuses NUL (and lone surrogates) in the path, the query and the body with a 400 naming the field, before any handler or query sees the text.',
    reproduce: () => answerOf(send('GET', '/api/core/authorities/bucha%00')),
  },
  {
    id: 'unsubscribe-400-without-fields',
    summary: 'an invalid or missing unsubscribe token gets a 400 without field messages (details.errors)',
    fix: 'plugins/core/server/src/controllers/unsubscribe.ts names `token` in details.errors.',
    reproduce: () =>
      answerOf(send('POST', '/api/core/unsubscribe?token=not-a-token')),
  },
  {
    id: 'lone-surrogate-password-crash',
    summary:
      'one request with a lone surrogate in a password ("\\ud800" in the JSON) kills the whole server process: POST /api/core/session ' +
      '(any identifier — the decoy hash is compared too), POST /admin/login, and every other password check',
    fix: 'bcryptjs 2.4.3 never ended its UTF-8 conversion on a lone surrogate and V8 aborted the process. The root package.json overrides every copy to bcryptjs 3.0.3, and text-integrity.ts refuses lone surrogates before any hash or compare.',
    reproduce: async () => {
      const crashing = (await bcryptCopiesThatCrash()).map((where) => `bcryptjs resolved from ${where} aborts the process on "\\ud800"`);
      // Sent to the server only once no copy can abort it (otherwise the whole run would go down with it).
      if (crashing.length) return crashing;
      const body = '{"identifier":"nobody@example.org","password":"x\\ud800y"}';
      const answers = [
        ...(await answerOf(send('POST', '/api/core/session', { rawBody: body }))),
        ...(await answerOf(send('POST', '/admin/login', { rawBody: body.replace('identifier', 'email') }))),
      ];
      const alive = await send('GET', '/api/core/authorities');
      return alive.status === 200 ? answers : [...answers, `the server answered ${alive.status} afterwards`];
    },
  },
  {
    id: 'multipart-read-before-auth',
    summary:
      'a 12 MB multipart body to a JSON write route is received and written to disk before the anonymous caller is refused ' +
      '(403, not 413), and the file then stays in the temp folder',
    fix: 'strapi::body now has `formidable: { maxFileSize: 10 MB }` (the largest legitimate upload, a position paper): a larger body is refused with 413 while it streams and formidable removes its partial file; plugins/core/server/src/middlewares/upload-cleanup.ts removes every stored upload when a request ends, refused or not.',
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
  },
  {
    id: 'refused-upload-left-on-disk',
    summary: 'a refused position paper leaves its uploaded file in the temp folder (up to 10 MB each, never removed)',
    fix: 'strapi::body removed uploads only after a success and only for the field `files`; upload-cleanup.ts (wrapping strapi::body) removes every one in a `finally`.',
    reproduce: async () => {
      const citizen = await createCitizen();
      const { id } = await sharedOpenConsultation();
      const bytes = 10 * MB + 4321;
      const since = Date.now();
      await send('POST', `/api/consultations/consultations/${id}/position-papers`, {
        cookie: citizen.cookie,
        multipart: {
          fields: { organisation: 'ГО «Прозора громада»', body: 'Позиція організації щодо проєкту у файлі.' },
          file: { name: 'big.pdf', type: 'application/pdf', content: Buffer.alloc(bytes, 0x25) },
        },
      });
      await new Promise((r) => setTimeout(r, 1000));
      const left = tempFilesOfSize(bytes, since);
      // The proof cleans up after the bug it shows.
      for (const name of left) rmSync(join(tmpdir(), name), { force: true });
      return left.length ? [`left in ${tmpdir()}: ${left.join(', ')}`] : [];
    },
  },
];
