import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testServer } from './server';

/**
 * Mail the test server sent, as stored by the SMTP sink (services/smtp-sink.ts): one `.eml` file per recipient,
 * named `<time>-<n>-<address>.eml`, so sorting by name sorts by arrival.
 */
export function mailsTo(address: string): string[] {
  const dir = testServer().mailDir;
  if (!existsSync(dir)) return [];
  const safe = address.replace(/[^a-z0-9@._-]/gi, '_');
  return readdirSync(dir)
    .filter((f) => f.endsWith(`-${safe}.eml`) || f === `${safe}.eml`)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export interface ReadMail {
  /** Header names in lower case, folded lines joined, encoded words decoded. */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
}

const decodeQuotedPrintable = (body: string): Buffer => {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
};

const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    );

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function collectParts(raw: string, into: { text: string; html: string }): void {
  const { headers, body } = splitEntity(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      collectParts(part.replace(/^\r?\n/, ''), into);
    }
    return;
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const decoded =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body).toString('utf8')
        : body;
  if (/^text\/html/i.test(type)) into.html += decoded;
  else if (/^text\/plain/i.test(type)) into.text += decoded;
}

/** Parses a stored message far enough for tests: headers, subject and the decoded text and HTML parts. */
export function readMail(raw: string): ReadMail {
  const { headers } = splitEntity(raw);
  const parts = { text: '', html: '' };
  collectParts(raw, parts);
  return { headers, subject: headers.subject ?? '', ...parts };
}

/** Finds the first link containing `marker` in the decoded message (text part first, then HTML). */
export function linkIn(mail: string, marker: string): string | null {
  const { text, html } = readMail(mail);
  for (const body of [text, html.replace(/&amp;/g, '&')]) {
    const match = body.match(new RegExp(`https?://[^\\s"<>()]*${marker}[^\\s"<>()]*`));
    if (match) return match[0];
  }
  return null;
}

export async function waitForMail(address: string, timeoutMs = 10_000): Promise<string> {
  return waitForMailWhere(address, () => true, timeoutMs);
}

/** The newest message to `address` that passes `test`, waiting for it to arrive. */
export async function waitForMailWhere(address: string, test: (mail: ReadMail) => boolean, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = mailsTo(address).filter((m) => test(readMail(m)));
    if (found.length) return found[found.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching mail for ${address} within ${timeoutMs} ms`);
}
