// @ts-check
/**
 * The shapes the playground API answers with (the shared contract), for the modules' JSDoc.
 * Nothing runs here.
 *
 * @typedef {'dm' | 'channel'} Place
 * @typedef {import('./block-kit.js').SlackMessage} SlackMessage
 * @typedef {{ kind: string, slack: SlackMessage[], teams: unknown[] }} Rendered
 * @typedef {{ id: string, kind: string, name: string, nameAr?: string | null }} TopicRef
 * @typedef {{ topic: TopicRef, mode: 'brief' | 'alerts', place: Place }} Follow
 * @typedef {{ user: { id: string, name: string }, places: Place[], follows: Follow[], topics: TopicRef[], period: { from: string, to: string } }} PlaygroundState
 * @typedef {{ id: number, at: string, kind: string, slack: SlackMessage[], teams: unknown[] }} InboxMessage
 * @typedef {{ id: number | string, name: string, url: string, lastPolledAt: string | null, lastResult: string | null, lastSuccessAt: string | null, lastError: string | null, lastErrorAt: string | null, failures: number, articles: number, nextPollAt: string | null }} Feed
 * @typedef {{ id: number, status: string, kind: string, platform: string, workspaceId: string, conversationId: string, occasion: string, attempts: number, nextAttemptAt: string | null, sentAt: string | null, lastError: string | null, messageIds: string[], createdAt: string, updatedAt: string }} Delivery
 * @typedef {{ id: string, kind: string, name: string, nameAr?: string | null, aliases: string[] }} TrackedTopic
 */
export {};
