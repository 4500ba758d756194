/**
 * The SQLite ingest hot path, written with better-sqlite3 prepared statements instead of kysely.
 * Why hand-written: measured on the shared corpus, these writes cost 0.35 ms an article when run
 * synchronously, and about 1 ms through kysely's query building and promise chain — the difference
 * decided whether one process ingests 1,000 articles a second. Row shapes come from the same functions
 * as the kysely writer (store.ts) so the two cannot drift; PostgreSQL uses the kysely path.
 *
 * It uses the connection behind kysely's: the caller must not run a kysely transaction meanwhile (the
 * ingest pipeline is the only writer in its process while it runs). Other processes may write to the
 * same file: a batch begins IMMEDIATE, taking the write lock before its first read, so it waits for
 * theirs (busy_timeout) and sees what they stored ("unchanged"); a batch that still meets SQLITE_BUSY
 * rolls back whole and is retried by the caller (write-conflict.ts), never reported as failed articles.
 */
import type SQLite from 'better-sqlite3';
import type { NewMention } from '../../db/schema.js';
import { articleRows } from '../ingest/article-rows.js';
import type { BatchResult, PendingArticle } from '../ingest/store.js';
import { arrivingArticle, joinStorySync, TermCounts } from '../ingest/story-join.js';
import { aliasRows, entityRow } from './entity.repository.js';
import { sqliteStoryOps } from './story-sqlite.js';
import { isWriteConflict } from './write-conflict.js';
import { prepareKept } from '../../db/sqlite-objects.js';

export interface SqliteBatchWriter {
  write(batch: readonly PendingArticle[], now: string): BatchResult[];
  hasUrl(url: string): boolean;
  /** CPU (ms) spent joining stories (term counts included) while `measure` is set: bench/ingest-cost.ts shows it as its own stage. */
  readonly storyJoinCpu: { measure: boolean; ms: number };
}

const writers = new WeakMap<SQLite.Database, SqliteBatchWriter>();

export function sqliteBatchWriter(sqlite: SQLite.Database): SqliteBatchWriter {
  let writer = writers.get(sqlite);
  if (!writer) writers.set(sqlite, (writer = createWriter(sqlite)));
  return writer;
}

function createWriter(sqlite: SQLite.Database): SqliteBatchWriter {
  const byUrl = prepareKept<[string], { id: string }>(sqlite, 'SELECT id FROM articles WHERE url = ?');
  const existing = prepareKept<[string, string], { id: string }>(sqlite, 'SELECT id FROM articles WHERE url = ? OR content_hash = ?');
  const sourceByName = prepareKept<[string], { id: number }>(sqlite, 'SELECT id FROM sources WHERE name = ?');
  const insertSource = prepareKept<[string, string | null, string, string], { id: number }>(
    sqlite,
    'INSERT INTO sources (name, url, kind, created_at) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const insertEntity = prepareKept(
    sqlite,
    `INSERT INTO entities (id, kind, name_en, name_ar, name_fr, country_code, origin, created_at)
     VALUES (@id, @kind, @name_en, @name_ar, @name_fr, @country_code, @origin, @created_at) ON CONFLICT (id) DO NOTHING`,
  );
  const insertAlias = prepareKept(
    sqlite,
    `INSERT INTO entity_aliases (entity_id, alias, lang, match_key, case_sensitive)
     VALUES (@entity_id, @alias, @lang, @match_key, @case_sensitive) ON CONFLICT DO NOTHING`,
  );
  const insertArticle = prepareKept<Record<string, unknown>, { seq: number }>(
    sqlite,
    `INSERT INTO articles (id, url, title, text, lang, published, published_from, sort_time, source_id, content_hash, summary, ingested_at, relevance)
     VALUES (@id, @url, @title, @text, @lang, @published, @published_from, @sort_time, @source_id, @content_hash, @summary, @ingested_at, @relevance)
     RETURNING seq`,
  );
  const insertSearch = prepareKept(sqlite, 'INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertMentions = mentionInserter(sqlite);
  const sourceId = (pending: PendingArticle, now: string): number | null => {
    const source = pending.source;
    if (!source) return null;
    return sourceByName.get(source.name)?.id ?? insertSource.get(source.name, source.url, source.kind, now)!.id;
  };

  const stories = sqliteStoryOps(sqlite);
  const storyJoinCpu = { measure: false, ms: 0 };
  // Two getrusage calls (~4 µs each), only while a benchmark measures.
  const measured = (work: () => void): void => {
    const start = storyJoinCpu.measure ? process.cpuUsage() : null;
    work();
    if (start) {
      const used = process.cpuUsage(start);
      storyJoinCpu.ms += (used.user + used.system) / 1000;
    }
  };

  // A nested better-sqlite3 transaction is a savepoint: a throwing article rolls back alone.
  const writeOne = sqlite.transaction((pending: PendingArticle, now: string, counts: TermCounts): BatchResult => {
    const { article } = pending;
    if (existing.get(article.draft.url, article.contentHash)) return 'unchanged';
    const rows = articleRows(pending, now);
    rows.article.source_id = sourceId(pending, now);
    for (const found of [...article.people, ...article.organisations]) {
      if (insertEntity.run(entityRow(found, now)).changes > 0) for (const alias of aliasRows(found)) insertAlias.run(alias);
    }
    const { seq } = insertArticle.get(rows.article)!;
    insertSearch.run(seq, article.search.title, article.search.body);
    insertMentions(rows.mentions);
    // Story clustering at ingestion (story-join.ts): the article joins or starts its story in this savepoint.
    measured(() => joinStorySync(stories, arrivingArticle(rows, pending.source?.name ?? null), counts, now));
    return 'ingested';
  });

  const writeBatch = sqlite.transaction((batch: readonly PendingArticle[], now: string): BatchResult[] => {
    const counts = new TermCounts();
    const results = batch.map((pending) => {
      try {
        return writeOne(pending, now, counts);
      } catch (error) {
        // Not this article's fault: the whole batch rolls back and is tried again.
        if (isWriteConflict(error)) throw error;
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    measured(() => stories.addTermCounts(counts.counts));
    return results;
  });

  return { write: (batch, now) => writeBatch.immediate(batch, now), hasUrl: (url) => byUrl.get(url) !== undefined, storyJoinCpu };
}

/** Mentions written by one statement: an article names about ten entities, and each statement run has a fixed cost. */
const MENTION_ROWS = 32;

/**
 * Writes an article's mentions with multi-row INSERTs, one statement per row count, each prepared on
 * first use (at most MENTION_ROWS of them) and kept; 7 parameters a row stays far below SQLite's limit.
 */
function mentionInserter(sqlite: SQLite.Database): (rows: readonly NewMention[]) => void {
  const statements = new Map<number, SQLite.Statement<unknown[]>>();
  const statementFor = (count: number): SQLite.Statement<unknown[]> => {
    let statement = statements.get(count);
    if (!statement) {
      const values = new Array<string>(count).fill('(?, ?, ?, ?, ?, ?, ?)').join(', ');
      statement = prepareKept<unknown[]>(sqlite, `INSERT INTO mentions (article_id, entity_id, mention_count, surfaces, first_offset, sort_time, roles) VALUES ${values}`);
      statements.set(count, statement);
    }
    return statement;
  };
  return (rows) => {
    for (let i = 0; i < rows.length; i += MENTION_ROWS) {
      const chunk = rows.slice(i, i + MENTION_ROWS);
      statementFor(chunk.length).run(chunk.flatMap((m) => [m.article_id, m.entity_id, m.mention_count, m.surfaces, m.first_offset, m.sort_time, m.roles ?? null]));
    }
  };
}
