import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Knex } from 'knex';
import { afterFailure, type RetryPolicy } from './backoff';
import {
  claim,
  markDead,
  markFailed,
  markSent,
  markSkipped,
  reapExpiredLeases,
  redactDeadLetters,
  startSending,
  type OutboxMessage,
} from './outbox';
import { stillWanted } from './recipients';
import { classifySendError, describeSendError } from './send-error';
import type { MailTransport } from './transport';

export interface WorkerSettings {
  pollMs: number;
  leaseSeconds: number;
  batchSize: number;
  retry: RetryPolicy;
  defaultFrom: string;
  messageIdDomain: string;
  /** How long a dead letter keeps its address and body for a person to put it back. */
  deadLetterHours: number;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  dead: number;
  skipped: number;
  interrupted: number;
}

interface Log {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

/**
 * Delivers the outbox. Every instance runs one; they share the work through the claim (FOR UPDATE SKIP LOCKED), so
 * any number of them may run at once without sending a message twice.
 */
export function createDeliveryWorker(deps: { db: () => Knex; transport: () => MailTransport; settings: WorkerSettings; log: Log }) {
  const { settings, log } = deps;
  const worker = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let round: Promise<DeliveryReport> | null = null;
  let kicked = false;

  const deliver = async (m: OutboxMessage, report: DeliveryReport): Promise<void> => {
    const db = deps.db();
    // Checked and marked right before sending: a row a reaper already took back is left alone.
    if (!(await startSending(db, m.id, worker, settings.leaseSeconds))) return;
    if (!(await stillWanted(db, m))) {
      await markSkipped(db, m.id, worker, 'Одержувач відписався / The recipient unsubscribed');
      report.skipped += 1;
      return;
    }
    try {
      await deps.transport().send({
        id: m.id,
        from: m.fromAddress ?? settings.defaultFrom,
        to: m.toAddress,
        replyTo: m.replyTo ?? undefined,
        subject: m.subject,
        text: m.textBody,
        html: m.htmlBody ?? undefined,
        headers: { ...m.headers, 'X-VZD-Outbox-Id': String(m.id) },
        messageId: `<outbox-${m.id}@${settings.messageIdDomain}>`,
      });
    } catch (error) {
      const reason = describeSendError(error);
      if (classifySendError(error) === 'unknown') {
        await markDead(db, m.id, worker, `Доставка невідома / Delivery unknown: ${reason}`);
        report.dead += 1;
        log.warn(`[notifications] message ${m.id}: delivery unknown, not retried (${reason})`);
        return;
      }
      const outcome = afterFailure(m.attempts, new Date(), settings.retry);
      await markFailed(db, m.id, worker, outcome, reason);
      if (outcome.status === 'dead') {
        report.dead += 1;
        log.warn(`[notifications] message ${m.id} is dead after ${m.attempts} attempts: ${reason}`);
      } else {
        report.failed += 1;
      }
      return;
    }
    await markSent(db, m.id, worker);
    report.sent += 1;
  };

  const deliverOnce = async (): Promise<DeliveryReport> => {
    const report: DeliveryReport = { sent: 0, failed: 0, dead: 0, skipped: 0, interrupted: 0 };
    const { interrupted, requeued } = await reapExpiredLeases(deps.db());
    report.interrupted = interrupted.length;
    if (interrupted.length) log.warn(`[notifications] ${interrupted.length} message(s) interrupted mid-send are dead: ${interrupted.join(', ')}`);
    if (requeued.length) log.info(`[notifications] ${requeued.length} message(s) claimed by a stopped worker and never sent are queued again`);
    await redactDeadLetters(deps.db(), settings.deadLetterHours);
    // A bounded number of batches per round, so one round never starves the timer of the next.
    for (let batch = 0; batch < 10; batch += 1) {
      const messages = await claim(deps.db(), { queue: 'mail', limit: settings.batchSize, leaseSeconds: settings.leaseSeconds, worker });
      for (const m of messages) await deliver(m, report);
      if (messages.length < settings.batchSize) break;
    }
    return report;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  };

  let failingRounds = 0;
  async function tick(): Promise<void> {
    timer = null;
    kicked = false;
    try {
      await runRound();
      if (failingRounds > 0) log.info(`[notifications] delivery works again after ${failingRounds} failed round(s)`);
      failingRounds = 0;
    } catch (error) {
      // While the database is away, back off (up to 30 s) and say so once rather than every poll.
      failingRounds += 1;
      if (failingRounds === 1) log.error(`[notifications] delivery round failed: ${String(error)}`);
    }
    const wait = failingRounds > 0 ? Math.min(30_000, settings.pollMs * 2 ** Math.min(failingRounds, 10)) : kicked ? 0 : settings.pollMs;
    schedule(wait);
  }

  /** One round at a time per instance; a call during a round waits for it instead of starting a second. */
  function runRound(): Promise<DeliveryReport> {
    round ??= deliverOnce().finally(() => (round = null));
    return round;
  }

  return {
    id: worker,
    deliverOnce: runRound,
    start(): void {
      if (!stopped) return;
      stopped = false;
      schedule(settings.pollMs);
    },
    /** New mail was queued outside a transaction: deliver soon rather than at the next poll. */
    kick(): void {
      if (stopped) return;
      if (round) kicked = true;
      else schedule(20);
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await round?.catch(() => undefined);
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
