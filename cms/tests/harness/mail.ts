import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testServer } from './server';

/** Messages the server wrote for an address (development mail goes to a folder), newest last. */
export function mailsTo(address: string): string[] {
  const dir = testServer().mailDir;
  if (!existsSync(dir)) return [];
  const safe = address.replace(/[^a-z0-9@._-]/gi, '_');
  return readdirSync(dir)
    .filter((f) => f.endsWith(`${safe}.eml`))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Decodes quoted-printable soft breaks and escapes, then finds the first link containing `marker`. */
export function linkIn(mail: string, marker: string): string | null {
  const decoded = mail.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  const match = decoded.match(new RegExp(`https?://[^\\s"<>]*${marker}[^\\s"<>]*`));
  return match ? match[0].replace(/&amp;/g, '&') : null;
}

export async function waitForMail(address: string, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const mails = mailsTo(address);
    if (mails.length) return mails[mails.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail for ${address} within ${timeoutMs} ms`);
}
