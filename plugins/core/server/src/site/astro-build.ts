import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { repoRoot } from '@vzd/config';

const siteDir = join(repoRoot, 'site');

/**
 * Runs `astro build` for site/ into `outDir`, reading the API at `apiUrl`; rejects with the build's output tail.
 * `heapMb` caps the build's heap: without it V8 lets a 10,000-petition build grow to 2.4 GB of garbage it could
 * have collected within 768 MB.
 */
export function buildStaticSite(outDir: string, apiUrl: string, heapMb?: number): Promise<void> {
  // astro's package exports hide astro.js; its folder is found through package.json.
  const astro = join(dirname(require.resolve('astro/package.json', { paths: [siteDir] })), 'astro.js');
  return new Promise((resolve, reject) => {
    const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
    const child = spawn(process.execPath, [...heap, '--require', join(__dirname, 'exit-with-parent.js'), astro, 'build', '--outDir', outDir], {
      cwd: siteDir,
      env: { ...process.env, SITE_API_URL: apiUrl, ASTRO_TELEMETRY_DISABLED: '1', VZD_PARENT_PID: String(process.pid) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output = (output + c).slice(-8000)));
    child.stderr.on('data', (c) => (output = (output + c).slice(-8000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (${code}):\n${output}`))));
  });
}
