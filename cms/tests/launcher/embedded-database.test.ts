import { existsSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { freePort } from '../harness/test-server';
import { makeClosedCheckout, startInCheckout } from './closed-checkout';

const asRoot = process.getuid?.() === 0;

describe('the embedded PostgreSQL of a checkout inside a folder other users cannot enter (mode 700)', () => {
  let closedFolder: string;
  let checkout: string;
  const projectHomes = new Set<string>();

  beforeAll(() => {
    ({ closedFolder, checkout } = makeClosedCheckout());
  });

  afterAll(() => {
    for (const home of projectHomes) rmSync(home, { recursive: true, force: true });
    rmSync(closedFolder, { recursive: true, force: true });
  });

  it('starts, keeps its data between starts, and says where the data is', async () => {
    const dataDir = join(checkout, '.data', 'postgres');
    const port = await freePort();
    const first = await startInCheckout(checkout, { dataDir, port });
    expect(first.stderr).not.toMatch(/EACCES|at .*\.js:\d+/);
    expect(first).toMatchObject({ ok: true, result: { rows: 1 } });
    if (asRoot) {
      // As root PostgreSQL runs as the user "postgres": its data moved out of the closed folder, a link records where.
      const relocated = first.result!.relocatedTo!;
      projectHomes.add(dirname(relocated));
      expect(relocated.startsWith(closedFolder)).toBe(false);
      expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    } else {
      expect(first.result!.relocatedTo).toBeNull();
    }
    const second = await startInCheckout(checkout, { dataDir, port });
    expect(second).toMatchObject({ ok: true, result: { rows: 2, dataDir: first.result!.dataDir } });
  });

  it('refuses a port another program listens on with one sentence naming the port and EMBEDDED_PG_PORT', async () => {
    const taken: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const outcome = await startInCheckout(checkout, { dataDir: join(checkout, '.data', 'busy-port'), port });
      expect(outcome.ok).toBe(false);
      expect(outcome.stderr).toBe(`Port ${port} on 127.0.0.1 is already taken by another program: stop it, or set EMBEDDED_PG_PORT to a free port.`);
    } finally {
      taken.close();
    }
  });

  it('refuses a data folder made by another PostgreSQL major version with one sentence naming the folder', async () => {
    const outsider = join(dirname(closedFolder), `vzd-old-major-${process.pid}`);
    mkdirSync(outsider, { recursive: true, mode: 0o755 });
    writeFileSync(join(outsider, 'PG_VERSION'), '16\n');
    try {
      const outcome = await startInCheckout(checkout, { dataDir: outsider, port: await freePort() });
      expect(outcome.ok).toBe(false);
      expect(outcome.stderr.split('\n')).toHaveLength(1);
      expect(outcome.stderr).toContain(`The data folder ${outsider} was made by PostgreSQL 16`);
      expect(outcome.stderr).toContain('EMBEDDED_PG_DIR');
    } finally {
      rmSync(outsider, { recursive: true, force: true });
    }
  });

  it('explains, in one sentence, an existing data folder the postgres user cannot enter', async () => {
    const dataDir = join(checkout, '.data', 'made-by-hand');
    mkdirSync(dataDir, { recursive: true });
    const outcome = await startInCheckout(checkout, { dataDir, port: await freePort() });
    if (!asRoot) {
      // Run as its owner, the server can use any folder of the checkout.
      expect(outcome.ok).toBe(true);
      return;
    }
    expect(outcome.ok).toBe(false);
    expect(outcome.stderr.split('\n')).toHaveLength(1);
    expect(outcome.stderr).toContain(`The PostgreSQL data folder ${dataDir} is inside ${closedFolder}`);
    expect(outcome.stderr).toContain('DATABASE_URL');
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);
  });
});
