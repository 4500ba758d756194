/**
 * `topics list` (and the playground's operator view) lists the desk's topics: the template's national
 * bodies of every country appear once an article names them, all of them with --all.
 */
import { describe, expect, it } from 'vitest';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { templateOnlyBodies } from '../../src/entities/gazetteer.js';
import { listTrackedTopics } from '../../src/entities/tracked-topics.js';
import { enrich } from '../../src/ingest/enrich.js';
import { storeArticle } from '../../src/ingest/store.js';
import { DIALECTS } from '../support/databases.js';
import { useTestEngine } from '../support/sample-engine.js';

const CHILE_NAVY = 'org:cl-navy';

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`tracked topics on ${dialect.name}`, () => {
    const suite = useTestEngine(dialect);

    it('lists a template body once an article names it, and every one with --all', async () => {
      const engine = suite.engine();
      expect(templateOnlyBodies().has(CHILE_NAVY)).toBe(true);
      const ids = async (filter: { all?: boolean } = {}) => new Set((await listTrackedTopics(engine, filter)).map((t) => t.row.id));
      const before = await ids();
      expect(before.has('org:iom')).toBe(true);
      expect(before.has('process:khartoum')).toBe(true);
      expect(before.has(CHILE_NAVY)).toBe(false);
      expect((await ids({ all: true })).has(CHILE_NAVY)).toBe(true);

      const matcher = await loadEntityMatcher(engine);
      const article = enrich(
        {
          url: 'https://news.example/en/chile-navy-rescue',
          title: "Chile's navy rescues migrants off Arica",
          text: "Chile's navy said on Tuesday it had rescued 40 migrants and asylum seekers from a sinking boat off Arica, near the border with Peru.",
          published: '2026-11-18',
          lang: 'en',
          source: 'Example Wire',
        },
        matcher,
      );
      expect(article.mentions.map((m) => m.entityId)).toContain(CHILE_NAVY);
      await storeArticle(engine, article, null);
      expect((await ids()).has(CHILE_NAVY)).toBe(true);
    });
  });
}
