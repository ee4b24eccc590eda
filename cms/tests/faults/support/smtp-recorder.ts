import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * An SMTP server that remembers which outbox message it accepted (the `X-VZD-Outbox-Id` header the worker sets) and
 * how often. It answers each message after `delayMs`, so a crash can land while a message is "on the wire":
 * received here, but not yet marked sent by the worker.
 */
export interface SmtpRecorder {
  url: string;
  /** Outbox id → how many times it arrived. */
  received: Map<number, number>;
  close(): Promise<void>;
}

export async function startSmtpRecorder(delayMs = 0): Promise<SmtpRecorder> {
  const received = new Map<number, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const head = Buffer.concat(chunks).toString('utf8').split(/\r?\n\r?\n/)[0];
        const id = Number(/^X-VZD-Outbox-Id:\s*(\d+)/im.exec(head)?.[1]);
        if (Number.isFinite(id)) received.set(id, (received.get(id) ?? 0) + 1);
        setTimeout(() => callback(), delayMs);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
