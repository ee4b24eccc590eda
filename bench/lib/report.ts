import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';

export type Row = Record<string, string | number | null>;

/** A plain text table, columns sized to their widest cell, numbers right-aligned. */
export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  if (rows.length === 0) return console.log('  (no rows)');
  const columns = Object.keys(rows[0]);
  const cell = (v: Row[string]) => (v === null ? '—' : typeof v === 'number' ? formatNumber(v) : v);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[], numeric: boolean[]) =>
    '  ' + values.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log(line(columns, columns.map(() => false)));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c])), columns.map((c) => typeof r[c] === 'number')));
}

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** Where and on what a result was measured: absolute figures only compare within one machine and one run. */
export function machine(): Record<string, unknown> {
  const git = (cmd: string) => {
    try {
      return execSync(cmd, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      return null;
    }
  };
  return {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    commit: git('git rev-parse --short HEAD'),
    uncommittedChanges: (git('git status --porcelain') ?? '').split('\n').filter(Boolean).length,
  };
}

export function writeResult(name: string, data: unknown): string {
  const dir = join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ machine: machine(), ...(data as object) }, null, 2) + '\n');
  console.log(`\n→ ${file}`);
  return file;
}

/** Resident memory of a process in MB, read from /proc (Linux). */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory until stopped; gives min/mean/max in MB. */
export function sampleRss(pid: number, everyMs = 100) {
  const samples: number[] = [];
  const timer = setInterval(() => {
    const v = rssMb(pid);
    if (v !== null) samples.push(v);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const v = rssMb(pid);
      if (v !== null) samples.push(v);
      if (samples.length === 0) return { samples: 0, min: null, mean: null, max: null };
      const mean = Math.round((samples.reduce((a, b) => a + b, 0) / samples.length) * 10) / 10;
      return { samples: samples.length, min: Math.min(...samples), mean, max: Math.max(...samples) };
    },
  };
}
