/**
 * What the core asks of a platform's deliverer (adapters/slack, adapters/teams): post a brief or an
 * alert message to a conversation, saying which messages the platform acknowledged as it goes, and
 * the two failures the outbox treats differently from the rest. Deliverers get neutral shapes
 * (DeliveryTarget), never database rows: the outbox maps its rows with deliveryTargetOf.
 */
import type { Brief, BriefEntity } from '../../digests/brief/brief-model.js';
import type { DeliveryTargetRow } from '../../db/schema.js';
import { type UiLang, uiLangOf } from '../i18n/interface-text.js';
import type { TargetKey } from '../subscriptions/target-key.js';

/** Where a brief or an alert goes, as a deliverer needs it. */
export interface DeliveryTarget extends TargetKey {
  /** A person's direct messages ('user', conversationId "user:<id>") or a channel. */
  kind: 'user' | 'channel';
  /** The language of the words around the content (alert headings, buttons). */
  language: UiLang;
  /** A channel brief posts its details in a thread under its first message. */
  threads: boolean;
}

/** The target a stored delivery target row stands for. */
export function deliveryTargetOf(row: DeliveryTargetRow): DeliveryTarget {
  return {
    platform: row.platform,
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    kind: row.kind === 'channel' ? 'channel' : 'user',
    language: uiLangOf(row.language),
    threads: row.threads === 1,
  };
}

/** One new article for an alert, with the followed topic it mentions. */
export interface AlertItem {
  articleId: string;
  title: string;
  url: string;
  lang: string;
  published: string | null;
  source: string | null;
  topic: BriefEntity;
  /** Other outlets whose reports of the same story this alert stands for. */
  alsoReportedBy?: string[];
}

/**
 * A brief can be several messages. An attempt after a crash or a failure skips the ones an earlier
 * attempt got acknowledged (`sent`), and reports each new acknowledgement before posting the next,
 * so at most the message in flight can be posted twice.
 */
export interface DeliveryProgress {
  /** Platform ids of the messages already acknowledged, in order. */
  readonly sent: readonly string[];
  /** Called with each newly acknowledged message's id; throws if this server lost its claim. */
  acknowledged(messageId: string): Promise<void>;
}

/** A fresh attempt with nothing sent before, and no one to tell (tests, previews). */
export const FIRST_ATTEMPT: DeliveryProgress = { sent: [], acknowledged: async () => undefined };

/** A platform's way of posting briefs and alerts; returns the platform's ids of all the messages. */
export interface BriefDeliverer {
  platform: string;
  deliver(target: DeliveryTarget, brief: Brief, progress?: DeliveryProgress): Promise<string[]>;
  /** One message listing several new articles. */
  deliverAlerts?(target: DeliveryTarget, items: readonly AlertItem[], progress?: DeliveryProgress): Promise<string[]>;
}

/** The target cannot receive anything until someone acts (app removed, channel archived): pause it. */
export class TargetGone extends Error {}

/** The platform asked us to wait (HTTP 429 with Retry-After): try again no sooner than this. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}
