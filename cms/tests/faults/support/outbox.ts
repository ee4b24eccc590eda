import type { Pool } from 'pg';
import type { SmtpRecorder } from './smtp-recorder';

/** Queues `count` plain messages the way a module's transaction would (recipient-less, so always still wanted). */
export async function enqueueMail(db: Pool, count: number): Promise<number[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO core_outbox (category, to_address, language, subject, text_body, dedupe_key)
     SELECT 'fault-test', 'reader-' || g || '@mail.vzayemodiia.localhost', 'uk', 'Повідомлення ' || g || ' / Message ' || g,
            'Текст повідомлення / Message text', 'fault-' || md5(random()::text || g)
     FROM generate_series(1, $1::int) g
     RETURNING id`,
    [count],
  );
  return rows.map((r) => Number(r.id));
}

export interface OutboxVerdict {
  queued: number;
  byStatus: Record<string, number>;
  receivedOnce: number;
  /** Messages that arrived more than once. Must be 0 (the outbox promises at most once). */
  sentTwice: number;
  /** Rows marked sent that never arrived. Must be 0. */
  sentButNotReceived: number;
  /** Rows still waiting to be sent (pending/failed) when the check ran. Must be 0 once delivery settled. */
  stillQueued: number;
  /** Rows a live worker is sending right now. */
  inFlight: number;
  /** Rows the killed worker had claimed: `sending` until their lease runs out, then `dead` (delivery unknown). */
  interrupted: number;
  /** Interrupted rows that did arrive (the crash came between the server's "250 OK" and `markSent`). */
  interruptedButReceived: number;
  /** Interrupted rows that never reached the server: held back for a person to re-queue, though safe to send. */
  interruptedNeverSent: number;
}

/** `killedPid`: the Strapi process that was killed; its worker id (`host:pid:random`) marks the rows it had claimed. */
export async function outboxVerdict(db: Pool, ids: number[], sink: SmtpRecorder, killedPid = 0): Promise<OutboxVerdict> {
  const { rows } = await db.query<{ id: string; status: string; claimed_by: string | null }>(
    'SELECT id, status, claimed_by FROM core_outbox WHERE id = ANY($1)',
    [ids],
  );
  const byStatus: Record<string, number> = {};
  let sentButNotReceived = 0;
  let stillQueued = 0;
  let inFlight = 0;
  let interrupted = 0;
  let interruptedButReceived = 0;
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const arrived = sink.received.get(Number(r.id)) ?? 0;
    const claimedByKilled = (r.claimed_by ?? '').includes(`:${killedPid}:`);
    if (r.status === 'sent' && arrived === 0) sentButNotReceived += 1;
    if (r.status === 'pending' || r.status === 'failed') stillQueued += 1;
    if ((r.status === 'sending' || r.status === 'dead') && claimedByKilled) {
      interrupted += 1;
      if (arrived > 0) interruptedButReceived += 1;
    } else if (r.status === 'sending') {
      inFlight += 1;
    }
  }
  const mine = ids.map((id) => sink.received.get(id) ?? 0);
  return {
    queued: ids.length,
    byStatus,
    receivedOnce: mine.filter((n) => n === 1).length,
    sentTwice: mine.filter((n) => n > 1).length,
    sentButNotReceived,
    stillQueued,
    inFlight,
    interrupted,
    interruptedButReceived,
    interruptedNeverSent: interrupted - interruptedButReceived,
  };
}
