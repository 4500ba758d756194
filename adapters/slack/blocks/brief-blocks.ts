/**
 * Renders the platform-neutral weekly brief as Slack Block Kit messages; it mirrors the Markdown
 * renderer (digests/brief/render-markdown.ts) block for block, with the same labels and the same rule:
 * every article-derived string goes through escapeMrkdwn / link before it reaches a text object.
 * Block Kit reference and limits: https://docs.slack.dev/reference/block-kit/blocks
 * (≤ 50 blocks per message, section text ≤ 3000, context ≤ 10 elements of ≤ 2000, header ≤ 150).
 *
 * A long brief becomes several messages. Each keeps a story's section and context blocks together and
 * a topic heading with its first story; a message that continues a topic repeats its heading, and every
 * message after the first opens with a small "title (2/3)" context, built from existing labels only.
 */
import type { ContextBlock, DividerBlock, HeaderBlock, KnownBlock, MrkdwnElement, SectionBlock } from '@slack/types';
import { InvalidInput } from '../../../src/errors.js';
import type { Brief, BriefEntity, BriefLang, BriefLatest, BriefSection, BriefStory, CountedEntity } from '../../../digests/brief/brief-model.js';
import { entityName, formatDay, formatInstant, labelsFor } from '../../../digests/brief/labels.js';
import { joinWithin } from '../../../digests/brief/join-within.js';
import { readsRightToLeft } from '../../../src/text/direction.js';
import { storyMenu } from './buttons.js';
import { cleanText, escapeMrkdwn, link, plainText, SLACK_TEXT_LIMITS } from './mrkdwn.js';

/** One `chat.postMessage` payload: `text` is the notification / screen-reader fallback (mrkdwn-safe, unformatted). */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface BriefBlocksOptions {
  /** Blocks per message, 5–50 (default 50, Slack's maximum); 5 is the least that always fits a continued story. */
  maxBlocks?: number;
}

/** Caps on article-derived pieces, in escaped characters, so one runaway feed item cannot swamp a message. */
export const SLACK_BRIEF_LIMITS = { headline: 300, title: 300, summary: 1500, name: 120, source: 120 } as const;

const MIN_BLOCKS = 5;

/**
 * Right-to-left mark. Slack has no `dir` attribute: each client picks a paragraph's direction from its
 * first strong character, so an Arabic line that opens with a Latin name ("IOM …"), a digit or our own
 * `*` would be laid out left-to-right, with its punctuation at the wrong end. An RLM at the start of
 * every line of an Arabic brief makes that first strong character right-to-left. It is added after
 * escaping, so removeInvisible (which strips RLMs planted in article text) never sees ours.
 */
const RLM = '\u200F';

interface Ctx {
  lang: BriefLang;
  l: ReturnType<typeof labelsFor>;
  rtl: boolean;
}

/** Characters `directed` adds to a text of `lines` lines, so budgets can be computed before it runs. */
function rtlCost(ctx: Ctx, lines: number): number {
  return ctx.rtl ? lines * RLM.length : 0;
}

function directed(ctx: Ctx, text: string): string {
  return ctx.rtl ? text.split('\n').map((line) => `${RLM}${line}`).join('\n') : text;
}

function mrkdwn(ctx: Ctx, text: string): MrkdwnElement {
  // verbatim: Slack must not auto-link URLs or channel names, nor parse mentions, in article text.
  return { type: 'mrkdwn', text: directed(ctx, text), verbatim: true };
}

function section(ctx: Ctx, lines: readonly string[]): SectionBlock {
  return { type: 'section', text: mrkdwn(ctx, lines.join('\n')) };
}

function context(ctx: Ctx, texts: readonly string[]): ContextBlock {
  return { type: 'context', elements: texts.slice(0, SLACK_TEXT_LIMITS.contextElements).map((t) => mrkdwn(ctx, t)) };
}

const DIVIDER: DividerBlock = { type: 'divider' };

/** A `Label: a, b, c` context element within Slack's limit (one line, so one RLM). */
function listElement(ctx: Ctx, labelText: string, items: readonly string[]): string {
  const prefix = `${labelText}: `;
  const budget = SLACK_TEXT_LIMITS.contextElementText - prefix.length - rtlCost(ctx, 1);
  return `${prefix}${joinWithin(items, ctx.l.listSeparator, budget)}`;
}

function name(entity: Pick<BriefEntity, 'name' | 'nameAr'>, ctx: Ctx): string {
  return escapeMrkdwn(entityName(entity, ctx.lang), SLACK_BRIEF_LIMITS.name);
}

function storyText(story: BriefStory, ctx: Ctx): string {
  const { l } = ctx;
  const [first] = story.articles;
  const rawHeadline = cleanText(story.headline) === '' ? '—' : story.headline;
  const headline = first ? link(rawHeadline, first.url, SLACK_BRIEF_LIMITS.headline) : escapeMrkdwn(rawHeadline, SLACK_BRIEF_LIMITS.headline);
  // In an English brief, an Arabic headline or summary still reads right to left: its own line opens with an RLM.
  const own = (raw: string): string => (!ctx.rtl && readsRightToLeft(raw) ? RLM : '');
  const headlineLine = `${own(rawHeadline)}*${headline}*`;
  const lines = [headlineLine];
  const modelLine = `_${l.modelSummary}_`;
  const flagged = story.summaryBy === 'model';
  // Whatever the headline line and the model flag leave of the section limit goes to the summary.
  const reserved = headlineLine.length + (flagged ? 1 + modelLine.length : 0) + 1 + RLM.length + rtlCost(ctx, flagged ? 3 : 2);
  const summary = escapeMrkdwn(story.summary, Math.min(SLACK_BRIEF_LIMITS.summary, SLACK_TEXT_LIMITS.sectionText - reserved));
  if (summary !== '') {
    lines.push(`${own(story.summary)}${summary}`);
    if (flagged) lines.push(modelLine);
  }
  return lines.join('\n');
}

function storyContext(story: BriefStory, ctx: Ctx): string[] {
  const { l } = ctx;
  const out: string[] = [];
  if (story.undated || story.published === null) {
    const received = story.published === null ? '' : ` (${formatInstant(story.published, ctx.lang)})`;
    out.push(`*${l.undated}*${received} — ${l.undatedHint}`);
  } else {
    out.push(formatInstant(story.published, ctx.lang));
  }
  const sources = story.sources.map((s) => escapeMrkdwn(s, SLACK_BRIEF_LIMITS.source)).filter((s) => s !== '');
  if (sources.length > 0) out.push(listElement(ctx, l.reportedBy, sources));
  if (story.languages.length > 0) {
    out.push(listElement(ctx, l.languages, story.languages.map((c) => escapeMrkdwn(l.languageName(c), SLACK_BRIEF_LIMITS.name))));
  }
  if (story.countries.length > 0) out.push(listElement(ctx, l.countries, story.countries.map((e) => name(e, ctx))));
  if (story.actors.length > 0) out.push(listElement(ctx, l.actors, story.actors.map((e) => name(e, ctx))));
  const others = story.articles.slice(1).map((article) => {
    const title = link(article.title, article.url, SLACK_BRIEF_LIMITS.title);
    const source = article.source === null ? '' : escapeMrkdwn(article.source, SLACK_BRIEF_LIMITS.source);
    return source === '' ? title : `${title} — ${source}`;
  });
  if (others.length > 0) out.push(listElement(ctx, l.alsoReported, others));
  return out;
}

/** A story's headline section carries its Not relevant / Mute menu as an accessory: no extra block. */
function storyBlocks(story: BriefStory, ctx: Ctx): KnownBlock[] {
  const menu = storyMenu(story, ctx.l, (text) => directed(ctx, text));
  const headline = section(ctx, [storyText(story, ctx)]);
  return [menu ? { ...headline, accessory: menu } : headline, context(ctx, storyContext(story, ctx))];
}

/** A run of blocks that must stay in one message. */
interface Unit {
  blocks: KnownBlock[];
  /** Repeated at the top of a message this unit opens, so a continued topic keeps its heading. */
  heading: SectionBlock | null;
  /** The topic (escaped) the unit belongs to, for the message's fallback text. */
  topic: string | null;
}

function storyUnits(
  stories: readonly BriefStory[],
  heading: SectionBlock,
  topic: string,
  lead: KnownBlock[],
  tail: KnownBlock[],
  ctx: Ctx,
): Unit[] {
  if (stories.length === 0) return [{ blocks: [...lead, heading, ...tail], heading: null, topic }];
  return stories.map((story, i) => ({
    // The heading travels with the first story; a trailing note travels with the last.
    blocks: [...(i === 0 ? [...lead, heading] : []), ...storyBlocks(story, ctx), ...(i === stories.length - 1 ? tail : [])],
    heading: i === 0 ? null : heading,
    topic,
  }));
}

function sectionUnits(topicSection: BriefSection, ctx: Ctx, lead: KnownBlock[]): Unit[] {
  const { l } = ctx;
  const { count, change, stories } = topicSection;
  const topic = name(topicSection.topic, ctx);
  const lines = [`*${topic}* — ${l.stories(count)} · ${l.change(change)}`];
  if (count === 0) lines.push(`_${l.nothingNew(topic)}_`);
  // A quiet period shows the latest stories before it, under the week they are from; the count stays 0.
  if (count === 0 && topicSection.latest) lines.push(latestLine(topicSection.latest, ctx));
  const heading = section(ctx, lines);
  const hidden = count - stories.length;
  const tail = hidden > 0 ? [context(ctx, [`_${l.moreStories(hidden)}_`])] : [];
  return storyUnits(count === 0 ? (topicSection.latest?.stories ?? []) : stories, heading, topic, lead, tail, ctx);
}

function latestLine(latest: BriefLatest, ctx: Ctx): string {
  return `_${ctx.l.latestStories(formatDay(latest.period.from, ctx.lang), formatDay(latest.period.to, ctx.lang))}_`;
}

function countedLine(ctx: Ctx, title: string, entities: readonly CountedEntity[]): string | null {
  if (entities.length === 0) return null;
  const prefix = `${title}: `;
  // Two lines share one section: each gets half of it.
  const budget = Math.floor(SLACK_TEXT_LIMITS.sectionText / 2) - prefix.length - rtlCost(ctx, 1) - 1;
  return `${prefix}${joinWithin(entities.map((e) => `${name(e, ctx)} (${e.count})`), ctx.l.listSeparator, budget)}`;
}

function languagesLine(brief: Brief, ctx: Ctx): string {
  const { l } = ctx;
  const languages = Object.entries(brief.stats.languages)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => `${escapeMrkdwn(l.languageName(code), SLACK_BRIEF_LIMITS.name)} ${n}`);
  const overview = l.overview(brief.stats);
  if (languages.length === 0) return overview;
  return listElement(ctx, `${overview} · ${l.languages}`, languages);
}

function maxBlocksOf(options: BriefBlocksOptions | undefined): number {
  const max = options?.maxBlocks ?? SLACK_TEXT_LIMITS.blocksPerMessage;
  if (!Number.isInteger(max) || max < MIN_BLOCKS || max > SLACK_TEXT_LIMITS.blocksPerMessage) {
    throw new InvalidInput(`maxBlocks must be a whole number from ${MIN_BLOCKS} to ${SLACK_TEXT_LIMITS.blocksPerMessage}, got ${max}`);
  }
  return max;
}

interface Page {
  blocks: KnownBlock[];
  topics: string[];
}

function paginate(intro: KnownBlock[], units: readonly Unit[], max: number): Page[] {
  let page: Page = { blocks: [...intro], topics: [] };
  const pages = [page];
  for (const unit of units) {
    let blocks = unit.blocks;
    if (page.blocks.length + blocks.length > max) {
      // Index 0 is kept for the "(2/3)" marker, filled in once the number of messages is known.
      page = { blocks: [DIVIDER], topics: [] };
      pages.push(page);
      if (blocks[0]?.type === 'divider') blocks = blocks.slice(1);
      if (unit.heading !== null) page.blocks.push(unit.heading);
    }
    page.blocks.push(...blocks);
    if (unit.topic !== null && !page.topics.includes(unit.topic)) page.topics.push(unit.topic);
  }
  return pages;
}

/** The brief as one or more Slack messages, in posting order. Arabic briefs read right-to-left. */
export function renderBriefBlocks(brief: Brief, options?: BriefBlocksOptions): SlackMessage[] {
  const max = maxBlocksOf(options);
  const rtl = brief.lang === 'ar';
  const ctx: Ctx = { lang: brief.lang, l: labelsFor(brief.lang), rtl };
  const { l } = ctx;

  const title = plainText(l.title, SLACK_TEXT_LIMITS.headerText - rtlCost(ctx, 1));
  const header: HeaderBlock = { type: 'header', text: { type: 'plain_text', text: directed(ctx, title) } };
  const period = l.period(formatDay(brief.period.from, brief.lang), formatDay(brief.period.to, brief.lang));
  const intro: KnownBlock[] = [header, context(ctx, [`*${period}*`, languagesLine(brief, ctx)])];

  const units: Unit[] = [];
  // A divider between sections (and before the closing parts), never above the first one.
  const lead = (): KnownBlock[] => (units.length === 0 ? [] : [DIVIDER]);
  for (const s of brief.sections) units.push(...sectionUnits(s, ctx, lead()));

  const others = brief.otherStories ?? [];
  if (others.length > 0) {
    const headingText = brief.sections.length === 0 ? l.topStories : l.otherStories;
    const heading = section(ctx, [`*${headingText}* — ${l.stories(others.length)}`]);
    units.push(...storyUnits(others, heading, headingText, lead(), [], ctx));
  }
  if (brief.latest) {
    const heading = section(ctx, [`*${l.topStories}*`, `_${l.nothingInPeriod}_`, latestLine(brief.latest, ctx)]);
    units.push(...storyUnits(brief.latest.stories, heading, l.topStories, lead(), [], ctx));
  }

  const mentioned = [countedLine(ctx, l.countries, brief.topCountries), countedLine(ctx, l.actors, brief.topActors)].filter(
    (line): line is string => line !== null,
  );
  if (mentioned.length > 0) {
    units.push({ blocks: [...lead(), section(ctx, [`*${l.mostMentioned}*`, ...mentioned])], heading: null, topic: null });
  }

  const pages = paginate(intro, units, max);
  const overview = `${l.title} — ${period} — ${l.overview(brief.stats)}`;
  return pages.map((page, i) => {
    const marker = `${l.title} (${i + 1}/${pages.length})`;
    if (i > 0) page.blocks[0] = context(ctx, [marker]);
    const lead = i === 0 ? overview : marker;
    const budget = SLACK_TEXT_LIMITS.fallbackText - lead.length - 3 - rtlCost(ctx, 1);
    const topics = joinWithin(page.topics, l.listSeparator, budget);
    return { text: directed(ctx, topics === '' ? lead : `${lead} — ${topics}`), blocks: page.blocks };
  });
}
