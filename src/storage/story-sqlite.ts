/**
 * The story tables on SQLite, as prepared better-sqlite3 statements: the ingest batch writer
 * (sqlite-batch-writer.ts) joins each article to its story inside its own synchronous transaction, and
 * kysely cannot be awaited there. The PostgreSQL twin is story.repository.ts; the SQL is the same.
 */
import type SQLite from 'better-sqlite3';
import type { StoryRow } from '../../db/schema.js';
import { prepareKept } from '../../db/sqlite-objects.js';
import { ARTICLE_COUNT_TERM, FeatureCache, type StoryOpsSync, type StoryWrite, TermDfCache } from '../ingest/story-join.js';

const ops = new WeakMap<SQLite.Database, StoryOpsSync>();

export function sqliteStoryOps(sqlite: SQLite.Database): StoryOpsSync {
  let found = ops.get(sqlite);
  if (!found) ops.set(sqlite, (found = createOps(sqlite)));
  return found;
}

function createOps(sqlite: SQLite.Database): StoryOpsSync {
  const dfOf = prepareKept<[string], { df: number }>(sqlite, 'SELECT df FROM story_term_df WHERE term = ?');
  // Lists go in as one JSON parameter (json_each): one statement run for an arrival's keys or a batch's terms, not one each.
  // Each key's hits come back as one JSON array, in the keys' order, at most `limit` of them.
  const keyHitLists = prepareKept<{ keys: string; from: number; to: number; limit: number }, string>(
    sqlite,
    `SELECT (SELECT json_group_array(article_id) FROM
       (SELECT article_id FROM story_keys WHERE key = wanted.value AND day BETWEEN @from AND @to LIMIT @limit))
     FROM json_each(@keys) AS wanted ORDER BY wanted.id`,
  ).pluck();
  const dfOfMany = prepareKept<[string], { term: string; df: number }>(
    sqlite,
    'SELECT term, df FROM json_each(?) AS wanted JOIN story_term_df ON story_term_df.term = wanted.value',
  );
  const storyOf = prepareKept<[string], { story_id: string | null }>(sqlite, 'SELECT story_id FROM articles WHERE id = ?');
  const story = prepareKept<[string], StoryRow>(sqlite, 'SELECT * FROM stories WHERE id = ?');
  const featuresOf = prepareKept<[string], { features: string }>(sqlite, 'SELECT features FROM story_features WHERE article_id = ?');
  // One run per key: measured, a json_each insert of an arrival's ~28 keys costs no less (B-tree work dominates).
  const insertKey = prepareKept(sqlite, 'INSERT INTO story_keys (key, day, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const insertFeatures = prepareKept(sqlite, 
    'INSERT INTO story_features (article_id, features) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET features = excluded.features',
  );
  const newStory = prepareKept(sqlite, 
    `INSERT INTO stories (id, first_seen, last_seen, article_count, languages, representative_id, merged_into, updated_at)
     VALUES (?, ?, ?, 1, ?, ?, NULL, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const grow = prepareKept<{ id: string; count: number; first: string; last: string; now: string }>(sqlite, 
    `UPDATE stories SET article_count = article_count + @count,
       first_seen = CASE WHEN @first < first_seen THEN @first ELSE first_seen END,
       last_seen = CASE WHEN @last > last_seen THEN @last ELSE last_seen END, updated_at = @now
     WHERE id = @id`,
  );
  const addLanguage = prepareKept<{ id: string; lang: string }>(sqlite, 
    `UPDATE stories SET languages = languages || ',' || @lang WHERE id = @id AND (',' || languages || ',') NOT LIKE ('%,' || @lang || ',%')`,
  );
  const markMerged = prepareKept(sqlite, 'UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?');
  const moveArticles = prepareKept(sqlite, 'UPDATE articles SET story_id = ? WHERE story_id = ?');
  const setStory = prepareKept(sqlite, 'UPDATE articles SET story_id = ? WHERE id = ?');
  const addDfs = prepareKept<[string]>(
    sqlite,
    'INSERT INTO story_term_df (term, df) SELECT key, value FROM json_each(?) WHERE true ON CONFLICT (term) DO UPDATE SET df = story_term_df.df + excluded.df',
  );
  const cache = new TermDfCache();

  return {
    featureCache: new FeatureCache(),
    termDf(terms) {
      const articles = dfOf.get(ARTICLE_COUNT_TERM)?.df ?? 0;
      const missing = cache.missing(terms, articles);
      const found = new Map<string, number>();
      if (missing.length > 0) for (const row of dfOfMany.all(JSON.stringify(missing))) found.set(row.term, row.df);
      return cache.counts(terms, articles, found, missing);
    },
    keyHits(keys, fromDay, toDay, limit) {
      const lists = keys.length === 0 ? [] : keyHitLists.all({ keys: JSON.stringify(keys), from: fromDay, to: toDay, limit });
      return new Map(keys.map((key, i) => [key, JSON.parse(lists[i] ?? '[]') as string[]]));
    },
    storyIdsOf(articleIds) {
      const out = new Map<string, string>();
      for (const id of articleIds) {
        const row = storyOf.get(id);
        if (row?.story_id) out.set(id, row.story_id);
      }
      return out;
    },
    stories(ids) {
      return ids.flatMap((id) => story.get(id) ?? []);
    },
    features(articleIds) {
      const out = new Map<string, string>();
      for (const id of articleIds) {
        const row = featuresOf.get(id);
        if (row) out.set(id, row.features);
      }
      return out;
    },
    write(w: StoryWrite) {
      for (const key of w.keys) insertKey.run(key, w.day, w.articleId);
      insertFeatures.run(w.articleId, w.features);
      const target = w.join ?? `s${w.articleId}`;
      if (w.join === null) newStory.run(target, w.sortTime, w.sortTime, w.lang, w.articleId, w.now);
      else {
        grow.run({ id: target, count: 1, first: w.sortTime, last: w.sortTime, now: w.now });
        addLanguage.run({ id: target, lang: w.lang });
      }
      for (const absorbed of w.absorb) {
        grow.run({ id: target, count: absorbed.article_count, first: absorbed.first_seen, last: absorbed.last_seen, now: w.now });
        for (const lang of absorbed.languages.split(',')) addLanguage.run({ id: target, lang });
        markMerged.run(target, w.now, absorbed.id);
        moveArticles.run(target, absorbed.id);
      }
      setStory.run(target, w.articleId);
    },
    addTermCounts(counts) {
      if (counts.size > 0) addDfs.run(JSON.stringify(Object.fromEntries(counts)));
    },
  };
}
