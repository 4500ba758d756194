/**
 * The schema of a test database as comparable data (tables, columns, indexes, constraints), so a test
 * can tell that a migration's down() put back exactly what its up() changed. kysely's own bookkeeping
 * tables are left out: they outlive every migration by design.
 */
import { type Kysely, sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

export type SchemaSnapshot = string[];

const KYSELY_TABLES = /^kysely_migration/;

async function sqliteSchema(db: Kysely<Database>): Promise<SchemaSnapshot> {
  const { rows: objects } = await sql<{ type: string; name: string; tbl_name: string }>`SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  const lines: string[] = [];
  for (const object of objects.filter((o) => !KYSELY_TABLES.test(o.tbl_name))) {
    lines.push(`${object.type} ${object.name} on ${object.tbl_name}`);
    if (object.type === 'table') {
      // Columns as SQLite reports them: a column dropped and added back in another place would show here.
      const { rows } = await sql<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(${object.name})`.execute(db);
      for (const c of rows) lines.push(`column ${object.name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      const { rows: keys } = await sql<{ table: string; from: string; to: string; on_delete: string }>`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(${object.name})`.execute(db);
      for (const k of keys) lines.push(`fk ${object.name}.${k.from} -> ${k.table}.${k.to} on delete ${k.on_delete}`);
    }
    if (object.type === 'index') {
      const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_index_info(${object.name})`.execute(db);
      lines.push(`index ${object.name} (${rows.map((r) => r.name).join(', ')})`);
    }
  }
  return lines;
}

async function postgresSchema(db: Kysely<Database>): Promise<SchemaSnapshot> {
  const { rows: columns } = await sql<{ line: string }>`
    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '-') AS line
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_migration%'`.execute(db);
  const { rows: indexes } = await sql<{ line: string }>`
    SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_migration%'`.execute(db);
  const { rows: constraints } = await sql<{ line: string }>`
    SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE 'kysely_migration%'`.execute(db);
  return [...columns, ...indexes, ...constraints].map((row) => row.line);
}

export async function schemaSnapshot(store: DatabaseHandle): Promise<SchemaSnapshot> {
  const lines = store.dialect === 'postgres' ? await postgresSchema(store.db) : await sqliteSchema(store.db);
  return lines.sort();
}
