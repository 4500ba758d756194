/**
 * Runs the chat grammar (grammar.ts) against the core: one entry point for the Slack and Teams
 * adapters, which only translate events in and render CommandResults out.
 */
import { sql } from 'kysely';
import type { BriefEntity, BriefLang } from '../../digests/brief/brief-model.js';
import { briefEntityOf } from '../../digests/compile/entity-names.js';
import type { Coverage } from '../../digests/compile/coverage.js';
import { createPeriodCache, type DigesterOptions } from '../../digests/compile/digester.js';
import { weekEnding } from '../../digests/compile/period.js';
import type { DeliveryTargetRow } from '../../db/schema.js';
import { type BriefCompiler, inProcessBriefCompiler } from '../delivery/brief-compiler.js';
import type { Engine } from '../engine.js';
import { addTopic, clearTopic, misspeltTopics, resolveTopic, TopicExists } from '../entities/topic.service.js';
import type { EntityRecord } from '../entities/types.js';
import { MawjazError, NotFound } from '../errors.js';
import { feedLabel } from '../feeds/feed.service.js';
import { uiText, type UiLang } from '../i18n/interface-text.js';
import { redactUrl } from '../redact-url.js';
import { createSearcher, type Searcher } from '../search/search.service.js';
import { listFeeds } from '../storage/feed.repository.js';
import { recentAlerts } from '../storage/alert.repository.js';
import { channelTargetsIn, findSubscriptionMode, findTarget, subscriptionsOf, type TargetKey } from '../storage/subscription.repository.js';
import {
  follow,
  setLanguage,
  setQuietHours,
  setSchedule,
  setThreads,
  type SubscriptionMode,
  type TargetDefaults,
  unfollow,
} from '../subscriptions/subscription.service.js';
import { type Audience, channelTarget, personalTarget, type Target } from '../subscriptions/targets.js';
import { hiddenStories, hideStory, mutedSourceNames, muteSource, storyFilterOf, storyTitle, unhideStory, unmuteSource } from '../subscriptions/conversation-filters.js';
import type { CommandResult, FeedbackChange, FeedbackResult, FeedHealth, FollowedTopic, HomeView, SourceHealth, TargetSettings } from './command-result.js';
import { type ParsedCommand, parseCommand } from './grammar.js';
import { failureSentence } from './failure-text.js';
import { createLanguageMemory } from './language-memory.js';

const SEARCH_RESULTS = 5;
const CLOSEST_TOPICS = 3;
const RECENT_ALERTS = 5;

export type SubscriptionAction = 'follow' | 'unfollow' | 'subscribe' | 'unsubscribe';

export interface CommandService {
  /** A command as typed (`/migration …` text, or a message to the bot). */
  run(audience: Audience, text: string, defaults?: TargetDefaults): Promise<CommandResult>;
  /** A topic's card by id (redrawn after a click, or shared in the channel). */
  showTopic(audience: Audience, topicId: string): Promise<CommandResult>;
  /** A Follow / Subscribe button: the same change as the typed command, by topic id. */
  changeSubscription(audience: Audience, action: SubscriptionAction, topicId: string, mode?: SubscriptionMode, defaults?: TargetDefaults): Promise<CommandResult>;
  /** A person's home: `visibleChannels` are the channels they are in (the platform knows; we do not). */
  home(audience: Audience, visibleChannels: readonly string[]): Promise<HomeView>;
  /** Not relevant / Mute <outlet> here, and their undo: for the conversation the click came from. */
  changeFeedback(audience: Audience, change: FeedbackChange): Promise<FeedbackResult>;
  /** The sentence for a failure, in the person's language as last seen (no database needed: it may be the failure). */
  failureText(audience: Audience, error: unknown, typed?: string): string;
}

export function toBriefEntity(record: EntityRecord): BriefEntity {
  const entity = briefEntityOf({ id: record.id, kind: record.kind, name_en: record.names.en, name_ar: record.names.ar ?? null, country_code: record.countryCode ?? null });
  if (!entity) throw new Error(`entity ${record.id} has no displayable name`);
  return entity;
}

/** The command's verb (the parsed kind), to say in another language what it needs. */
const verbOf = (text: string): string => parseCommand(text).kind;

/** resolveTopic found no topic, or several, by that name — not a failure to look (a database that is away). */
function namesNoTopic(error: unknown): error is MawjazError {
  return error instanceof NotFound || (error instanceof MawjazError && error.code === 'invalid_input');
}

function settingsOf(row: DeliveryTargetRow | undefined): TargetSettings {
  return {
    language: row?.language === 'ar' ? 'ar' : 'en',
    day: row?.brief_day ?? 'monday',
    time: row?.brief_time ?? '08:00',
    timeZone: row?.time_zone ?? 'UTC',
    threads: row?.threads === 1,
    quietStart: row?.quiet_start ?? null,
    quietEnd: row?.quiet_end ?? null,
  };
}

/** Where a command or click speaks for: the channel it came from, or the person in a DM or App Home. */
function conversationTarget(audience: Audience): Target {
  return audience.isDirect || audience.channelId === null ? personalTarget(audience) : channelTarget(audience);
}

/**
 * `compiler`: where topic cards and briefs are compiled — in the server, its delivery worker (issue 15:
 * a card can cluster a week, hundreds of ms, which must not hold up other people's acknowledgements);
 * in-process by default (the CLI, tests, benches), with `digesterOptions`.
 */
export function createCommandService(engine: Engine, digesterOptions: DigesterOptions = {}, compiler?: BriefCompiler): CommandService {
  // One clustering of this week serves every user's first look at each topic (checked for new articles).
  const compile = compiler ?? inProcessBriefCompiler(engine, { periodCache: createPeriodCache(), ...digesterOptions });
  let searcher: Promise<Searcher> | null = null;
  // Built once and reused: it holds every alias. `track` rebuilds it.
  const search = (): Promise<Searcher> => (searcher ??= createSearcher(engine));

  const key = (t: Target) => ({ platform: t.platform, workspaceId: t.workspaceId, conversationId: t.conversationId });
  const languages = createLanguageMemory();
  const personOf = (audience: Audience) => `${audience.platform}\u0000${audience.workspaceId}\u0000${audience.userId}`;
  const languageOf = async (audience: Audience): Promise<BriefLang> => {
    const lang = (await findTarget(engine.store.db, key(personalTarget(audience))))?.language === 'ar' ? 'ar' : 'en';
    languages.remember(personOf(audience), lang);
    return lang;
  };

  /** Topics the query partly names, then those a misspelling of it would name ("khartum", «ليبا»). */
  async function closestTopics(query: string): Promise<BriefEntity[]> {
    const named = (await search()).topicsFor(query).map((m) => m.entity);
    const misspelt = await misspeltTopics(engine, query, CLOSEST_TOPICS);
    const unique = new Map([...named, ...misspelt].map((e) => [e.id, e]));
    return [...unique.values()].slice(0, CLOSEST_TOPICS).map(toBriefEntity);
  }

  /** Said in chat without ids (the CLI's NotFound names them): the topics come as buttons below. */
  async function unknownTopic(audience: Audience, query: string, error: MawjazError): Promise<CommandResult> {
    const closest = await closestTopics(query);
    const lang = await languageOf(audience);
    const t = uiText(lang);
    const quoted = query.slice(0, 200);
    const message = error instanceof NotFound ? t.noTopicNamed(quoted, closest.length > 0, (c) => c) : t.severalTopics(quoted, closest.length > 0);
    return { kind: 'unknown-topic', query, message, closest, lang };
  }

  /**
   * The answer in the language the person chose; a brief keeps its own (the conversation's), `language`
   * its new one. A result whose words were already chosen carries its `lang`: it is not looked up twice.
   */
  async function inLanguage<R extends CommandResult>(audience: Audience, result: R): Promise<R> {
    const lang: UiLang = result.kind === 'brief' ? result.brief.lang : result.kind === 'settings' && result.changed === 'language' ? result.settings.language : (result.lang ?? (await languageOf(audience)));
    return { ...result, lang };
  }

  async function listed(target: TargetKey): Promise<FollowedTopic[]> {
    const rows = await subscriptionsOf(engine.store.db, target);
    return rows.flatMap((r) => {
      const topic = briefEntityOf({ id: r.entity_id, kind: r.kind, name_en: r.name_en, name_ar: r.name_ar, country_code: r.country_code });
      return topic ? [{ topic, mode: r.mode === 'alerts' ? 'alerts' : 'brief' } as FollowedTopic] : [];
    });
  }

  async function modeIn(target: Target, topicId: string): Promise<SubscriptionMode | null> {
    const mode = await findSubscriptionMode(engine.store.db, key(target), topicId);
    return mode === 'brief' || mode === 'alerts' ? mode : null;
  }

  async function changeSubscription(audience: Audience, action: SubscriptionAction, topicId: string, mode: SubscriptionMode = 'brief', defaults: TargetDefaults = {}): Promise<CommandResult> {
    let record: EntityRecord;
    try {
      record = await resolveTopic(engine, topicId);
    } catch (error) {
      if (namesNoTopic(error)) return unknownTopic(audience, topicId, error);
      throw error;
    }
    const forChannel = action === 'subscribe' || action === 'unsubscribe';
    const target = forChannel ? channelTarget(audience) : personalTarget(audience);
    const topic = toBriefEntity(record);
    if (action === 'follow' || action === 'subscribe') {
      const result = await follow(engine, target, record.id, mode, defaults);
      return { kind: 'subscription', action, topic, target: target.kind, changed: result.changed, mode };
    }
    const removed = await unfollow(engine, target, record.id);
    return { kind: 'subscription', action, topic, target: target.kind, changed: removed, mode: null };
  }

  async function changeFeedback(audience: Audience, change: FeedbackChange): Promise<FeedbackResult> {
    const target = conversationTarget(audience);
    const result = { kind: 'feedback', action: change.action, target: target.kind, lang: await languageOf(audience) } as const;
    switch (change.action) {
      case 'hide':
      case 'unhide': {
        const changed = await (change.action === 'hide' ? hideStory : unhideStory)(engine, target, change.articleIds);
        // Named in the confirmation, so the person sees which story went (or came back).
        return { ...result, changed, articleIds: change.articleIds, source: null, title: await storyTitle(engine, change.articleIds) };
      }
      case 'mute':
      case 'unmute': {
        const { changed, source } = await (change.action === 'mute' ? muteSource : unmuteSource)(engine, target, change.source);
        return { ...result, changed, articleIds: [], source, title: null };
      }
    }
  }

  async function showTopic(audience: Audience, topicId: string, coverage: Coverage = 'migration'): Promise<CommandResult | null> {
    const filter = await storyFilterOf(engine, key(conversationTarget(audience)));
    const lang = await languageOf(audience);
    const card = await compile.card(engine, { topicId, lang, filter, coverage });
    if (!card) return null;
    const channel = audience.isDirect || audience.channelId === null ? null : await modeIn(channelTarget(audience), topicId);
    return { kind: 'topic', card, following: await modeIn(personalTarget(audience), topicId), channelFollowing: channel, lang };
  }

  async function home(audience: Audience, visibleChannels: readonly string[]): Promise<HomeView> {
    const personal = personalTarget(audience);
    const { db } = engine.store;
    const channelRows = await channelTargetsIn(db, { platform: audience.platform, workspaceId: audience.workspaceId }, visibleChannels);
    const channels: HomeView['channels'] = [];
    for (const row of channelRows) {
      const topics = await listed({ platform: row.platform, workspaceId: row.workspace_id, conversationId: row.conversation_id });
      if (topics.length > 0) channels.push({ channelId: row.conversation_id, topics, pausedReason: row.paused_reason });
    }
    const sent = (await recentAlerts(db, key(personal), RECENT_ALERTS)).flatMap((a) => {
      const topic = briefEntityOf({ id: a.entity_id, kind: a.kind, name_en: a.name_en, name_ar: a.name_ar, country_code: a.country_code });
      return topic ? [{ title: a.title, url: a.url, source: a.source, lang: a.lang, published: a.published, sentAt: a.sent_at, topic }] : [];
    });
    return { personal: await listed(key(personal)), settings: settingsOf(await findTarget(db, key(personal))), channels, recentAlerts: sent };
  }

  async function execute(audience: Audience, command: ParsedCommand, defaults: TargetDefaults): Promise<CommandResult> {
    switch (command.kind) {
      case 'search': {
        const finder = await search();
        const topic = clearTopic(finder.topicsFor(command.query));
        const shown = topic ? await showTopic(audience, topic.id, command.all ? 'everything' : 'migration') : null;
        if (shown) return shown;
        const response = await finder.search(command.query, { limit: SEARCH_RESULTS });
        if (response.results.length === 0 && !response.onlyStopwords) {
          // Nothing matched: a misspelled topic ("khartum") gets its likely topics, with Follow buttons.
          const misspelt = await unknownTopic(audience, command.query, new NotFound(`no topic named ${command.query}`));
          if (misspelt.kind === 'unknown-topic' && misspelt.closest.length > 0) return misspelt;
        }
        return { kind: 'search', query: command.query, results: response.results, onlyStopwords: response.onlyStopwords };
      }
      case 'follow':
      case 'subscribe':
        return changeSubscription(audience, command.kind, command.topic, command.alerts ? 'alerts' : 'brief', defaults);
      case 'unfollow':
      case 'unsubscribe':
        return changeSubscription(audience, command.kind, command.topic, 'brief', defaults);
      case 'list': {
        const personal = personalTarget(audience);
        const here = conversationTarget(audience);
        const channel = here.kind === 'channel' ? await listed(key(here)) : null;
        const muted = { target: here.kind, sources: await mutedSourceNames(engine, key(here)) };
        const hidden = await hiddenStories(engine, key(here));
        return { kind: 'list', personal: await listed(key(personal)), channel, settings: settingsOf(await findTarget(engine.store.db, key(personal))), muted, hidden };
      }
      case 'brief': {
        const target = conversationTarget(audience);
        const topics = (await listed(key(target))).map((f) => f.topic.id);
        const row = await findTarget(engine.store.db, key(target));
        const lang: BriefLang = row?.language === 'ar' ? 'ar' : 'en';
        const filter = await storyFilterOf(engine, key(target));
        // «brief all»: every story, outside the followed topics and off migration too; otherwise migration news only.
        const everything = command.all === true ? ({ includeOther: true, coverage: 'everything' } as const) : {};
        const session = compile.session(engine);
        try {
          return { kind: 'brief', brief: await session.brief({ period: weekEnding(engine.now().toISOString().slice(0, 10)), topics, lang, filter, ...everything }) };
        } finally {
          session.end();
        }
      }
      case 'language': {
        const settings = settingsOf(await setLanguage(engine, personalTarget(audience), command.lang));
        languages.remember(personOf(audience), settings.language);
        return { kind: 'settings', changed: 'language', target: 'user', settings };
      }
      case 'schedule': {
        const target = conversationTarget(audience);
        const row = await setSchedule(engine, target, { day: command.day, time: command.time, timeZone: command.timeZone }, defaults);
        return { kind: 'settings', changed: 'schedule', target: target.kind, settings: settingsOf(row) };
      }
      case 'threads': {
        const target = channelTarget(audience);
        return { kind: 'settings', changed: 'threads', target: target.kind, settings: settingsOf(await setThreads(engine, target, command.on)) };
      }
      case 'quiet': {
        const target = conversationTarget(audience);
        const hours = command.start !== null && command.end !== null ? { start: command.start, end: command.end } : null;
        return { kind: 'settings', changed: 'quiet', target: target.kind, settings: settingsOf(await setQuietHours(engine, target, hours, defaults)) };
      }
      case 'unmute':
        try {
          return await changeFeedback(audience, { action: 'unmute', source: command.source });
        } catch (error) {
          // An unknown outlet is not an unknown topic: no closest topics to offer.
          if (error instanceof NotFound) return { kind: 'help', problem: error.message, suggestion: null };
          throw error;
        }
      case 'track': {
        const change = await addTopic(engine, { name: command.name, aliases: command.aliases }, (topic) => compile.relinkTopic(engine, topic)).catch(async (error: unknown) => {
          if (!(error instanceof TopicExists)) throw error;
          // The topic is there already: offer it (with its Follow button) instead of an operator's command.
          const existing = await resolveTopic(engine, error.topicId);
          const lang = await languageOf(audience);
          const offered: CommandResult = { kind: 'unknown-topic', query: command.name, message: uiText(lang).topicExists(command.name.slice(0, 200)), closest: [toBriefEntity(existing)], lang };
          return offered;
        });
        if ('kind' in change) return change;
        searcher = null;
        return { kind: 'tracked', topic: toBriefEntity(change.topic), aliases: change.addedAliases, relinked: change.relinked };
      }
      case 'sources':
        return { kind: 'sources', feeds: await feedHealth(engine), outlets: await sourceHealth(engine) };
      case 'help':
        return { kind: 'help', problem: null, suggestion: null };
      case 'usage': {
        // English keeps the grammar's precise sentence; other languages say what the command needs.
        const lang = await languageOf(audience);
        return { kind: 'help', problem: lang === 'en' ? command.message : uiText(lang).usageHint(command.verb, (c) => `«${c}»`), suggestion: command.suggestion, lang };
      }
    }
  }

  return {
    changeSubscription: async (audience, ...rest) => inLanguage(audience, await changeSubscription(audience, ...rest)),
    home,
    // Already in the person's language: the sentence names what was hidden, in it.
    changeFeedback,
    failureText: (audience, error, typed) => failureSentence(error, languages.recall(personOf(audience), typed)),
    async showTopic(audience, topicId) {
      const record = await resolveTopic(engine, topicId).catch((error: unknown) => {
        if (namesNoTopic(error)) return null;
        throw error;
      });
      const shown = record ? await showTopic(audience, record.id) : null;
      return inLanguage(audience, shown ?? (await unknownTopic(audience, topicId, new NotFound(`no topic ${topicId}`))));
    },
    async run(audience, text, defaults = {}) {
      try {
        return await inLanguage(audience, await execute(audience, parseCommand(text), defaults));
      } catch (error) {
        if (error instanceof NotFound) return inLanguage(audience, await unknownTopic(audience, text, error));
        if (error instanceof MawjazError && error.code === 'invalid_input') {
          // The services' sentences are English: another language says what the command needs instead.
          const lang = await languageOf(audience);
          const problem = lang === 'en' ? error.message : uiText(lang).usageHint(verbOf(text), (c) => `«${c}»`);
          return { kind: 'help', problem, suggestion: null, lang };
        }
        throw error;
      }
    },
  };
}

async function feedHealth(engine: Engine): Promise<FeedHealth[]> {
  return (await listFeeds(engine.store.db)).map((f) => ({
    name: feedLabel(f),
    url: redactUrl(f.url),
    lastSuccessAt: f.last_success_at,
    lastError: f.last_error,
    lastErrorAt: f.last_error_at,
    failures: f.failures,
    articles: f.articles_added,
    nextPollAt: f.next_poll_at,
  }));
}

async function sourceHealth(engine: Engine): Promise<SourceHealth[]> {
  const rows = await engine.store.db
    .selectFrom('sources')
    .leftJoin('articles', 'articles.source_id', 'sources.id')
    .select(['sources.name', 'sources.url', 'sources.kind', (eb) => eb.fn.count<string | number>('articles.id').as('articles'), sql<string | null>`max(articles.sort_time)`.as('latest')])
    .groupBy(['sources.id', 'sources.name', 'sources.url', 'sources.kind'])
    .orderBy('sources.name')
    .execute();
  return rows.map((r) => ({ name: r.name, url: r.url, kind: r.kind, articles: Number(r.articles), latest: r.latest }));
}
