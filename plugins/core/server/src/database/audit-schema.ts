import type { Knex } from 'knex';

/**
 * The audit chain lives in a plain table rather than a content type: it must never be editable from the
 * admin panel, and the database itself refuses UPDATE and DELETE on it.
 */
export async function createAuditSchema(db: Knex): Promise<void> {
  await db.raw(`
    CREATE TABLE IF NOT EXISTS core_audit_events (
      seq         bigint PRIMARY KEY,
      module      text NOT NULL,
      action      text NOT NULL,
      item_id     text NOT NULL,
      actor       text,
      payload     jsonb NOT NULL,
      occurred_at timestamptz NOT NULL,
      prev_hash   char(64) NOT NULL,
      hash        char(64) NOT NULL UNIQUE
    );
    -- By item and action: a public timeline reads a handful of lifecycle entries among an item's (many) signatures.
    CREATE INDEX IF NOT EXISTS core_audit_events_item_action ON core_audit_events (module, item_id, action, seq);
    DROP INDEX IF EXISTS core_audit_events_item;
    CREATE OR REPLACE FUNCTION core_audit_events_append_only() RETURNS trigger AS $$
    BEGIN
      RAISE EXCEPTION 'core_audit_events is append-only';
    END $$ LANGUAGE plpgsql;
    DROP TRIGGER IF EXISTS core_audit_events_append_only ON core_audit_events;
    CREATE TRIGGER core_audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON core_audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION core_audit_events_append_only();
  `);
}
