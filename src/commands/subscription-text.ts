/**
 * How a follow / subscribe change reads, and which state its buttons then show, in every chat
 * surface (Slack and Teams): one wording and one rule, so the two cannot drift apart.
 */
import type { SubscriptionMode } from '../subscriptions/subscription.service.js';
import type { CommandResult } from './command-result.js';

type SubscriptionResult = Extract<CommandResult, { kind: 'subscription' }>;

/** "You now follow Egypt, with alerts. The weekly brief will include it."; `topic` comes formatted (and escaped) by the caller. */
export function subscriptionSentence(result: SubscriptionResult, topic: string): string {
  const adding = result.action === 'follow' || result.action === 'subscribe';
  const user = result.target === 'user';
  const phrase = adding
    ? result.changed
      ? user ? `You now follow ${topic}` : `This channel is now subscribed to ${topic}`
      : user ? `You already follow ${topic}` : `This channel is already subscribed to ${topic}`
    : result.changed
      ? user ? `You no longer follow ${topic}` : `This channel is no longer subscribed to ${topic}`
      : user ? `You did not follow ${topic}` : `This channel was not subscribed to ${topic}`;
  return `${phrase}${adding && result.mode === 'alerts' ? ', with alerts' : ''}.${adding && result.changed ? ' The weekly brief will include it.' : ''}`;
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
