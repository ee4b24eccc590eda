import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { RUN_DIR } from './test-environment';
import { stopTestServer } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as Record<string, unknown>).__VZD_TEST__ as
    | { child: ChildProcess; stopDatabase: () => Promise<void>; services: { stop: () => Promise<void> }[] }
    | undefined;
  if (!run) return;
  await stopTestServer(run.child);
  for (const service of run.services) await service.stop();
  await run.stopDatabase();
  if (!process.env.KEEP_TEST_RUN) rmSync(RUN_DIR, { recursive: true, force: true });
}
