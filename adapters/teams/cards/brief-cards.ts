/**
 * The platform-neutral weekly brief (digests/brief/brief-model.ts) as Adaptive Cards for Teams, with
 * the same labels and content as the Markdown and Slack renderers: header, period and overview, one
 * part per topic (count against last week, stories linked to their first article, outlets, date,
 * languages, summary), other stories, the most mentioned countries and actors with Follow buttons.
 * Arabic briefs set the card's `rtl` (Adaptive Cards 1.5).
 *
 * Teams refuses a bot message above about 100 KB (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/format-your-bot-messages),
 * so a brief whose card would pass `maxBytes` (80 KB by default, room for the activity around it) is
 * split into several messages at story boundaries: a topic's heading travels with its first story and
 * is repeated on a page that continues it, and every page after the first opens with "title (2/3)".
 * Nothing is dropped: every story lands on some page.
 */
import type { Brief, BriefEntity, BriefLang, BriefLatest, BriefSection, BriefStory, CountedEntity } from '../../../digests/brief/brief-model.js';
import { entityName, formatDay, formatInstant, labelsFor } from '../../../digests/brief/labels.js';
import { joinWithin } from '../../../digests/brief/join-within.js';
import { InvalidInput } from '../../../src/errors.js';
import { feedbackButton, storyArticleIds, submit } from './actions.js';
import { readsRightToLeft } from '../../../src/text/direction.js';
import { actionRows, adaptiveCard, cardBytes, type CardElement, type Container, heading, inDirection, subtle, type TeamsMessage, textBlock } from './adaptive-card.js';
import { followMenu } from './follow-menu.js';
import { cardText, cleanCardText, safeCardUrl } from './text.js';

export interface BriefCardsOptions {
  /** Largest card JSON per message, in bytes: 20,000 to 80,000 (the default). */
  maxBytes?: number;
}

export const TEAMS_BRIEF_BYTES = { default: 80_000, min: 20_000 } as const;

/** Caps on article-derived pieces (characters), so one runaway feed item cannot fill a message. */
export const TEAMS_BRIEF_LIMITS = { headline: 300, summary: 1500, name: 120, source: 120, title: 200, list: 600 } as const;

/** Most-mentioned entities offered in the follow menu: enough to act on. */
const FOLLOWABLE = 10;

/** Room kept on each page for the "(2/3)" line, written once the number of pages is known. */
const MARKER_BYTES = 400;

interface Ctx {
  lang: BriefLang;
  l: ReturnType<typeof labelsFor>;
}

const name = (entity: Pick<BriefEntity, 'name' | 'nameAr'>, ctx: Ctx): string => cardText(entityName(entity, ctx.lang), TEAMS_BRIEF_LIMITS.name);

function listLine(ctx: Ctx, label: string, items: readonly string[]): string {
  return `${label}: ${joinWithin(items, ctx.l.listSeparator, TEAMS_BRIEF_LIMITS.list)}`;
}

function storyElements(story: BriefStory, ctx: Ctx): CardElement[] {
  const { l } = ctx;
  const [first] = story.articles;
  const headline = cardText(story.headline, TEAMS_BRIEF_LIMITS.headline) || '—';
  // In an English brief, an Arabic headline or summary still reads right to left: a container of its own says so.
  const rtl = ctx.lang === 'ar';
  const items: CardElement[] = [inDirection(textBlock(headline, { weight: 'Bolder' }), readsRightToLeft(story.headline), rtl)];
  const summary = cardText(story.summary, TEAMS_BRIEF_LIMITS.summary);
  if (summary !== '') {
    items.push(inDirection(textBlock(summary, { spacing: 'Small' }), readsRightToLeft(story.summary), rtl));
    if (story.summaryBy === 'model') items.push(subtle(l.modelSummary));
  }
  const when = story.undated || story.published === null ? `${l.undated}${story.published === null ? '' : ` (${formatInstant(story.published, ctx.lang)})`} — ${l.undatedHint}` : formatInstant(story.published, ctx.lang);
  const meta = [when];
  const sources = story.sources.map((s) => cardText(s, TEAMS_BRIEF_LIMITS.source)).filter((s) => s !== '');
  if (sources.length > 0) meta.push(listLine(ctx, l.reportedBy, sources));
  if (story.languages.length > 0) meta.push(listLine(ctx, l.languages, story.languages.map((c) => cardText(l.languageName(c), TEAMS_BRIEF_LIMITS.name))));
  items.push(subtle(meta.join(' · ')));
  const where = [
    story.countries.length > 0 ? listLine(ctx, l.countries, story.countries.map((e) => name(e, ctx))) : '',
    story.actors.length > 0 ? listLine(ctx, l.actors, story.actors.map((e) => name(e, ctx))) : '',
  ].filter((s) => s !== '');
  if (where.length > 0) items.push(subtle(where.join(' · ')));
  const others = story.articles.slice(1).map((a) => {
    const title = cardText(a.title, TEAMS_BRIEF_LIMITS.title);
    const source = a.source === null ? '' : cardText(a.source, TEAMS_BRIEF_LIMITS.source);
    return source === '' ? title : `${title} — ${source}`;
  });
  if (others.length > 0) items.push(subtle(listLine(ctx, l.alsoReported, others)));

  const url = first ? safeCardUrl(first.url) : null;
  const container: Container = { type: 'Container', items, spacing: 'Medium', ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title: headline, url } } : {}) };
  const ids = storyArticleIds(story);
  // Outside the container: its selectAction must not swallow the button's click.
  return ids.length === 0 ? [container] : [container, { type: 'ActionSet', actions: [feedbackButton(l.notRelevant, { action: 'hide', articleIds: ids })] }];
}

/** A run of elements that stays in one message. */
interface Unit {
  elements: CardElement[];
  /** Repeated at the top of a page this unit opens, so a continued topic keeps its heading. */
  heading: CardElement | null;
  /** The topic's name, for the message's notification text. */
  topic: string | null;
}

function storyUnits(stories: readonly BriefStory[], head: CardElement[], topic: string, tail: CardElement[], ctx: Ctx): Unit[] {
  if (stories.length === 0) return [{ elements: [...head, ...tail], heading: null, topic }];
  return stories.map((story, i) => ({
    elements: [...(i === 0 ? head : []), ...storyElements(story, ctx), ...(i === stories.length - 1 ? tail : [])],
    heading: i === 0 ? null : (head[0] ?? null),
    topic,
  }));
}

function sectionUnits(part: BriefSection, ctx: Ctx): Unit[] {
  const { l } = ctx;
  const topic = name(part.topic, ctx);
  const head: CardElement[] = [{ ...heading(`${topic} — ${l.stories(part.count)} · ${l.change(part.change)}`), separator: true, spacing: 'Large' }];
  if (part.count === 0) head.push(subtle(l.nothingNew(topic)));
  // A quiet period shows the latest stories before it, under the week they are from; the count stays 0.
  if (part.count === 0 && part.latest) head.push(subtle(latestLine(part.latest, ctx)));
  const hidden = part.count - part.stories.length;
  return storyUnits(part.count === 0 ? (part.latest?.stories ?? []) : part.stories, head, topic, hidden > 0 ? [subtle(l.moreStories(hidden))] : [], ctx);
}

function latestLine(latest: BriefLatest, ctx: Ctx): string {
  return ctx.l.latestStories(formatDay(latest.period.from, ctx.lang), formatDay(latest.period.to, ctx.lang));
}

function mentionedUnit(brief: Brief, ctx: Ctx): Unit | null {
  const { l } = ctx;
  const line = (title: string, entities: readonly CountedEntity[]): string =>
    entities.length === 0 ? '' : listLine(ctx, title, entities.map((e) => `${name(e, ctx)} (${e.count})`));
  const lines = [line(l.countries, brief.topCountries), line(l.actors, brief.topActors)].filter((s) => s !== '');
  if (lines.length === 0) return null;
  const followable = [...brief.topCountries, ...brief.topActors].slice(0, FOLLOWABLE);
  return {
    elements: [{ ...heading(l.mostMentioned), separator: true, spacing: 'Large' }, ...lines.map((t) => textBlock(t)), ...followMenu(followable, ctx.lang, ctx.lang === 'ar')],
    heading: null,
    topic: null,
  };
}

function languagesText(brief: Brief, ctx: Ctx): string {
  const { l } = ctx;
  const languages = Object.entries(brief.stats.languages)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => `${cardText(l.languageName(code), TEAMS_BRIEF_LIMITS.name)} ${n}`);
  return languages.length === 0 ? l.overview(brief.stats) : `${l.overview(brief.stats)} · ${listLine(ctx, l.languages, languages)}`;
}

function maxBytesOf(options: BriefCardsOptions | undefined): number {
  const max = options?.maxBytes ?? TEAMS_BRIEF_BYTES.default;
  if (!Number.isInteger(max) || max < TEAMS_BRIEF_BYTES.min || max > TEAMS_BRIEF_BYTES.default) {
    throw new InvalidInput(`maxBytes must be a whole number from ${TEAMS_BRIEF_BYTES.min} to ${TEAMS_BRIEF_BYTES.default}, got ${max}`);
  }
  return max;
}

interface Page {
  body: CardElement[];
  topics: string[];
}

function paginate(intro: CardElement[], units: readonly Unit[], max: number, rtl: boolean): Page[] {
  let page: Page = { body: [...intro], topics: [] };
  const pages = [page];
  const fits = (body: CardElement[]): boolean => cardBytes(adaptiveCard(body, rtl)) + MARKER_BYTES <= max;
  for (const unit of units) {
    // A unit too big for any page still goes on one of its own: a brief never loses a story.
    if (!fits([...page.body, ...unit.elements]) && page.body.length > 0) {
      page = { body: unit.heading === null ? [] : [unit.heading], topics: [] };
      pages.push(page);
    }
    page.body.push(...unit.elements);
    if (unit.topic !== null && !page.topics.includes(unit.topic)) page.topics.push(unit.topic);
  }
  return pages;
}

/** The brief as one or more Teams messages, in posting order. */
export function renderBriefCards(brief: Brief, options?: BriefCardsOptions): TeamsMessage[] {
  const max = maxBytesOf(options);
  const ctx: Ctx = { lang: brief.lang, l: labelsFor(brief.lang) };
  const { l } = ctx;
  const rtl = brief.lang === 'ar';
  const period = l.period(formatDay(brief.period.from, brief.lang), formatDay(brief.period.to, brief.lang));
  const intro: CardElement[] = [textBlock(l.title, { weight: 'Bolder', size: 'Large', style: 'heading' }), textBlock(period, { weight: 'Bolder', spacing: 'Small' }), subtle(languagesText(brief, ctx))];

  const units: Unit[] = brief.sections.flatMap((part) => sectionUnits(part, ctx));
  const others = brief.otherStories ?? [];
  if (others.length > 0) {
    const title = brief.sections.length === 0 ? l.topStories : l.otherStories;
    units.push(...storyUnits(others, [{ ...heading(`${title} — ${l.stories(others.length)}`), separator: true, spacing: 'Large' }], title, [], ctx));
  }
  if (brief.latest) {
    const head: CardElement[] = [{ ...heading(l.topStories), separator: true, spacing: 'Large' }, subtle(l.nothingInPeriod), subtle(latestLine(brief.latest, ctx))];
    units.push(...storyUnits(brief.latest.stories, head, l.topStories, [], ctx));
  }
  const mentioned = mentionedUnit(brief, ctx);
  if (mentioned !== null) units.push(mentioned);

  const pages = paginate(intro, units, max, rtl);
  const overview = `${l.title} — ${period} — ${l.overview(brief.stats)}`;
  return pages.map((page, i) => {
    const marker = `${l.title} (${i + 1}/${pages.length})`;
    const body = i === 0 ? page.body : [subtle(marker), ...page.body];
    const lead = i === 0 ? overview : marker;
    const topics = joinWithin(page.topics, l.listSeparator, 300);
    return { text: cleanCardText(topics === '' ? lead : `${lead} — ${topics}`), card: adaptiveCard(body, rtl) };
  });
}
