/**
 * Renders the platform-neutral brief as Markdown (CommonMark + GFM) for the CLI and e-mail.
 * Everything article-derived (titles, summaries, source and entity names, URLs) is hostile until
 * escaped here: a headline must not become a heading, a link, an image, raw HTML or a bidi spoof.
 * The only HTML we emit ourselves is the `<div dir="rtl">` wrapper of an Arabic brief.
 * Spec: https://spec.commonmark.org/0.31.2/ (backslash escapes §2.4, link destinations §6.3).
 */
import { removeInvisible } from '../../src/text/normalise.js';
import type { Brief, BriefEntity, BriefLang, BriefLatest, BriefSection, BriefStory, CountedEntity } from './brief-model.js';
import { entityName, formatDay, formatInstant, labelsFor } from './labels.js';

/** Caps so one runaway feed item cannot swamp an e-mail (counted in code points, before escaping). */
export const MARKDOWN_LIMITS = { headline: 300, title: 300, summary: 1500, name: 120, source: 120 } as const;

// Characters with inline meaning anywhere in a line (emphasis, code, links, HTML, entities, tables,
// strikethrough, ATX closing `#`). `!` only matters before `[`, which is always escaped; it is escaped
// at the start of text, and otherwise left alone so "Breaking!" stays readable.
const INLINE_SPECIAL = /[\\`*_[\]()<>~|&#]/g;

/** Strips invisible and bidi controls and collapses all whitespace, so article text stays on one line. */
export function cleanText(text: string): string {
  return removeInvisible(text).replace(/\s+/gu, ' ').trim();
}

function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Escapes untrusted text for use inline in Markdown. Characters that only matter at the start of a
 * line (`-`, `+`, `=`, `1.`/`1)`) are escaped there, so "U.N. figures - Libya" stays readable.
 */
export function escapeMarkdown(text: string, max = Number.POSITIVE_INFINITY): string {
  const escaped = truncate(cleanText(text), max).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped
    .replace(/^([-+=!])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/**
 * A URL safe to put in `[text](…)`: normalised by WHATWG URL, then with the characters that could end
 * or re-open the destination percent-encoded. Null when it is not an http(s) or file URL.
 */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(cleanText(url));
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return null;
  return parsed.href.replace(/[()<>\s\\[\]"`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function link(text: string, url: string): string {
  const href = safeLinkUrl(url);
  return href === null ? text : `[${text}](${href})`;
}

interface Ctx {
  lang: BriefLang;
  l: ReturnType<typeof labelsFor>;
}

function names(entities: readonly Pick<BriefEntity, 'name' | 'nameAr'>[], ctx: Ctx): string {
  return entities.map((e) => escapeMarkdown(entityName(e, ctx.lang), MARKDOWN_LIMITS.name)).join(ctx.l.listSeparator);
}

function renderStory(story: BriefStory, ctx: Ctx): string[] {
  const { l } = ctx;
  const [first, ...others] = story.articles;
  const headline = escapeMarkdown(story.headline, MARKDOWN_LIMITS.headline);
  const out: string[] = [`### ${first ? link(headline, first.url) : headline}`, ''];

  const summary = escapeMarkdown(story.summary, MARKDOWN_LIMITS.summary);
  if (summary !== '') out.push(summary, '');
  if (summary !== '' && story.summaryBy === 'model') out.push(`_${l.modelSummary}_`, '');

  const meta: string[] = [];
  if (story.undated || story.published === null) {
    const received = story.published === null ? '' : ` (${formatInstant(story.published, ctx.lang)})`;
    meta.push(`**${l.undated}**${received} — ${l.undatedHint}`);
  } else {
    meta.push(formatInstant(story.published, ctx.lang));
  }
  if (story.sources.length > 0) {
    meta.push(`${l.reportedBy}: ${story.sources.map((s) => escapeMarkdown(s, MARKDOWN_LIMITS.source)).join(l.listSeparator)}`);
  }
  if (story.languages.length > 0) {
    meta.push(`${l.languages}: ${story.languages.map((c) => escapeMarkdown(l.languageName(c), MARKDOWN_LIMITS.name)).join(l.listSeparator)}`);
  }
  if (story.countries.length > 0) meta.push(`${l.countries}: ${names(story.countries, ctx)}`);
  if (story.actors.length > 0) meta.push(`${l.actors}: ${names(story.actors, ctx)}`);
  out.push(...meta.map((m) => `- ${m}`));

  if (others.length > 0) {
    out.push(`- ${l.alsoReported}:`);
    for (const article of others) {
      const title = link(escapeMarkdown(article.title, MARKDOWN_LIMITS.title), article.url);
      const source = article.source === null || cleanText(article.source) === '' ? '' : ` — ${escapeMarkdown(article.source, MARKDOWN_LIMITS.source)}`;
      out.push(`  - ${title}${source}`);
    }
  }
  out.push('');
  return out;
}

function renderSection(section: BriefSection, ctx: Ctx): string[] {
  const { l } = ctx;
  const topic = escapeMarkdown(entityName(section.topic, ctx.lang), MARKDOWN_LIMITS.name);
  const out = [`## ${topic} — ${l.stories(section.count)} · ${l.change(section.change)}`, ''];
  if (section.count === 0) {
    out.push(`_${l.nothingNew(topic)}_`, '');
    if (section.latest) out.push(...renderLatest(section.latest, ctx));
    return out;
  }
  for (const story of section.stories) out.push(...renderStory(story, ctx));
  const hidden = section.count - section.stories.length;
  if (hidden > 0) out.push(`_${l.moreStories(hidden)}_`, '');
  return out;
}

/** The latest stories before a quiet period, under the week they are from. */
function renderLatest(latest: BriefLatest, ctx: Ctx): string[] {
  const out = [`_${ctx.l.latestStories(formatDay(latest.period.from, ctx.lang), formatDay(latest.period.to, ctx.lang))}_`, ''];
  for (const story of latest.stories) out.push(...renderStory(story, ctx));
  return out;
}

function renderCounted(title: string, entities: readonly CountedEntity[], ctx: Ctx): string | null {
  if (entities.length === 0) return null;
  const list = entities
    .map((e) => `${escapeMarkdown(entityName(e, ctx.lang), MARKDOWN_LIMITS.name)} (${e.count})`)
    .join(ctx.l.listSeparator);
  return `- ${title}: ${list}`;
}

/** The whole brief as Markdown; Arabic briefs come wrapped in an RTL block with Arabic labels. */
export function renderBriefMarkdown(brief: Brief): string {
  const ctx: Ctx = { lang: brief.lang, l: labelsFor(brief.lang) };
  const { l } = ctx;
  const { stats } = brief;

  const languages = Object.entries(stats.languages)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => `${escapeMarkdown(l.languageName(code), MARKDOWN_LIMITS.name)} ${n}`)
    .join(l.listSeparator);

  const lines: string[] = [
    `# ${l.title}`,
    '',
    `**${l.period(formatDay(brief.period.from, brief.lang), formatDay(brief.period.to, brief.lang))}**`,
    '',
    `${l.overview(stats)}${languages === '' ? '' : ` · ${l.languages}: ${languages}`}`,
    '',
  ];

  for (const section of brief.sections) lines.push(...renderSection(section, ctx));

  if (brief.otherStories !== undefined && brief.otherStories.length > 0) {
    const heading = brief.sections.length === 0 ? l.topStories : l.otherStories;
    lines.push(`## ${heading} — ${l.stories(brief.otherStories.length)}`, '');
    for (const story of brief.otherStories) lines.push(...renderStory(story, ctx));
  }
  if (brief.latest) lines.push(`## ${l.topStories}`, '', `_${l.nothingInPeriod}_`, '', ...renderLatest(brief.latest, ctx));

  const mentioned = [
    renderCounted(l.countries, brief.topCountries, ctx),
    renderCounted(l.actors, brief.topActors, ctx),
  ].filter((line): line is string => line !== null);
  if (mentioned.length > 0) lines.push(`## ${l.mostMentioned}`, '', ...mentioned, '');

  const body = `${lines.join('\n').trimEnd()}\n`;
  // Blank lines around the wrapper so Markdown inside an HTML block still renders (CommonMark §4.6, type 6).
  return brief.lang === 'ar' ? `<div dir="rtl" lang="ar">\n\n${body}\n</div>\n` : body;
}
