/**
 * The typed database: one interface per table, composed into `Database`, with Row/New/Update aliases
 * (the kysely example app's layout). Timestamps are ISO-8601 strings and booleans 0/1 integers, so the
 * same queries run unchanged on SQLite and PostgreSQL.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface SourcesTable {
  id: Generated<number>;
  /** Outlet or feed name as shown to users. */
  name: string;
  url: string | null;
  /** 'file' | 'feed' | 'jsonl' | 'web' */
  kind: string;
  created_at: string;
}

export interface ArticlesTable {
  /** Internal integer key (the SQLite full-text index's rowid). */
  seq: Generated<number>;
  /** 12 hex characters of sha256(url): stable across databases and re-ingests. */
  id: string;
  url: string;
  title: string;
  text: string;
  lang: string;
  /** ISO date or date-time, or null when the article carries no date (never the ingestion time). */
  published: string | null;
  /** Where `published` came from: 'metadata' | 'text' | 'none'. */
  published_from: string;
  /** published, else ingested_at: what recency ranking and listing order use. */
  sort_time: string;
  source_id: number | null;
  /** sha256 of the normalised body: the same text under another URL is the same article. */
  content_hash: string;
  summary: string;
  ingested_at: ColumnType<string, string, never>;
  /**
   * How much the article is about migration, in [0, 1] (src/entities/relevance.ts; RELEVANCE_THRESHOLD
   * and above: about migration). Null only for articles stored before migration 0016 until the
   * backfill (`mawjaz migrate`, or `serve` in the background) scores them: treat null as relevant.
   */
  relevance: number | null;
  /**
   * The story the article joined when stored (migration 0017); the story may since have been merged
   * into another (follow stories.merged_into). Null until the story backfill (migrate, serve) reaches it.
   */
  story_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A story: reports of one event, across outlets and languages, kept as articles arrive. */
export interface StoriesTable {
  /** "s" + the id of the article that started it. */
  id: string;
  /** Earliest and newest sort_time of its articles. */
  first_seen: string;
  last_seen: string;
  article_count: number;
  /** Languages of its articles, sorted, comma-separated ("ar,en"). */
  languages: string;
  /** The article that started it: the story's seed, against which joiners are checked. */
  representative_id: string;
  /** Set when the story turned out to be another one: its articles belong there (follow the chain). */
  merged_into: string | null;
  updated_at: string;
}

/** The candidate index: a blocking key (term, entity or figure) an article carries, by day. */
export interface StoryKeysTable {
  /** 't:<term>', 'e:<entity id>' or 'n:<figure>'. */
  key: string;
  /** Days since the epoch of the article's sort_time. */
  day: number;
  article_id: string;
}

export interface StoryFeaturesTable {
  article_id: string;
  /** JSON of digests/clustering/stored-features.ts. */
  features: string;
}

/** Articles containing a term or entity; the term '' counts the articles themselves. */
export interface StoryTermDfTable {
  term: string;
  df: number;
}

export interface EntitiesTable {
  /** 'country:EG', 'org:iom', 'process:khartoum', 'theme:smuggling', 'person:…', 'topic:…' */
  id: string;
  kind: string;
  name_en: string;
  name_ar: string | null;
  name_fr: string | null;
  country_code: string | null;
  /** 'gazetteer' | 'user' | 'text' */
  origin: string;
  created_at: ColumnType<string, string, never>;
}

export interface EntityAliasesTable {
  entity_id: string;
  alias: string;
  lang: string | null;
  /** The alias's matching keys joined by spaces (see src/text/tokens.ts). */
  match_key: string;
  case_sensitive: number;
}

export interface MentionsTable {
  article_id: string;
  entity_id: string;
  mention_count: number;
  /** JSON array of surface forms as found in the text. */
  surfaces: string;
  first_offset: number;
  /** Copy of articles.sort_time so "latest articles about X" is one index range scan. */
  sort_time: string;
  /** For a person: JSON array of the roles this article gives them ({title, organisation}); null when none. */
  roles: string | null;
}

export interface SubscriptionsTable {
  id: Generated<number>;
  /** 'slack' | 'teams' | 'cli' */
  platform: string;
  workspace_id: string;
  conversation_id: string;
  user_id: string | null;
  entity_id: string;
  /** 'brief' | 'alerts' */
  mode: string;
  language: string;
  created_at: ColumnType<string, string, never>;
  paused_reason: string | null;
}

export interface DeliveryTargetsTable {
  id: Generated<number>;
  /** 'slack' | 'teams' | 'cli' */
  platform: string;
  workspace_id: string;
  /** A channel id, or "user:<id>" for a person's direct messages (opened when first needed). */
  conversation_id: string;
  /** The person, for a DM target; who set it up, for a channel. */
  user_id: string | null;
  /** 'user' | 'channel' */
  kind: string;
  /** 'en' | 'ar' */
  language: string;
  /** 'monday' … 'sunday' */
  brief_day: string;
  /** HH:MM, 24-hour, in time_zone. */
  brief_time: string;
  /** IANA time zone. */
  time_zone: string;
  /** 1: a channel brief posts its details in a thread. */
  threads: number;
  /** Alerts wait outside [quiet_start, quiet_end) (HH:MM in time_zone); null: no quiet hours. */
  quiet_start: string | null;
  quiet_end: string | null;
  paused_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  platform: string;
  workspace_id: string;
  conversation_id: string;
  /** 'brief' | 'alerts' */
  kind: string;
  /** With the conversation and kind, the idempotency key: a brief's period start, an alert batch's first alert. */
  occasion: string;
  /** JSON: a brief's period; an alert batch's items and alert ids. */
  payload: string;
  /** 'pending' | 'sending' | 'sent' | 'failed' (after the last attempt, or the conversation is gone) | 'cancelled' (nothing to send by then) */
  status: string;
  /** Claims so far, this one included. */
  attempts: number;
  next_attempt_at: string;
  /** The server sending it, and until when its claim holds. */
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  /** JSON array of the platform's ids of the messages acknowledged so far (Slack ts, Teams activity id). */
  message_ids: ColumnType<string, string | undefined, string>;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** A scheduled job's claim: one replica at a time runs it. */
export interface JobLeasesTable {
  name: string;
  owner: string;
  lease_until: string;
}

export interface AlertsTable {
  id: Generated<number>;
  platform: string;
  workspace_id: string;
  conversation_id: string;
  article_id: string;
  /** The followed topic the article mentions (the first, when several). */
  entity_id: string;
  /** 'pending' | 'queued' (in an outbox message) | 'sent' | 'skipped' (muted outlet, hidden story, or a story already alerted) */
  status: string;
  created_at: string;
  /** When queued, then when sent. */
  sent_at: string | null;
}

export interface FeedsTable {
  id: Generated<number>;
  /** The feed's URL as added (credentials kept: some feeds need them; shown redacted). */
  url: string;
  /** Name given when added; else the outlet name its articles carry. */
  name: string | null;
  /** 1: private and loopback addresses allowed for this feed (local testing only). */
  allow_private: number;
  added_at: string;
  /** Null until the first poll succeeds: that poll reads the back catalogue and alerts nobody. */
  first_polled_at: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  /** Consecutive failed polls: the next poll backs off with each. */
  failures: number;
  /** Articles stored from this feed, all polls together. */
  articles_added: number;
  /** When the next poll is due; while a server polls the feed, the end of its claim (see claimFeed). */
  next_poll_at: string;
  /** The ETag of the last 200 that parsed, sent back as If-None-Match (migration 0012). */
  etag: string | null;
  /** The Last-Modified of the last 200 that parsed, sent back as If-Modified-Since. */
  last_modified: string | null;
  /** How the last poll went: 'read', 'not modified' (304, or the same ETag) or 'failed'; null before the first. */
  last_result: FeedPollResult | null;
}

export type FeedPollResult = 'read' | 'not modified' | 'failed';

export interface ConversationFiltersTable {
  platform: string;
  workspace_id: string;
  /** As delivery_targets.conversation_id: a channel id, or "user:<id>" for a person's DMs. */
  conversation_id: string;
  /** 'story' (marked Not relevant) | 'source' (muted) */
  kind: string;
  /** story: the story's article ids, comma-separated; source: sources.id. */
  value: string;
  /** Who clicked or typed it. */
  created_by: string | null;
  created_at: string;
}

export interface ConversationReferencesTable {
  platform: string;
  /** Teams: the tenant id. */
  workspace_id: string;
  /** As delivery_targets.conversation_id: "user:<id>" for a person's chat, else the conversation id. */
  conversation_id: string;
  /** 'personal' | 'channel' | 'groupChat' */
  kind: string;
  /** The team a channel belongs to: removing the bot from the team forgets all its channels. */
  team_id: string | null;
  service_url: string;
  /** JSON of the platform's conversation reference, as it gave it. */
  reference: string;
  updated_at: string;
}

export interface PlatformEventsTable {
  platform: string;
  event_id: string;
  received_at: string;
}

/** An app installed in a workspace (OAuth installs): the tokens live only inside the sealed `secret`. */
export interface InstallationsTable {
  platform: string;
  /** Slack team id, or the enterprise id of an org-wide install. */
  workspace_id: string;
  /** 1: installed for a whole organisation (Slack Enterprise Grid). */
  org_wide: number;
  bot_user_id: string | null;
  bot_id: string | null;
  /** Granted bot scopes, comma-separated as Slack writes them. */
  scopes: string;
  /** The person who installed the app. */
  installed_by: string | null;
  /** The platform's installation record (JSON, tokens included) sealed by src/security/secret-box.ts. */
  secret: string;
  installed_at: string;
  updated_at: string;
}

export interface CompiledSummariesTable {
  id: Generated<number>;
  /** The topic's entity id, or '*' for a brief over every topic. */
  scope: string;
  entity_id: string | null;
  /** The period, as inclusive calendar days (YYYY-MM-DD). */
  period_start: string;
  period_end: string;
  /** First day of the previous period: the content's week-on-week counts depend on it too. */
  covers_from: string;
  lang: string;
  /** JSON of the compiled topic digest (digests/compile/topic-digest.ts). */
  content: string;
  /** 1 once an article inside [covers_from, period_end] arrived after compilation. */
  stale: number;
  compiled_at: string;
  /** JSON of LLM prompts and outputs used for the content, for audit; null when none. */
  audit: string | null;
}

/** A brief or alert message delivered to the playground user (adapters/playground). */
export interface PlaygroundInboxTable {
  id: Generated<number>;
  /** 'user:you' or the playground channel. */
  conversation_id: string;
  /** 'brief' | 'alerts' */
  kind: string;
  /** JSON: the Slack messages ({text, blocks}) it would have been. */
  slack: string;
  /** JSON: the Teams Adaptive Cards it would have been. */
  teams: string;
  created_at: string;
}

export interface Database {
  meta: MetaTable;
  sources: SourcesTable;
  articles: ArticlesTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  mentions: MentionsTable;
  subscriptions: SubscriptionsTable;
  compiled_summaries: CompiledSummariesTable;
  delivery_targets: DeliveryTargetsTable;
  outbox: OutboxTable;
  job_leases: JobLeasesTable;
  platform_events: PlatformEventsTable;
  alerts: AlertsTable;
  installations: InstallationsTable;
  feeds: FeedsTable;
  conversation_references: ConversationReferencesTable;
  conversation_filters: ConversationFiltersTable;
  playground_inbox: PlaygroundInboxTable;
  stories: StoriesTable;
  story_keys: StoryKeysTable;
  story_features: StoryFeaturesTable;
  story_term_df: StoryTermDfTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type FeedRow = Selectable<FeedsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type PlaygroundInboxRow = Selectable<PlaygroundInboxTable>;
export type ConversationReferenceRow = Selectable<ConversationReferencesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type EntityRow = Selectable<EntitiesTable>;
export type NewEntity = Insertable<EntitiesTable>;
export type EntityAliasRow = Selectable<EntityAliasesTable>;
export type MentionRow = Selectable<MentionsTable>;
export type NewMention = Insertable<MentionsTable>;
export type SubscriptionRow = Selectable<SubscriptionsTable>;
export type NewSubscription = Insertable<SubscriptionsTable>;
export type SubscriptionUpdate = Updateable<SubscriptionsTable>;
export type CompiledSummaryRow = Selectable<CompiledSummariesTable>;
export type DeliveryTargetRow = Selectable<DeliveryTargetsTable>;
export type NewDeliveryTarget = Insertable<DeliveryTargetsTable>;
export type StoryRow = Selectable<StoriesTable>;
