import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { fromRoot } from '@vzd/config';

interface ProviderOptions {
  smtpUrl?: string;
  mailDir: string;
}

interface Settings {
  defaultFrom: string;
  defaultReplyTo: string;
}

interface SendOptions {
  to: string;
  from?: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
}

/**
 * Strapi email provider: SMTP when SMTP_URL is set; otherwise every message is written as an .eml file to
 * MAIL_DIR, so a person running the demo can open the confirmation link without a mail server.
 */
export default {
  init(options: ProviderOptions, settings: Settings) {
    const transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const folder = fromRoot(options.mailDir);

    return {
      async send(message: SendOptions): Promise<void> {
        const info = await transport.sendMail({
          from: message.from ?? settings.defaultFrom,
          replyTo: message.replyTo ?? settings.defaultReplyTo,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
        });
        if (!options.smtpUrl) {
          mkdirSync(folder, { recursive: true });
          const safeTo = message.to.replace(/[^a-z0-9@._-]/gi, '_');
          const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeTo}.eml`);
          writeFileSync(file, (info as unknown as { message: Buffer }).message);
          console.log(`[mail] ${message.subject} → ${message.to}: ${file}`);
        }
      },
    };
  },
};
