import { crowdsBench } from './crowds';
import { faultsBench } from './faults';
import { intakeBench } from './intake';
import { memoryBench } from './memory';
import { readsBench } from './reads';
import { siteBench } from './site';

const benches: Record<string, () => Promise<void>> = {
  intake: intakeBench,
  reads: readsBench,
  site: siteBench,
  memory: memoryBench,
  crowds: crowdsBench,
  faults: faultsBench,
};

/** `node bench/dist/bench/run.js [intake|reads|site|memory|crowds|faults]…` — no argument runs the five benchmarks. */
async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const names = asked.length ? asked : ['intake', 'reads', 'site', 'memory', 'crowds'];
  for (const name of names) {
    const bench = benches[name];
    if (!bench) throw new Error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    const started = Date.now();
    console.log(`\n=== ${name} ===`);
    await bench();
    console.log(`=== ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
