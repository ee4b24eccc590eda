import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import type { AuxiliaryService } from '../auxiliary-services';
import { TEST_MAIL_DIR } from '../test-environment';

/** Recipients at this domain are refused (550), so tests can watch retries and dead letters. */
export const FAILING_DOMAIN = 'fail.test';

/**
 * A real SMTP server in the test process: the test Strapi delivers its outbox here over SMTP, and every accepted
 * message is stored once per recipient as `<time>-<n>-<address>.eml` in the test mail folder (what harness/mail.ts
 * reads). The file appears whole or not at all (written aside, then renamed).
 */
export async function start(): Promise<AuxiliaryService> {
  // A private runner with a mail folder of its own can point the sink there.
  const folder = process.env.SMTP_SINK_DIR ?? TEST_MAIL_DIR;
  mkdirSync(folder, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'VzayemoDiia test SMTP sink',
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().endsWith(`@${FAILING_DOMAIN}`)) {
        return callback(Object.assign(new Error(`Mailbox unavailable: ${FAILING_DOMAIN} refuses all mail`), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const message = Buffer.concat(chunks);
        for (const rcpt of session.envelope.rcptTo) {
          received += 1;
          const safeTo = rcpt.address.replace(/[^a-z0-9@._-]/gi, '_');
          const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(received).padStart(6, '0')}-${safeTo}.eml`;
          const file = join(folder, name);
          writeFileSync(`${file}.part`, message);
          renameSync(`${file}.part`, file);
        }
        callback();
      });
    },
  });
  server.on('error', (error) => console.error(`[smtp-sink] ${String(error)}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    name: 'smtp-sink',
    env: { SMTP_URL: `smtp://127.0.0.1:${port}` },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
