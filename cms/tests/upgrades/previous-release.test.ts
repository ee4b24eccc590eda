import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { Client } from 'pg';
import { testServer } from '../harness/server';
import { createCoreSchema } from '../../../plugins/core/server/src/database/create-core-schema';
import { createIdentitySchema } from '../../../plugins/identity/server/src/database/identity-schema';
import { createSignaturesSchema } from '../../../plugins/petitions/server/src/database/signatures-schema';
import { createResponsesSchema } from '../../../plugins/polls/server/src/database/responses-schema';
import { createConsultationsSchema } from '../../../plugins/consultations/server/src/database/consultations-schema';
import { runMigrations } from '../../../plugins/core/server/src/database/migrations/run-migrations';

/**
 * Upgrading from the previous release (dd8303f): its plain tables, with participation in them, are started on by
 * this release's schema code — what each plugin's bootstrap runs — in a throwaway database on the test server.
 */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const EXPECTED = ['consultations 1', 'consultations 2', 'core 1', 'core 2', 'identity 1', 'petitions 1', 'petitions 2', 'polls 1', 'polls 2'];

async function startPlatform(db: Knex): Promise<void> {
  await createCoreSchema(db);
  await createIdentitySchema(db);
  await createSignaturesSchema(db);
  await createResponsesSchema(db);
  await createConsultationsSchema(db);
}

async function throwawayDatabase(name: string, ...sqlFiles: string[]): Promise<Knex> {
  const server = new URL(testServer().databaseUrl);
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  server.pathname = `/${name}`;
  const db = knexFactory({ client: 'pg', connection: server.toString(), pool: { min: 0, max: 4 } });
  for (const file of sqlFiles) await db.raw(fixture(file));
  return db;
}

async function applied(db: Knex): Promise<Array<{ migration: string; name: string; applied_at: Date }>> {
  return (await db.raw(`SELECT plugin || ' ' || version AS migration, name, applied_at FROM core_schema_migrations ORDER BY 1`)).rows;
}

async function columns(db: Knex): Promise<string[]> {
  const rows = (
    await db.raw(`
      SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS c
        FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'core_schema_migrations'
       ORDER BY 1`)
  ).rows as Array<{ c: string }>;
  return rows.map((row) => row.c);
}

describe('upgrading from the previous release', () => {
  const run = `vzd_upgrade_${process.pid}`;
  let upgraded: Knex;

  beforeAll(async () => {
    upgraded = await throwawayDatabase(run, 'strapi-tables.sql', 'previous-release-schema.sql', 'previous-release-data.sql');
  });
  afterAll(async () => {
    await upgraded?.destroy();
  });

  it('applies every migration once, keeps the participation and adds the new columns', async () => {
    await startPlatform(upgraded);

    expect((await applied(upgraded)).map((row) => row.migration)).toEqual(EXPECTED);
    const signatures = (await upgraded.raw('SELECT petition_id, count(*)::int AS n, min(level) AS level FROM petitions_signatures GROUP BY 1 ORDER BY 1')).rows;
    expect(signatures).toEqual([
      { petition_id: 1, n: 3, level: 'email' },
      { petition_id: 2, n: 1, level: 'email' },
    ]);
    expect((await upgraded.raw('SELECT petition_id, signatures FROM petitions_signature_counts ORDER BY 1')).rows).toEqual([
      { petition_id: 1, signatures: 3 },
      { petition_id: 2, signatures: 1 },
    ]);
    expect((await upgraded.raw(`SELECT count(*)::int AS n FROM polls_responses WHERE level = 'email' AND person_key IS NULL`)).rows[0].n).toBe(2);
    expect((await upgraded.raw('SELECT count(*)::int AS n FROM polls_answers')).rows[0].n).toBe(2);
    expect((await upgraded.raw(`SELECT author_name, author_verified FROM consultations_contributions`)).rows).toEqual([
      { author_name: 'Олена', author_verified: false },
    ]);
    expect((await upgraded.raw(`SELECT level FROM consultations_answers`)).rows).toEqual([{ level: 'email' }]);
    expect((await upgraded.raw(`SELECT name FROM identity_verifications`)).rows).toEqual([{ name: 'Іван Петренко' }]);
    expect((await upgraded.raw(`SELECT seq, request_id FROM core_audit_events`)).rows).toEqual([{ seq: '1', request_id: null }]);
    expect((await upgraded.raw(`SELECT to_address, redacted_at FROM core_outbox`)).rows).toEqual([{ to_address: 'olena@example.org', redacted_at: null }]);

    // The new rules hold on the old rows: a verified signature needs its person, and one person signs once.
    await expect(upgraded.raw(`INSERT INTO petitions_signatures (petition_id, level) VALUES (2, 'verified')`)).rejects.toThrow(/verified_has_person/);
    await upgraded.raw(`INSERT INTO petitions_signatures (petition_id, user_id, level, person_key) VALUES (2, 2, 'verified', repeat('b', 64))`);
    await expect(
      upgraded.raw(`INSERT INTO petitions_signatures (petition_id, user_id, level, person_key) VALUES (2, 3, 'verified', repeat('b', 64))`),
    ).rejects.toThrow(/one_per_verified_person/);
    expect((await upgraded.raw('SELECT signatures FROM petitions_signature_counts WHERE petition_id = 2')).rows[0].signatures).toBe(2);
  });

  it('applies nothing on a second start', async () => {
    const before = await applied(upgraded);
    await startPlatform(upgraded);
    expect(await applied(upgraded)).toEqual(before);
  });

  it('ends with the same tables as a new installation', async () => {
    const fresh = await throwawayDatabase(`${run}_fresh`, 'strapi-tables.sql');
    try {
      await startPlatform(fresh);
      expect(await columns(upgraded)).toEqual(await columns(fresh));
    } finally {
      await fresh.destroy();
    }
  });

  it('applies each migration once when instances start together', async () => {
    const together = await throwawayDatabase(`${run}_together`, 'strapi-tables.sql', 'previous-release-schema.sql', 'previous-release-data.sql');
    try {
      await Promise.all([startPlatform(together), startPlatform(together), startPlatform(together)]);
      expect((await applied(together)).map((row) => row.migration)).toEqual(EXPECTED);
      expect((await together.raw('SELECT sum(signatures)::int AS n FROM petitions_signature_counts')).rows[0].n).toBe(4);
    } finally {
      await together.destroy();
    }
  });

  it('refuses to start when an applied migration has changed', async () => {
    await upgraded.raw(`UPDATE core_schema_migrations SET checksum = repeat('0', 64) WHERE plugin = 'polls' AND version = 2`);
    await expect(createResponsesSchema(upgraded)).rejects.toThrow(
      /Schema migration polls #2 "verified responses" was applied with checksum 0{64} but its number and name now give [0-9a-f]{64}: an applied migration must not be renamed or renumbered/,
    );
  });

  it('refuses a list that is not numbered 1, 2, 3… and applies none of it', async () => {
    const misnumbered = [{ version: 2, name: 'gap', up: async () => undefined }];
    await expect(runMigrations(upgraded, 'gaps', misnumbered)).rejects.toThrow('Schema migrations of "gaps" must be numbered 1, 2, 3… in order; #1 is 2.');
    expect((await upgraded.raw(`SELECT count(*)::int AS n FROM core_schema_migrations WHERE plugin = 'gaps'`)).rows[0].n).toBe(0);
  });

  it('rolls a failing start back whole: neither the tables nor the record of a migration before it stay', async () => {
    const failing = [
      { version: 1, name: 'table', up: async (trx: Knex.Transaction) => void (await trx.raw('CREATE TABLE upgrade_probe (id int)')) },
      { version: 2, name: 'broken', up: async (trx: Knex.Transaction) => void (await trx.raw('SELECT no_such_column FROM upgrade_probe')) },
    ];
    await expect(runMigrations(upgraded, 'probe', failing)).rejects.toThrow(/no_such_column/);
    expect((await upgraded.raw(`SELECT to_regclass('upgrade_probe') AS t`)).rows[0].t).toBeNull();
    expect((await upgraded.raw(`SELECT count(*)::int AS n FROM core_schema_migrations WHERE plugin = 'probe'`)).rows[0].n).toBe(0);
  });
});
