/**
 * Posts briefs and alerts to Teams proactively (continueConversationAsync on the stored conversation
 * reference): channels and personal chats on their schedule, paced within Teams' limits (pacing.ts).
 * The Connector client waits out 429s itself (Retry-After); what still fails is thrown and recorded
 * by the sender. Answers meaning the bot can no longer post there (403 MessageWritesBlocked, a
 * conversation gone) pause the target with the reason instead of failing every week. A reference
 * whose serviceUrl is outside the allow-list (service-url-policy.ts) is never posted to: stored before
 * the list existed, or under a wider one, it fails with the reason until the conversation is heard
 * from again (which stores a checked URL) or the operator widens the list and retries.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 */
import { type ConversationReference, CloudAdapter } from 'botbuilder';
import type { Brief } from '../../digests/brief/brief-model.js';
import { type AlertItem, type BriefDeliverer, type DeliveryProgress, type DeliveryTarget, FIRST_ATTEMPT, RetryLater, TargetGone } from '../../src/delivery/deliverer.js';
import type { Engine } from '../../src/engine.js';
import type { TeamsSettings } from './teams-settings.js';
import { conversationReferenceOf } from '../../src/subscriptions/conversations.service.js';
import { renderAlertCard } from './cards/alert-cards.js';
import type { TeamsMessage } from './cards/adaptive-card.js';
import { renderBriefCards } from './cards/brief-cards.js';
import { createPacer, type PacingLimits } from './pacing.js';
import { cardActivity } from './reply.js';
import { botAuthentication } from './bot-authentication.js';
import { ServiceUrlNotAllowed, serviceUrlPolicy } from './service-url-policy.js';

interface ConnectorError {
  statusCode?: number;
  details?: { error?: { code?: string; message?: string } };
  response?: { headers?: { get?(name: string): string | undefined } };
}

function connectorError(error: unknown): ConnectorError | null {
  return error instanceof Error && 'statusCode' in error ? (error as ConnectorError) : null;
}

/** Teams answers after which nothing can be posted there until someone acts. */
function goneReason(error: unknown): string | null {
  const failure = connectorError(error);
  if (!failure) return null;
  const code = failure.details?.error?.code;
  if (failure.statusCode === 403 && code === 'MessageWritesBlocked') return 'Teams: MessageWritesBlocked (the bot was blocked or uninstalled here)';
  if (failure.statusCode === 403) return `Teams: 403 ${code ?? 'Forbidden'} (the bot can no longer post here)`;
  if (failure.statusCode === 404) return `Teams: 404 ${code ?? 'conversation not found'}`;
  return null;
}

/** A 429 the Connector client gave up waiting out: try again after its Retry-After (seconds). */
function rateLimited(error: unknown): RetryLater | null {
  const failure = connectorError(error);
  if (failure?.statusCode !== 429) return null;
  const seconds = Number(failure.response?.headers?.get?.('retry-after') ?? 0);
  return new RetryLater('Teams: 429 too many requests', Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0);
}

/** A stored URL as an error may show it: its origin only (a path or query might carry anything). */
function safeOrigin(url: unknown): string {
  return typeof url === 'string' && URL.canParse(url) ? new URL(url).origin : 'an unreadable serviceUrl';
}

export function createTeamsDeliverer(engine: Engine, settings: TeamsSettings, limits?: PacingLimits): BriefDeliverer {
  const adapter = new CloudAdapter(botAuthentication(settings));
  const policy = serviceUrlPolicy(settings);
  const botAppId = settings.credentials.kind === 'bot' ? settings.credentials.appId : '';
  const pacer = createPacer(limits);

  async function send(target: DeliveryTarget, messages: readonly TeamsMessage[], progress: DeliveryProgress): Promise<string[]> {
    // Messages an earlier attempt got acknowledged are not posted again.
    const ids = [...progress.sent];
    if (ids.length >= messages.length) return ids;
    const stored = await conversationReferenceOf(engine, { platform: 'teams', workspaceId: target.workspaceId, conversationId: target.conversationId });
    if (stored === undefined) throw new TargetGone('Teams: the bot has no conversation here (message it, or add it to the team, again)');
    const reference = JSON.parse(stored) as Partial<ConversationReference>;
    if (!policy.allows(reference.serviceUrl)) {
      throw new ServiceUrlNotAllowed(`Teams: not posting to ${safeOrigin(reference.serviceUrl)}: the stored serviceUrl is not allowed (${policy.description})`);
    }
    try {
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        for (const message of messages.slice(ids.length)) {
          await pacer.beforeSend(target.workspaceId, target.conversationId);
          const sent = await context.sendActivity(cardActivity(message));
          if (!sent?.id) throw new Error('Teams: the Connector returned no activity id');
          ids.push(sent.id);
          await progress.acknowledged(sent.id);
        }
      });
    } catch (error) {
      const gone = goneReason(error);
      if (gone) throw new TargetGone(gone);
      throw rateLimited(error) ?? error;
    }
    return ids;
  }

  return {
    platform: 'teams',
    deliver: (target: DeliveryTarget, brief: Brief, progress: DeliveryProgress = FIRST_ATTEMPT) => send(target, renderBriefCards(brief), progress),
    deliverAlerts: (target: DeliveryTarget, items: readonly AlertItem[], progress: DeliveryProgress = FIRST_ATTEMPT) => send(target, [renderAlertCard(items, target.language)], progress),
  };
}
