/**
 * At most once: a failure is retried only when the server certainly did not take the message. It did not when it
 * answered with a refusal (an SMTP reply code) or when we never got as far as sending the message body. A connection
 * lost while the body was on its way may mean the message was delivered, so that one is never retried automatically.
 */
export type SendFailure = 'retry' | 'unknown';

interface MailerError {
  code?: string;
  command?: string;
  responseCode?: number;
}

/** Commands after which the server may already hold the message. */
const BODY_COMMANDS = new Set(['DATA', 'BDAT', 'DATA_END', 'MESSAGE']);

export function classifySendError(error: unknown): SendFailure {
  const e = (error ?? {}) as MailerError;
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) return 'retry';
  const command = (e.command ?? '').toUpperCase();
  if (BODY_COMMANDS.has(command)) return 'unknown';
  return 'retry';
}

/** A short line for the outbox row and the admin page; never the whole stack. */
export function describeSendError(error: unknown): string {
  const e = (error ?? {}) as MailerError & { message?: string; response?: string };
  const parts = [e.code, e.responseCode ? String(e.responseCode) : undefined, e.response ?? e.message].filter(Boolean);
  return (parts.join(' ') || String(error)).slice(0, 1000);
}
