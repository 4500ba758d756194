/**
 * "Not relevant" and "Mute <outlet> here": what a conversation (a channel, or a person's DMs) asked
 * not to see again, and the filter its briefs, topic cards and alerts apply. Changes are idempotent
 * (Slack retries, people double-click) and report whether anything changed, like follow/unfollow.
 */
import type { StoryFilter } from '../../digests/compile/story-filter.js';
import type { Engine } from '../engine.js';
import { InvalidInput, NotFound, quoteInput } from '../errors.js';
import { titlesOf } from '../storage/article.repository.js';
import { addFilter, filtersOf, type FilterEntry, mutedSources, removeFilter } from '../storage/conversation-filter.repository.js';
import type { TargetKey } from '../storage/target-columns.js';
import type { Target } from './targets.js';

/** Article ids: 12 hex characters of sha256(url) when ingested (db/schema.ts); any short token is accepted. */
export const ARTICLE_ID = /^[0-9A-Za-z_-]{1,40}$/;
/** A story lists at most eight links; a few more leave room without letting a value grow without end. */
export const MAX_STORY_ARTICLES = 11;

function keyOf(target: Target): TargetKey {
  return { platform: target.platform, workspaceId: target.workspaceId, conversationId: target.conversationId };
}

function storyEntry(articleIds: readonly string[]): FilterEntry {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0 || ids.length > MAX_STORY_ARTICLES) throw new InvalidInput(`a story is named by 1 to ${MAX_STORY_ARTICLES} article ids, got ${ids.length}`);
  const bad = ids.find((id) => !ARTICLE_ID.test(id));
  if (bad !== undefined) throw new InvalidInput(`${quoteInput(bad)} is not an article id`);
  return { kind: 'story', value: ids.join(',') };
}

async function sourceEntry(engine: Engine, name: string): Promise<{ entry: FilterEntry; name: string }> {
  const wanted = name.trim();
  const exact = await engine.store.db.selectFrom('sources').select(['id', 'name']).where('name', '=', wanted).executeTakeFirst();
  // Typed names ("unmute al-wasat sample") need not match the outlet's capitals.
  const row = exact ?? (await engine.store.db.selectFrom('sources').select(['id', 'name']).where((eb) => eb(eb.fn('lower', ['name']), '=', wanted.toLowerCase())).executeTakeFirst());
  if (!row) throw new NotFound(`no source named ${quoteInput(wanted)}; \`sources\` lists them`);
  return { entry: { kind: 'source', value: String(row.id) }, name: row.name };
}

/** Marks a story Not relevant here; true when it was not already. */
export async function hideStory(engine: Engine, target: Target, articleIds: readonly string[]): Promise<boolean> {
  return addFilter(engine.store.db, keyOf(target), storyEntry(articleIds), target.userId, engine.now().toISOString());
}

/** Undoes hideStory with the same ids; true when it was hidden. */
export async function unhideStory(engine: Engine, target: Target, articleIds: readonly string[]): Promise<boolean> {
  return removeFilter(engine.store.db, keyOf(target), storyEntry(articleIds));
}

export interface SourceChange {
  changed: boolean;
  /** The outlet's name as stored. */
  source: string;
}

export async function muteSource(engine: Engine, target: Target, name: string): Promise<SourceChange> {
  const { entry, name: source } = await sourceEntry(engine, name);
  return { changed: await addFilter(engine.store.db, keyOf(target), entry, target.userId, engine.now().toISOString()), source };
}

export async function unmuteSource(engine: Engine, target: Target, name: string): Promise<SourceChange> {
  const { entry, name: source } = await sourceEntry(engine, name);
  return { changed: await removeFilter(engine.store.db, keyOf(target), entry), source };
}

/** Outlet names muted here, alphabetically. */
export async function mutedSourceNames(engine: Engine, key: TargetKey): Promise<string[]> {
  return (await mutedSources(engine.store.db, key)).map((s) => s.name);
}

/** A story marked Not relevant, as `list` offers it back. */
export interface HiddenStory {
  /** The ids it was hidden by: Show again sends them back unchanged. */
  articleIds: string[];
  /** Its lead article's title; null when none of its articles is stored any more. */
  title: string | null;
}

/** A story is named by its first article still stored: the lead, as long as it is. */
const firstTitle = (articleIds: readonly string[], titles: ReadonlyMap<string, string>): string | null =>
  articleIds.map((id) => titles.get(id)).find((t) => t !== undefined && t.trim() !== '') ?? null;

export async function storyTitle(engine: Engine, articleIds: readonly string[]): Promise<string | null> {
  return firstTitle(articleIds, await titlesOf(engine.store.db, articleIds));
}

/** Stories marked Not relevant here, most recently hidden first, each with its title. */
export async function hiddenStories(engine: Engine, key: TargetKey): Promise<HiddenStory[]> {
  const stories = (await filtersOf(engine.store.db, key)).filter((e) => e.kind === 'story').map((e) => e.value.split(',')).reverse();
  const titles = await titlesOf(engine.store.db, [...new Set(stories.flat())]);
  return stories.map((articleIds) => ({ articleIds, title: firstTitle(articleIds, titles) }));
}

/** What this conversation's briefs, cards and alerts leave out. */
export async function storyFilterOf(engine: Engine, key: TargetKey): Promise<StoryFilter> {
  const entries = await filtersOf(engine.store.db, key);
  const hiddenArticles = new Set(entries.filter((e) => e.kind === 'story').flatMap((e) => e.value.split(',')));
  const muted = entries.some((e) => e.kind === 'source') ? await mutedSourceNames(engine, key) : [];
  return { hiddenArticles, mutedSources: new Set(muted) };
}
