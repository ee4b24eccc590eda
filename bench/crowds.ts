import bcrypt from 'bcryptjs';
import { startIsolatedStack } from '../cms/tests/faults/support/isolated-stack';
import { CROWD_PASSWORD, createCrowd, signInCrowd } from '../cms/tests/proof/support/crowd';
import { printTable, writeResult, type Row } from './lib/report';
import { benchSeconds } from './lib/settings';

/** bcrypt comparisons per minute in one thread: what checking a password costs, whatever else a sign-in does. */
async function compareFloorPerMinute(seconds: number): Promise<number> {
  const hash = await bcrypt.hash(CROWD_PASSWORD, 10);
  const started = Date.now();
  let done = 0;
  while (Date.now() - started < seconds * 1000) {
    await bcrypt.compare(CROWD_PASSWORD, hash);
    done += 1;
  }
  return Math.round((done / ((Date.now() - started) / 1000)) * 60);
}

/**
 * Distinct people behind one address (every request from 127.0.0.1) signing in with their own accounts, with the
 * production limits and users-permissions' bcrypt cost, beside a floor: bcrypt comparisons per minute in one thread
 * (Strapi compares in its one JavaScript thread too). Before issue 16 the floor did not matter: 20 per minute.
 */
export async function crowdsBench(): Promise<void> {
  const seconds = Math.max(benchSeconds(), 10);
  const concurrency = Number(process.env.BENCH_CROWD_CLIENTS ?? 8);
  console.log(`Crowds: distinct people behind one address signing in, ${concurrency} at a time, ${seconds} s`);
  const stack = await startIsolatedStack('bench-crowds', { env: { RATE_LIMIT_AUTH_PER_MINUTE: '' } });
  try {
    // More people than can sign in within the time, so nobody signs in twice.
    const crowd = await createCrowd(stack.db, Math.max(200, seconds * 60), 10);
    const started = Date.now();
    const deadline = started + seconds * 1000;
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline && next < crowd.length) {
          statuses.push(...(await signInCrowd(stack.url, [crowd[next++]], 1)));
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const signedIn = statuses.filter((s) => s === 200).length;
    const perMinute = Math.round((signedIn / elapsed) * 60);
    const floor = await compareFloorPerMinute(Math.min(seconds, 10));
    const rows: Row[] = [
      {
        'people / min': perMinute,
        'answers 429': statuses.filter((s) => s === 429).length,
        'other non-200': statuses.filter((s) => s !== 200 && s !== 429).length,
        'bcrypt floor / min': floor,
        'people ÷ floor': Math.round((perMinute / floor) * 100) / 100,
        'limit before': 20,
      },
    ];
    printTable('Distinct people behind one address signed in per minute', rows);
    writeResult('crowds', { seconds, concurrency, attempts: statuses.length, signedIn, perMinute, floorPerMinute: floor, rows });
  } finally {
    await stack.close();
  }
}

if (require.main === module) void crowdsBench();
