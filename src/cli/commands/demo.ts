/**
 * `mawjaz demo` — the no-credentials tour: ingests the bundled sample articles (samples/news, written for
 * Mawjaz, dated so the newest is yesterday: see sample-dates.ts) into a local SQLite file, runs a few
 * English and Arabic searches, shows one article, and compiles the brief of the samples' busiest week.
 */
import type { Command } from 'commander';
import { showArticle } from '../../articles/article.service.js';
import { createProgressReporter } from '../../ingest/progress.js';
import { ingestSamples, shiftedPeriod } from '../../ingest/sample-dates.js';
import { createSearcher } from '../../search/search.service.js';
import { createDigester } from '../../../digests/compile/digester.js';
import { dateOnly, truncate } from '../format.js';
import { withEngine } from '../run.js';

const DEMO_QUERIES = ['khartoum', 'egypt', 'الاتجار بالبشر', 'IOM', 'forced labour'];
/** The samples' week with the Khartoum Process meeting in Cairo, reported in Arabic and in English, as written (before their dates move). */
const DEMO_WEEK_AS_WRITTEN = { from: '2026-11-09', to: '2026-11-15' };
const DEMO_TOPICS = ['khartoum', 'egypt', 'libya'];

export function register(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled sample articles into a local database and run example searches')
    .option('--db <path>', 'SQLite file or postgres:// URL', './data/demo.db')
    .action((flags: { db: string }) =>
      withEngine(flags, async (engine) => {
        const out = (line = '') => process.stdout.write(`${line}\n`);
        out(`Mawjaz demo — database: ${engine.store.location}`);
        const { summary, shiftDays } = await ingestSamples(engine, {
          allowPrivate: false,
          progress: (total) => createProgressReporter({ totalInputs: total, stream: process.stderr, enabled: true }),
        });
        out(`Sample articles: ${summary.ingested} ingested, ${summary.unchanged} already there, ${summary.failed} failed`);
        out(`Their dates are moved by ${shiftDays} days, so the newest is from yesterday and they read as this week's news.`);
        const week = shiftedPeriod(DEMO_WEEK_AS_WRITTEN, shiftDays);
        for (const f of summary.failures) out(`  ✗ ${f.input}: ${f.reason}`);

        const searcher = await createSearcher(engine);
        let firstId: string | undefined;
        for (const query of DEMO_QUERIES) {
          const response = await searcher.search(query, { limit: 3 });
          out();
          out(`$ mawjaz search ${/\s/.test(query) ? `"${query}"` : query}`);
          out(`  topics: ${response.topics.map((t) => t.name).join(', ') || 'none'}`);
          for (const r of response.results) {
            firstId ??= r.id;
            out(`  • ${truncate(r.title, 90)}`);
            out(`    ${[r.id, dateOnly(r.published), r.lang, r.source].filter(Boolean).join(' · ')}`);
          }
        }
        if (firstId) {
          const view = await showArticle(engine, firstId);
          out();
          out(`$ mawjaz show ${firstId}`);
          out(`  ${view.title}`);
          out(`  summary: ${truncate(view.summary, 300)}`);
          out(`  countries: ${view.countries.map((c) => `${c.name} (${c.code})`).join(', ') || 'none'}`);
          out(`  entities: ${view.entities.filter((e) => e.kind !== 'country').map((e) => e.name).join(', ') || 'none'}`);
        }
        const brief = await createDigester(engine).brief({ period: week, topics: DEMO_TOPICS, lang: 'en', perSection: 3 });
        out();
        out(`$ mawjaz digest --from ${week.from} --to ${week.to} ${DEMO_TOPICS.map((t) => `--topic ${t}`).join(' ')}`);
        for (const section of brief.sections) {
          const change = section.change === 0 ? 'no change' : `${section.change > 0 ? '+' : ''}${section.change} vs the week before`;
          out(`  ${section.topic.name}: ${section.count} ${section.count === 1 ? 'story' : 'stories'} (${change})`);
          if (section.count === 0) out('    nothing new this week');
          for (const story of section.stories) {
            out(`    • ${truncate(story.headline, 88)}`);
            out(`      ${story.articles.length} report${story.articles.length === 1 ? '' : 's'} · ${story.languages.join('+')} · ${story.sources.join(', ') || 'source unknown'}`);
          }
        }
        out();
        out(`Try your own: npx mawjaz search "عملية الخرطوم" --db ${flags.db}`);
        out(`The whole brief, in Arabic: npx mawjaz digest --from ${week.from} --to ${week.to} --topic egypt --lang ar --db ${flags.db}`);
      }, { createDatabase: true }),
    );
}
