/**
 * How a follow / subscribe change reads, and which state its buttons then show, in every chat
 * surface (Slack and Teams): one wording and one rule, so the two cannot drift apart.
 */
import type { SubscriptionMode } from '../subscriptions/subscription.service.js';
import { uiText, type UiLang } from '../i18n/interface-text.js';
import type { CommandResult } from './command-result.js';

type SubscriptionResult = Extract<CommandResult, { kind: 'subscription' }>;

/** "You now follow Egypt, with alerts. The weekly brief will include it."; `topic` comes formatted (and escaped) by the caller. */
export function subscriptionSentence(result: SubscriptionResult, topic: string, lang: UiLang = 'en'): string {
  const adding = result.action === 'follow' || result.action === 'subscribe';
  return uiText(lang).subscriptionChange({ adding, changed: result.changed, target: result.target, alerts: result.mode === 'alerts' }, topic);
}

/**
 * The Follow and Subscribe buttons' state after the change: "subscribe" typed in a DM is the
 * person's follow, so the state shown is that of the target changed. `channelFollowing` is
 * undefined when no channel button belongs on the message.
 */
export function subscriptionButtonState(result: SubscriptionResult): { following: SubscriptionMode | null; channelFollowing: SubscriptionMode | null | undefined } {
  const adding = result.action === 'follow' || result.action === 'subscribe';
  const mode = adding ? result.mode : null;
  return { following: result.target === 'user' ? mode : null, channelFollowing: result.target === 'channel' ? mode : undefined };
}
