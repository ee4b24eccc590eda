import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';

/** Builds the static site from the running test server, as the platform's own rebuild does. */
export async function buildSite(apiUrl: string, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const astro = require.resolve('astro/astro.js', { paths: [join(repoRoot, 'site')] });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: join(repoRoot, 'site'),
      env: { ...process.env, SITE_API_URL: apiUrl, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output = (output + c).slice(-8000)));
    child.stderr.on('data', (c) => (output = (output + c).slice(-8000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`site build failed (${code}):\n${output}`))));
  });
}
