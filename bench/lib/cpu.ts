import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by Strapi, by the PostgreSQL cluster and by this process during a run, from /proc (Linux).
 * On a shared machine the rate depends on what else runs; CPU milliseconds per request depend much less on it,
 * so they are the figure to compare between runs and machines.
 */
const TICK_MS = 10; // CLK_TCK = 100

interface Ticks {
  own: number;
  reaped: number;
  ppid: number;
}

function stat(pid: number): Ticks | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces; fields after the closing parenthesis are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    return { ppid: n(4), own: n(14) + n(15), reaped: n(16) + n(17) };
  } catch {
    return null;
  }
}

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s?.ppid === parent) pids.push(Number(entry));
  }
  return pids;
}

/** Ticks of a server process and everything it forked, including children that already exited and were reaped. */
function treeTicks(pid: number | null): Map<number, number> {
  const ticks = new Map<number, number>();
  if (!pid) return ticks;
  const root = stat(pid);
  if (!root) return ticks;
  ticks.set(pid, root.own + root.reaped);
  for (const child of childrenOf(pid)) ticks.set(child, stat(child)?.own ?? 0);
  return ticks;
}

const delta = (before: Map<number, number>, after: Map<number, number>) => {
  let sum = 0;
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
  return sum * TICK_MS;
};

export interface CpuSpent {
  strapiMs: number;
  postgresMs: number;
  benchMs: number;
}

export function cpuMeter(pids: { strapi: number; postmaster: number | null }) {
  const strapiBefore = treeTicks(pids.strapi);
  const pgBefore = treeTicks(pids.postmaster);
  const benchBefore = process.cpuUsage();
  return {
    stop(): CpuSpent {
      const bench = process.cpuUsage(benchBefore);
      return {
        strapiMs: delta(strapiBefore, treeTicks(pids.strapi)),
        postgresMs: delta(pgBefore, treeTicks(pids.postmaster)),
        benchMs: Math.round((bench.user + bench.system) / 1000),
      };
    },
  };
}

export const perRequest = (ms: number, requests: number) => (requests ? Math.round((ms / requests) * 100) / 100 : null);
