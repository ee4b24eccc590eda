import { rmSync } from 'node:fs';
import { buildStaticSite } from '@vzd/core/server';

/** Builds the static site from the running test server with the same function the platform's rebuild uses. */
export async function buildSite(apiUrl: string, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await buildStaticSite(outDir, apiUrl);
}
