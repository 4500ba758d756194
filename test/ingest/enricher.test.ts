/**
 * The enrichment pool: articles enriched in worker threads (sent and returned in batches) are the
 * articles enrichment gives in-process, each promise gets its own article, and a bad draft fails alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadBlockers, loadGazetteer } from '../../src/entities/gazetteer.js';
import { createEntityMatcher } from '../../src/entities/matcher.js';
import { prepareArticle } from '../../src/ingest/enrich.js';
import { createEnricher, type Enricher } from '../../src/ingest/enricher.js';
import type { ArticleDraft } from '../../src/ingest/types.js';

const records = loadGazetteer();
const blockers = loadBlockers();

const drafts: ArticleDraft[] = Array.from({ length: 40 }, (_, i) => ({
  url: `https://news.example/pool/${i}`,
  title: i % 2 === 0 ? `Rescue ship brings ${i + 10} migrants to Lampedusa` : `خفر السواحل الليبي يعترض قاربا يقل ${i + 10} مهاجرا`,
  text:
    i % 2 === 0
      ? `The charity said the boat left Libya on Tuesday with ${i + 10} people on board. Italian authorities assigned a port in Sicily after two days at sea. The UNHCR called for faster disembarkation.`
      : `قالت المنظمة الدولية للهجرة إن القارب انطلق من سواحل ليبيا وعلى متنه ${i + 10} شخصا. وأعيد المهاجرون إلى طرابلس بعد اعتراضهم في البحر المتوسط.`,
  published: '2026-03-02T08:00:00Z',
}));

let enricher: Enricher | undefined;
afterEach(async () => {
  await enricher?.close();
  enricher = undefined;
});

describe('createEnricher with worker threads', () => {
  it('gives every draft the article in-process enrichment gives it, whatever batch it travelled in', async () => {
    enricher = createEnricher({ records, blockers, workers: 2, warmup: 0 });
    const pooled = await Promise.all(drafts.map((draft) => enricher!.enrich(draft)));
    const matcher = createEntityMatcher(records, blockers);
    expect(pooled).toEqual(drafts.map((draft) => prepareArticle(draft, matcher)));
  }, 60_000);

  it('rejects only the draft that cannot be enriched, and keeps serving the others', async () => {
    enricher = createEnricher({ records, blockers, workers: 1, warmup: 0 });
    const outcomes = await Promise.allSettled([drafts[0]!, { ...drafts[1]!, title: '  ' }, drafts[2]!].map((draft) => enricher!.enrich(draft)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]?.status === 'rejected' && String(outcomes[1].reason)).toContain('article has no title');
    const later = await enricher.enrich(drafts[3]!);
    expect(later.draft.url).toBe(drafts[3]!.url);
  }, 60_000);
});
