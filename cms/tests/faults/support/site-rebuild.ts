import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A stand-in for the site that was live before the fault: one page carrying a marker. */
export function writeLiveSite(dir: string): string {
  const marker = `live-site-${Date.now()}`;
  mkdirSync(join(dir, 'uk'), { recursive: true });
  writeFileSync(join(dir, 'uk', 'index.html'), `<!doctype html><title>${marker}</title>`);
  return marker;
}

export function liveSiteHas(dir: string, marker: string): boolean {
  const page = join(dir, 'uk', 'index.html');
  return existsSync(page) && readFileSync(page, 'utf8').includes(marker);
}

/** Pids of `astro build` processes writing into `<dir>.next` (the platform's rebuild, possibly orphaned). */
export function astroBuildsInto(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((a) => a.endsWith('astro.js')) && cmdline.includes(`${dir}.next`)) pids.push(Number(entry));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return pids;
}

export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pages += countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) pages += 1;
  }
  return pages;
}
