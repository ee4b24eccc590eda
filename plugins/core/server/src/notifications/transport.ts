import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  id: number;
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
  messageId: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Development without SMTP_URL: every message becomes an .eml file a person can open (and /dev/mail/ lists). */
function folderTransport(folder: string, log: (line: string) => void): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = (await composer.sendMail(toNodemailer(mail))) as unknown as { message: Buffer };
      mkdirSync(folder, { recursive: true });
      const safeTo = mail.to.replace(/[^a-z0-9@._-]/gi, '_');
      const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}-${safeTo}.eml`);
      writeFileSync(file, info.message);
      log(`[mail] ${mail.subject} → ${mail.to}: ${file}`);
    },
    close: () => composer.close(),
  };
}

/** Pooled connections, with timeouts well inside the outbox lease so a hung server cannot outlive the claim. */
const SMTP_DEFAULTS: Record<string, string> = {
  pool: 'true',
  maxConnections: '2',
  connectionTimeout: '15000',
  greetingTimeout: '15000',
  socketTimeout: '60000',
};

function smtpTransport(url: string): MailTransport {
  // nodemailer reads options from the URL's query; settings given there by the operator win.
  const withDefaults = new URL(url);
  for (const [name, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!withDefaults.searchParams.has(name)) withDefaults.searchParams.set(name, value);
  }
  const transport = nodemailer.createTransport(withDefaults.toString());
  return {
    async send(mail) {
      await transport.sendMail(toNodemailer(mail));
    },
    close: () => transport.close(),
  };
}

const toNodemailer = (mail: OutgoingMail) => ({
  from: mail.from,
  to: mail.to,
  replyTo: mail.replyTo,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  headers: mail.headers,
  messageId: mail.messageId,
  // Readable .eml files and links a person can copy out of the raw message, whatever the alphabet.
  textEncoding: 'quoted-printable' as const,
});

export function createTransport(o: { smtpUrl?: string; mailDir: string; log: (line: string) => void }): MailTransport {
  return o.smtpUrl ? smtpTransport(o.smtpUrl) : folderTransport(o.mailDir, o.log);
}
