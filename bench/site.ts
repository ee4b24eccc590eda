import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot, repoRoot } from '@vzd/config';
import { createCollectingPetitions } from '../cms/tests/faults/support/fixtures';
import { startIsolatedStack, type IsolatedStack } from '../cms/tests/faults/support/isolated-stack';
import { closedLoop, httpClient, sleep } from '../cms/tests/faults/support/load';
import { cpuMeter } from './lib/cpu';
import { printTable, writeResult } from './lib/report';

const siteDir = join(repoRoot, 'site');
// The same entry the platform's rebuild runs (plugins/core/server/src/site/astro-build.ts).
const astroEntry = () => join(dirname(require.resolve('astro/package.json', { paths: [siteDir] })), 'astro.js');

/**
 * A private copy of site/ to build in: astro keeps intermediate files in `<root>/.astro`, so two builds of one
 * folder at the same time (a test run, a rebuild) break each other. The copy sits inside the repository, so the
 * workspace packages resolve exactly as they do for site/.
 */
function privateSiteCopy(): string {
  const root = fromRoot(`.data/bench-site-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(siteDir, entry))) cpSync(join(siteDir, entry), join(root, entry), { recursive: true });
  }
  if (existsSync(join(siteDir, 'node_modules'))) symlinkSync(join(siteDir, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export interface SiteBuild {
  petitions: number;
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  /** Peak resident memory of the astro build (GNU time's "Maximum resident set size"). */
  peakRssMb: number | null;
  /** CPU seconds of the build itself, and of Strapi answering it. */
  buildCpuSeconds: number | null;
  strapiCpuSeconds: number;
  outputMb: number;
}

export interface ApiFloor {
  petitions: number;
  requests: number;
  seconds: number;
}

function walk(dir: string): { html: number; bytes: number } {
  let html = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = walk(path);
      html += inner.html;
      bytes += inner.bytes;
    } else {
      bytes += statSync(path).size;
      if (entry.name.endsWith('.html')) html += 1;
    }
  }
  return { html, bytes };
}

/** One `astro build` under GNU time, reading the API of `stack`. */
async function buildOnce(stack: IsolatedStack, petitions: number, root: string): Promise<SiteBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'vzd-site-bench-'));
  const cpu = cpuMeter({ strapi: stack.strapiPid(), postmaster: null });
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    // The heap cap the platform's builder would use (SITE_BUILD_HEAP_MB), so the figures match a rebuild.
    const heap = process.env.SITE_BUILD_HEAP_MB ? [`--max-old-space-size=${process.env.SITE_BUILD_HEAP_MB}`] : [];
    const child = spawn('/usr/bin/time', ['-v', process.execPath, ...heap, astroEntry(), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, SITE_API_URL: stack.url, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (c) => (text = (text + c).slice(-20000)));
    child.stderr.on('data', (c) => (text = (text + c).slice(-20000)));
    child.on('close', (c) => resolve({ code: c, output: text }));
  });
  const seconds = (performance.now() - started) / 1000;
  const strapiCpu = cpu.stop().strapiMs / 1000;
  if (code !== 0) throw new Error(`astro build failed (${code}):\n${output.slice(-3000)}`);
  const { html, bytes } = walk(outDir);
  rmSync(outDir, { recursive: true, force: true });
  const field = (name: string) => Number(new RegExp(`${name}:\\s*([\\d.]+)`).exec(output)?.[1]);
  const peakKb = field('Maximum resident set size \\(kbytes\\)');
  const cpuSeconds = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
  return {
    petitions,
    seconds: Math.round(seconds * 10) / 10,
    pages: html,
    pagesPerSecond: Math.round(html / seconds),
    peakRssMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null,
    buildCpuSeconds: Number.isFinite(cpuSeconds) ? Math.round(cpuSeconds * 10) / 10 : null,
    strapiCpuSeconds: Math.round(strapiCpu * 10) / 10,
    outputMb: Math.round(bytes / 2 ** 20),
  };
}

/**
 * The floor: fetching exactly what the site's loaders fetch (every list page, then every petition's detail with the
 * loaders' concurrency of 8) without rendering anything.
 */
async function apiFloor(stack: IsolatedStack, petitions: number): Promise<ApiFloor> {
  const client = httpClient(stack.url, 8, 60_000);
  const started = performance.now();
  const ids: string[] = [];
  let requests = 0;
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const answer = await client.request('GET', `/api/petitions/petitions?page=${page}&pageSize=100`);
    requests += 1;
    const body = JSON.parse(answer.body);
    ids.push(...body.data.map((p: { documentId: string }) => p.documentId));
    pageCount = body.meta.pagination.pageCount;
  }
  let i = 0;
  await closedLoop<string>({
    concurrency: 8,
    next: () => ids[i++] ?? null,
    run: async (id) => {
      await client.request('GET', `/api/petitions/petitions/${id}`);
      requests += 1;
    },
  });
  client.close();
  return { petitions, requests, seconds: Math.round(((performance.now() - started) / 1000) * 10) / 10 };
}

export async function siteBench(): Promise<void> {
  const sizes = (process.env.BENCH_SITE_SIZES ?? '1000,10000').split(',').map(Number);
  console.log(`Site build: ${sizes.join(' and ')} public petitions`);
  const stack = await startIsolatedStack('bench-site', {});
  const root = privateSiteCopy();
  try {
    const { rows } = await stack.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM petitions_petitions WHERE status NOT IN ('draft', 'submitted')",
    );
    let present = rows[0].n;
    const builds: SiteBuild[] = [];
    const floors: ApiFloor[] = [];
    // The demo seed alone: the fixed cost of a build (astro start, bundling, the few pages every site has).
    builds.push(await buildOnce(stack, present, root));
    console.log(`  ${present} petitions: ${builds[builds.length - 1].seconds} s`);
    for (const size of sizes) {
      if (size > present) {
        await createCollectingPetitions(stack.db, size - present);
        present = size;
      }
      await sleep(500);
      floors.push(await apiFloor(stack, present));
      builds.push(await buildOnce(stack, present, root));
      console.log(`  ${present} petitions: ${builds[builds.length - 1].seconds} s`);
    }
    printTable(
      'Site build (astro build of site/ against the bench server)',
      builds.map((b) => {
        const floor = floors.find((f) => f.petitions === b.petitions);
        return {
          petitions: b.petitions,
          'build s': b.seconds,
          pages: b.pages,
          'pages/s': b.pagesPerSecond,
          'peak RSS MB': b.peakRssMb,
          'build CPU s': b.buildCpuSeconds,
          'Strapi CPU s': b.strapiCpuSeconds,
          'output MB': b.outputMb,
          'API fetch only s': floor?.seconds ?? null,
          'API requests': floor?.requests ?? null,
          'fetch ÷ build': floor ? Math.round((floor.seconds / b.seconds) * 100) / 100 : null,
        };
      }),
    );
    writeResult('site', { builds, apiFloors: floors });
  } finally {
    await stack.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) void siteBench();
