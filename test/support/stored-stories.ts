/** Stores enriched articles through the real store stage, oldest first, and reads back the stories ingestion gave them. */
import type { StoryCluster } from '../../digests/clustering/cluster-stories.js';
import type { Engine } from '../../src/engine.js';
import type { EnrichedArticle } from '../../src/ingest/enrich.js';
import { storeArticles } from '../../src/ingest/store.js';
import { articleStories } from '../../src/storage/story.repository.js';

/** `articles` by the caller's key; returns clusters of those keys, as clusterStories would. */
export async function storeAndReadStories(engine: Engine, articles: ReadonlyMap<string, EnrichedArticle>, batchSize = 100): Promise<StoryCluster[]> {
  const ordered = [...articles].sort(([ka, a], [kb, b]) => (a.published ?? '').localeCompare(b.published ?? '') || ka.localeCompare(kb));
  for (let i = 0; i < ordered.length; i += batchSize) {
    const batch = ordered.slice(i, i + batchSize).map(([, article]) => ({ article, source: article.draft.source ? { name: article.draft.source, url: null, kind: 'file' } : null }));
    const results = await storeArticles(engine, batch, { alerts: false });
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
  }
  const keyOf = new Map([...articles].map(([key, a]) => [a.id, key]));
  const stories = await articleStories(engine.store.db, [...keyOf.keys()]);
  const groups = new Map<string, string[]>();
  for (const [id, key] of keyOf) {
    const story = stories.get(id) ?? `none:${id}`;
    groups.set(story, [...(groups.get(story) ?? []), key]);
  }
  return [...groups.values()].map((articleIds) => ({ articleIds }));
}
