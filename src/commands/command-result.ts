/** What a chat command produced, platform-neutral: the Slack and Teams adapters render these. */
import type { Brief, BriefEntity } from '../../digests/brief/brief-model.js';
import type { SearchResult } from '../search/search.service.js';
import type { HiddenStory } from '../subscriptions/conversation-filters.js';
import type { SubscriptionMode } from '../subscriptions/subscription.service.js';
import type { TopicCard } from './topic-card.js';
import type { UiLang } from '../i18n/interface-text.js';

export type { HiddenStory };

export interface FollowedTopic {
  topic: BriefEntity;
  mode: SubscriptionMode;
}

export interface TargetSettings {
  language: 'en' | 'ar';
  day: string;
  time: string;
  timeZone: string;
  threads: boolean;
  /** Alerts wait from quietStart to quietEnd (HH:MM in timeZone); null: no quiet hours. */
  quietStart: string | null;
  quietEnd: string | null;
}

/** A story marked Not relevant (or brought back), or an outlet muted (or unmuted), in one conversation. */
export type FeedbackChange = { action: 'hide' | 'unhide'; articleIds: string[] } | { action: 'mute' | 'unmute'; source: string };

/** The language the person chose (`language`): renderers take every word from its catalogue. English when absent. */
export interface InLanguage {
  lang?: UiLang;
}

export interface FeedbackResult extends InLanguage {
  kind: 'feedback';
  action: FeedbackChange['action'];
  /** Whose briefs: the person's (a DM) or the channel's. */
  target: 'user' | 'channel';
  /** False when nothing changed (already hidden, not muted…). */
  changed: boolean;
  /** The story's article ids (hide/unhide), for the Undo button. */
  articleIds: string[];
  /** The outlet's name as stored (mute/unmute). */
  source: string | null;
  /** The story's title (hide/unhide), as its lead article has it; null for an outlet, or when no article of it is stored. */
  title: string | null;
}


export interface SourceHealth {
  name: string;
  url: string | null;
  kind: string;
  articles: number;
  /** Newest article's date (publication, else ingestion). */
  latest: string | null;
}

/** An alert already sent, as App Home lists the last ones. */
export interface SentAlert {
  title: string;
  url: string;
  source: string | null;
  lang: string;
  published: string | null;
  sentAt: string | null;
  topic: BriefEntity;
}

/** A person's home view: their follows and schedule, the subscriptions of channels they are in, their last alerts. */
export interface HomeView {
  personal: FollowedTopic[];
  settings: TargetSettings;
  channels: Array<{ channelId: string; topics: FollowedTopic[]; pausedReason: string | null }>;
  recentAlerts: SentAlert[];
}

/** A polled feed's health, as `/migration sources` shows it. */
export interface FeedHealth {
  name: string;
  /** Without credentials or query (they may hold keys). */
  url: string;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Consecutive failed polls. */
  failures: number;
  articles: number;
  nextPollAt: string;
}

export type CommandResult = InLanguage &
  (  | { kind: 'topic'; card: TopicCard; following: SubscriptionMode | null; channelFollowing: SubscriptionMode | null }
  /** `onlyStopwords`: every word of the query is a common one, so nothing was looked for (search-text.ts). */
  | { kind: 'search'; query: string; results: SearchResult[]; onlyStopwords: boolean }
  | {
      kind: 'subscription';
      action: 'follow' | 'unfollow' | 'subscribe' | 'unsubscribe';
      topic: BriefEntity;
      target: 'user' | 'channel';
      /** False when nothing changed (already following, or nothing to remove). */
      changed: boolean;
      mode: SubscriptionMode | null;
    }
  | {
      kind: 'list';
      personal: FollowedTopic[];
      channel: FollowedTopic[] | null;
      settings: TargetSettings;
      /** Outlets muted where the list was asked for: the channel, or the person's DMs. */
      muted: { target: 'user' | 'channel'; sources: string[] };
      /** Stories marked Not relevant there (same target as `muted`), most recent first. */
      hidden: HiddenStory[];
    }
  | { kind: 'brief'; brief: Brief }
  | { kind: 'settings'; changed: 'language' | 'schedule' | 'threads' | 'quiet'; target: 'user' | 'channel'; settings: TargetSettings }
  | FeedbackResult
  | { kind: 'tracked'; topic: BriefEntity; aliases: string[]; relinked: number }
  | { kind: 'sources'; feeds: FeedHealth[]; outlets: SourceHealth[] }
  | { kind: 'help'; problem: string | null; suggestion: string | null }
  /** Share in channel's note to the clicker: where the card went (`channelName` as the platform names it; null in a direct chat or unknown). */
  | { kind: 'shared'; topic: BriefEntity; direct: boolean; channelId: string | null; channelName: string | null }
  | { kind: 'unknown-topic'; query: string; message: string; closest: BriefEntity[] });
