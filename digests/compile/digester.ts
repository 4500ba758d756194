/**
 * The digest engine's entry point. A digester is one unit of work (a CLI call, one scheduled run):
 * it clusters each period it needs once, and reads or compiles each topic's digest once, storing it
 * in compiled_summaries so the next subscriber, the next run and the other replicas reuse it.
 * A stored digest is fresh until an article lands in the period it covers (ingestion marks it stale);
 * a stale or unreadable one is recompiled on demand.
 */
import type { Engine } from '../../src/engine.js';
import { resolveTopic } from '../../src/entities/topic.service.js';
import { countArticlesBetween, findCompiledSummary, saveCompiledSummary } from '../../src/storage/compiled-summary.repository.js';
import { getEntity } from '../../src/storage/entity.repository.js';
import { type Brief, type BriefLang, parseBrief } from '../brief/brief-model.js';
import type { LlmAudit, LlmSummariser } from '../summarise/llm-summariser.js';
import { assembleBrief } from './assemble-brief.js';
import { type Coverage, coveredArticles, storedScope } from './coverage.js';
import { loadEntityLookup } from './entity-names.js';
import { loadPeriodArticles } from './period-articles.js';
import { byImportance, type PeriodStory, periodStories } from './period-stories.js';
import { type Period, periodKey, previousPeriod, sortTimeRange } from './period.js';
import { latestStories, type LatestQuery } from './latest-stories.js';
import { NO_FILTER, type StoryFilter } from './story-filter.js';
import { compileStory } from './story-view.js';
import { ALL_TOPICS, type CompiledStory, parseTopicDigest, type TopicDigest } from './topic-digest.js';

/** Stories kept per compiled digest: several sections' worth, so placing stories elsewhere leaves enough. */
export const STORED_STORIES = 40;
/** Stories per section by default: a brief is read in minutes. */
export const DEFAULT_PER_SECTION = 8;
/** Stories given to the model per digest: the ones a brief can show. */
const MODEL_STORIES = DEFAULT_PER_SECTION;

export interface DigesterOptions {
  /** Optional abstractive summaries; the extractive one stays when it fails. */
  llm?: LlmSummariser | null;
  /**
   * Clustered periods shared by the digesters of a long-lived process (the bot server), so each
   * topic's first request of the week does not cluster the week again. Entries are checked against
   * the period's article count before use and rebuilt when articles arrived.
   */
  periodCache?: PeriodCache;
}

/** See DigesterOptions.periodCache; create with createPeriodCache(). */
export interface PeriodCache {
  entries: Map<string, Promise<PeriodData>>;
  /** Periods kept (oldest dropped first): the server asks for this week and the one before. */
  limit: number;
}

export function createPeriodCache(limit = 4): PeriodCache {
  return { entries: new Map(), limit };
}

export interface BriefRequest {
  period: Period;
  /** Entity ids, or names resolved like the CLI's --topic. Empty: the period's top stories. */
  topics: readonly string[];
  lang: BriefLang;
  perSection?: number;
  /** Also list stories outside the followed topics (always so when no topic is followed). */
  includeOther?: boolean;
  /** Migration news only (the default), or every story the topics appear in (the reader asked for all). */
  coverage?: Coverage;
  /** The reader's hidden stories and muted outlets (applied after the shared digests are read). */
  filter?: StoryFilter;
}

export interface DigestResult {
  digest: TopicDigest;
  /** True when read from compiled_summaries rather than compiled now. */
  reused: boolean;
}

export interface PeriodData {
  stories: PeriodStory[];
  /** Articles read: compared with a fresh count before saving, to catch arrivals during compilation. */
  articleCount: number;
}

export interface Digester {
  topicDigest(scope: string, period: Period, lang: BriefLang, coverage?: Coverage): Promise<DigestResult>;
  brief(request: BriefRequest): Promise<Brief>;
}

export function createDigester(engine: Engine, options: DigesterOptions = {}): Digester {
  const periods = new Map<string, Promise<PeriodData>>();
  const shared = options.periodCache;
  const digests = new Map<string, Promise<DigestResult>>();
  const modelSummaries = new Map<string, Promise<{ summary: string | null; audit: LlmAudit }>>();

  const periodData = (period: Period, coverage: Coverage): Promise<PeriodData> => {
    const key = `${periodKey(period)}|${coverage}`;
    let data = periods.get(key);
    if (!data) {
      data = sharedPeriod(period, coverage, key);
      periods.set(key, data);
    }
    return data;
  };

  // Off-topic articles are left out before clustering, so they neither form stories nor join one; the
  // count stays every article read, which is what staleness checks compare with.
  const clusterPeriod = (period: Period, coverage: Coverage): Promise<PeriodData> =>
    loadPeriodArticles(engine, period).then((articles) => ({ stories: periodStories(coveredArticles(articles, coverage)).sort(byImportance), articleCount: articles.length }));

  /** The shared cache's clustering when no article arrived since; otherwise a fresh one, kept for the next digester. */
  async function sharedPeriod(period: Period, coverage: Coverage, key: string): Promise<PeriodData> {
    if (!shared) return clusterPeriod(period, coverage);
    const cached = shared.entries.get(key);
    if (cached) {
      const { start, end } = sortTimeRange(period);
      const [data, count] = await Promise.all([cached, countArticlesBetween(engine.store.db, start, end)]);
      if (data.articleCount === count) return data;
    }
    const fresh = clusterPeriod(period, coverage);
    shared.entries.delete(key);
    shared.entries.set(key, fresh);
    while (shared.entries.size > shared.limit) shared.entries.delete(shared.entries.keys().next().value ?? key);
    fresh.catch(() => shared.entries.delete(key));
    return fresh;
  }

  async function summariseWithModel(compiled: CompiledStory, story: PeriodStory, lang: BriefLang, audits: LlmAudit[]): Promise<CompiledStory> {
    const llm = options.llm;
    if (!llm) return compiled;
    const key = `${lang}:${story.id}:${story.articles.length}`;
    let pending = modelSummaries.get(key);
    if (!pending) {
      const sources = story.articles.slice(0, 6).map((a) => ({ title: a.title, summary: a.summary, source: a.source, lang: a.lang, url: a.url, published: a.published }));
      pending = llm.summariseStory(sources, lang);
      modelSummaries.set(key, pending);
    }
    const { summary, audit } = await pending;
    audits.push(audit);
    if (summary === null) {
      engine.logger.warn({ story: story.id, error: audit.error }, 'model summary failed; keeping the extractive summary');
      return compiled;
    }
    return { ...compiled, story: { ...compiled.story, summary, summaryBy: 'model' }, summaryBy: 'model' };
  }

  /** A fresh stored digest's story count for the period, with the article count it was compiled from. */
  async function storedCount(scope: string, period: Period, lang: BriefLang, coverage: Coverage): Promise<{ count: number; articleCount: number } | null> {
    const row = await findCompiledSummary(engine.store.db, { scope: storedScope(scope, coverage), periodStart: period.from, periodEnd: period.to, lang });
    const digest = row && row.stale === 0 ? parseTopicDigest(row.content) : null;
    if (!digest) return null;
    const { start, end } = sortTimeRange(period);
    return { count: digest.count, articleCount: await countArticlesBetween(engine.store.db, start, end) };
  }

  async function compile(scope: string, period: Period, lang: BriefLang, coverage: Coverage): Promise<TopicDigest> {
    const previous = previousPeriod(period);
    const isAboutScope = (s: PeriodStory): boolean => scope === ALL_TOPICS || s.about.has(scope);
    // Last period's count is usually stored already (last week's brief): no need to cluster that week again.
    const stored = await storedCount(scope, previous, lang, coverage);
    const [current, before] = await Promise.all([
      periodData(period, coverage),
      stored ?? periodData(previous, coverage).then((data) => ({ count: data.stories.filter(isAboutScope).length, articleCount: data.articleCount })),
    ]);
    const mine = current.stories.filter(isAboutScope);
    const kept = mine.slice(0, STORED_STORIES);

    const lookup = await loadEntityLookup(engine, [...(scope === ALL_TOPICS ? [] : [scope]), ...kept.flatMap((s) => [...s.about.keys()])]);
    const topic = scope === ALL_TOPICS ? null : (lookup(scope) ?? null);
    const audits: LlmAudit[] = [];
    const stories: CompiledStory[] = [];
    for (const [i, story] of kept.entries()) {
      const compiled = compileStory(story, lang, lookup);
      if (compiled === null) continue;
      stories.push(i < MODEL_STORIES ? await summariseWithModel(compiled, story, lang, audits) : compiled);
    }

    const digest: TopicDigest = {
      version: 1,
      scope,
      topic,
      lang,
      period,
      previousPeriod: previous,
      count: mine.length,
      previousCount: before.count,
      stories,
      compiledAt: engine.now().toISOString(),
    };
    // An article that arrived while we read is in neither our data nor (if the row was new) a stale mark.
    const now = sortTimeRange(period);
    const then = sortTimeRange(previous);
    const [nowCount, thenCount] = await Promise.all([
      countArticlesBetween(engine.store.db, now.start, now.end),
      countArticlesBetween(engine.store.db, then.start, then.end),
    ]);
    await saveCompiledSummary(engine.store.db, {
      scope: storedScope(scope, coverage),
      entityId: scope === ALL_TOPICS ? null : scope,
      periodStart: period.from,
      periodEnd: period.to,
      coversFrom: previous.from,
      lang,
      content: JSON.stringify(digest),
      audit: audits.length > 0 ? JSON.stringify(audits) : null,
      compiledAt: digest.compiledAt,
      stale: nowCount !== current.articleCount || thenCount !== before.articleCount,
    });
    return digest;
  }

  async function readOrCompile(scope: string, period: Period, lang: BriefLang, coverage: Coverage): Promise<DigestResult> {
    const row = await findCompiledSummary(engine.store.db, { scope: storedScope(scope, coverage), periodStart: period.from, periodEnd: period.to, lang });
    if (row && row.stale === 0) {
      const digest = parseTopicDigest(row.content);
      if (digest) return { digest, reused: true };
      engine.logger.warn({ scope, period }, 'stored digest is unreadable; recompiling');
    }
    return { digest: await compile(scope, period, lang, coverage), reused: false };
  }

  const topicDigest = (scope: string, period: Period, lang: BriefLang, coverage: Coverage = 'migration'): Promise<DigestResult> => {
    const key = `${storedScope(scope, coverage)}|${periodKey(period)}|${lang}`;
    let result = digests.get(key);
    if (!result) {
      result = readOrCompile(scope, period, lang, coverage);
      digests.set(key, result);
    }
    return result;
  };

  // Subscriptions name topics by id: one indexed lookup. Names ("egypt", "عملية الخرطوم") go through
  // the full topic lookup, which reads every alias — once per name per digester.
  const resolved = new Map<string, Promise<string>>();
  const topicId = (idOrName: string): Promise<string> => {
    let id = resolved.get(idOrName);
    if (!id) {
      id = getEntity(engine.store.db, idOrName).then(async (row) => row?.id ?? (await resolveTopic(engine, idOrName)).id);
      resolved.set(idOrName, id);
    }
    return id;
  };

  return {
    topicDigest,
    async brief(request) {
      const ids = await Promise.all(request.topics.map(topicId));
      const unique = [...new Set(ids)];
      const digestsForTopics = [];
      const coverage = request.coverage ?? 'migration';
      for (const id of unique) digestsForTopics.push((await topicDigest(id, request.period, request.lang, coverage)).digest);
      const includeOther = request.includeOther === true || unique.length === 0;
      const everything = includeOther ? (await topicDigest(ALL_TOPICS, request.period, request.lang, coverage)).digest : null;
      const perSection = request.perSection ?? DEFAULT_PER_SECTION;
      const brief = assembleBrief({
        lang: request.lang,
        period: request.period,
        previousPeriod: previousPeriod(request.period),
        generatedAt: engine.now().toISOString(),
        topics: digestsForTopics,
        everything,
        perSection,
        ...(request.filter ? { filter: request.filter } : {}),
      });
      return withLatest(brief, { before: request.period.from, lang: request.lang, filter: request.filter ?? NO_FILTER, coverage, limit: perSection });
    },
  };

  /**
   * A topic with no story in the period shows its latest ones before it, as a topic card does; so does a
   * brief of no topic whose period is empty. Counts stay the period's: the latest are labelled as older.
   */
  async function withLatest(brief: Brief, query: Omit<LatestQuery, 'scope'>): Promise<Brief> {
    const self = { topicDigest };
    const sections = [];
    for (const section of brief.sections) {
      const latest = section.count === 0 ? await latestStories(engine, self, { ...query, scope: section.topic.id }) : null;
      sections.push(latest ? { ...section, latest } : section);
    }
    const quiet = brief.sections.length === 0 && brief.stats.stories === 0 && brief.otherStories !== undefined;
    const latest = quiet ? await latestStories(engine, self, { ...query, scope: ALL_TOPICS }) : null;
    return parseBrief({ ...brief, sections, ...(latest ? { latest } : {}) });
  }
}
