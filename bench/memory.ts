import { createCitizensBulk, createCollectingPetitions } from '../cms/tests/faults/support/fixtures';
import { startIsolatedStack } from '../cms/tests/faults/support/isolated-stack';
import { sleep } from '../cms/tests/faults/support/load';
import { fullStackRun, targetOf } from './intake';
import { printTable, rssMb, sampleRss, writeResult, type Row } from './lib/report';
import { benchSeconds } from './lib/settings';

/** Resident memory of the Strapi process: just started, idle, under the signature intake load, and after it. */
export async function memoryBench(): Promise<void> {
  const seconds = Math.max(benchSeconds(), 10);
  const levels = (process.env.BENCH_MEMORY_LEVELS ?? '64,256').split(',').map(Number);
  console.log(`Memory: Strapi idle and under ${levels.join(' and ')} signing clients, ${seconds} s each`);
  const stack = await startIsolatedStack('bench-memory', { env: { RATE_LIMIT_WRITES_PER_MINUTE: '10000000' } });
  try {
    const pid = stack.strapiPid();
    const rows: Row[] = [];
    const phases: Record<string, unknown>[] = [];
    const record = (phase: string, r: { min: number | null; mean: number | null; max: number | null }, extra: Row = {}) => {
      rows.push({ phase, 'RSS min MB': r.min, 'RSS mean MB': r.mean, 'RSS max MB': r.max, ...extra });
      phases.push({ phase, ...r, ...extra });
    };
    const justStarted = rssMb(pid);
    record('just started', { min: justStarted, mean: justStarted, max: justStarted });
    const citizens = await createCitizensBulk(stack.db, 60_000);
    let idle = sampleRss(pid, 200);
    await sleep(seconds * 1000);
    record('idle', idle.stop());
    for (const concurrency of levels) {
      const [petition] = await createCollectingPetitions(stack.db, 1);
      const run = await fullStackRun(stack, targetOf(stack), 'chained', petition, citizens, concurrency, seconds);
      record(`signing, ${concurrency} clients`, run.rssMb, { 'sig/s': run.perSecond });
    }
    idle = sampleRss(pid, 200);
    await sleep(seconds * 1000);
    record(`idle again (${seconds} s after the load)`, idle.stop());
    printTable('Resident memory of the Strapi process (MB)', rows);
    writeResult('memory', { seconds, phases });
  } finally {
    await stack.close();
  }
}

if (require.main === module) void memoryBench();
