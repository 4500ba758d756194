/**
 * The brief as `mawjaz digest --json` prints it: the CLI contract's shape (from, to, topics, a flat
 * list of stories with their articles, countries and entities, stats), plus fields scripts find useful
 * (each story's section, week-on-week counts, the most-mentioned lists).
 */
import type { Brief, BriefEntity, BriefLatest, BriefStory } from './brief-model.js';

function entityJson(e: BriefEntity) {
  return { id: e.id, kind: e.kind, name: e.name, ...(e.nameAr !== undefined ? { nameAr: e.nameAr } : {}) };
}

function storyJson(story: BriefStory, topic: string | null) {
  return {
    id: story.id,
    title: story.headline,
    summary: story.summary,
    published: story.published,
    undated: story.undated,
    topic,
    articles: story.articles.map((a) => ({ id: a.id, title: a.title, url: a.url, source: a.source, lang: a.lang })),
    sources: story.sources,
    languages: story.languages,
    countries: story.countries.map((c) => ({ code: c.code ?? null, name: c.name, ...(c.nameAr !== undefined ? { nameAr: c.nameAr } : {}) })),
    entities: story.actors.map(entityJson),
  };
}

export function briefToJson(brief: Brief) {
  return {
    from: brief.period.from,
    to: brief.period.to,
    lang: brief.lang,
    previous: brief.previousPeriod,
    generatedAt: brief.generatedAt,
    topics: brief.sections.map((s) => ({
      ...entityJson(s.topic),
      count: s.count,
      previousCount: s.previousCount,
      change: s.change,
      stories: s.stories.map((story) => story.id),
      // A quiet topic's latest stories before the period: not this period's, so not in `stories` below.
      ...(s.latest ? { latest: latestJson(s.latest, s.topic.id) } : {}),
    })),
    stories: [
      ...brief.sections.flatMap((s) => s.stories.map((story) => storyJson(story, s.topic.id))),
      ...(brief.otherStories ?? []).map((story) => storyJson(story, null)),
    ],
    topActors: brief.topActors.map((e) => ({ ...entityJson(e), count: e.count })),
    topCountries: brief.topCountries.map((e) => ({ code: e.code ?? null, ...entityJson(e), count: e.count })),
    ...(brief.latest ? { latest: latestJson(brief.latest, null) } : {}),
    stats: brief.stats,
  };
}

function latestJson(latest: BriefLatest, topic: string | null) {
  return { from: latest.period.from, to: latest.period.to, stories: latest.stories.map((story) => storyJson(story, topic)) };
}
