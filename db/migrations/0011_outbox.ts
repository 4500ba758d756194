/**
 * The delivery outbox: every brief and alert message is written here before it is sent, once per
 * conversation, kind and occasion (a brief's period, an alert batch's first alert). Senders on any
 * replica claim rows with a lease, record the platform's message ids as each message is acknowledged,
 * retry failures later and set a row aside as failed after too many attempts. It replaces
 * `deliveries`, whose rows are carried over so a brief already sent this week is not sent again.
 * Job leases let one replica at a time run a scheduled job.
 * Frozen: never import application code here.
 */
import { sql } from 'kysely';
import { up as createDeliveries } from './0004_deliveries.js';
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('outbox')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('message_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('outbox_once', ['platform', 'workspace_id', 'conversation_id', 'kind', 'occasion'])
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await sql`
    INSERT INTO outbox (platform, workspace_id, conversation_id, kind, occasion, payload, status, attempts, next_attempt_at, last_error, message_ids, created_at, updated_at, sent_at)
    SELECT platform, workspace_id, conversation_id, kind, period_start,
           '{"from":"' || period_start || '","to":"' || period_end || '"}',
           CASE WHEN status = 'sent' THEN 'sent' ELSE 'failed' END,
           attempts, updated_at,
           CASE WHEN status = 'sending' THEN 'interrupted while sending, before the outbox existed' ELSE last_error END,
           COALESCE(message_ids, '[]'), created_at, updated_at,
           CASE WHEN status = 'sent' THEN updated_at END
    FROM deliveries`.execute(db);
  await db.schema.dropTable('deliveries').execute();

  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.dropTable('job_leases').ifExists().execute();
  // `deliveries` as 0004 made it (its frozen up()), holding the briefs already sent (alerts were never
  // kept there): the older version then sends none of them twice, and queues again what was still to send.
  await createDeliveries(db);
  const periodEnd = pg ? sql`(payload::json ->> 'to')` : sql`json_extract(payload, '$.to')`;
  await sql`
    INSERT INTO deliveries (platform, workspace_id, conversation_id, kind, period_start, period_end, status, attempts, last_error, message_ids, created_at, updated_at)
    SELECT platform, workspace_id, conversation_id, kind, occasion, ${periodEnd},
           status, attempts, last_error, message_ids, created_at, updated_at
    FROM outbox WHERE kind = 'brief' AND status = 'sent' AND ${periodEnd} IS NOT NULL`.execute(db);
  await db.schema.dropTable('outbox').ifExists().execute();
}
