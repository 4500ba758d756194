/**
 * The Teams bot: botbuilder's CloudAdapter at POST /api/messages on our own server, authenticating
 * the Bot Connector's JWTs with ConfigurationBotFrameworkAuthentication, and the handlers
 * (handlers/) turning activities into core commands answered with Adaptive Cards (cards/).
 * botbuilder is archived (its successor is the Microsoft 365 Agents SDK); every import of it stays
 * in this folder, so the move touches nothing else.
 * https://learn.microsoft.com/azure/bot-service/bot-builder-basics
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import type { CommandService } from '../../src/commands/command.service.js';
import { failureSentence } from '../../src/commands/failure-text.js';
import type { Engine } from '../../src/engine.js';
import type { Mount } from '../../src/server/http-server.js';
import type { TeamsCredentials } from '../../src/server/teams-credentials.js';
import { rememberConversation } from '../../src/subscriptions/conversations.service.js';
import { placeOf, type TeamsPlace } from './activity-place.js';
import { onConversationUpdate, onInstallationUpdate } from './handlers/conversation-update.js';
import type { HandlerDeps } from './handlers/deps.js';
import { onMessage } from './handlers/message.js';
import { BadActivityRequest, botRequest, botResponse, readJsonBody } from './http-bridge.js';

export const TEAMS_PATH = '/api/messages';

export interface TeamsAdapter {
  mounts: Mount[];
}

export function botAuthentication(credentials: TeamsCredentials): ConfigurationBotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: credentials.appId ?? '',
    MicrosoftAppPassword: credentials.appPassword ?? '',
    MicrosoftAppTenantId: credentials.tenantId ?? '',
    MicrosoftAppType: credentials.appType,
  };
  return new ConfigurationBotFrameworkAuthentication(options);
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function isLoopbackUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !URL.canParse(url)) return false;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

function isRemoval(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  if (activity.type === 'conversationUpdate') return (activity.membersRemoved ?? []).some((m) => m.id === botId);
  return activity.type === 'installationUpdate' && (activity.action ?? '').startsWith('remove');
}

/** Every inbound activity refreshes the conversation's reference (its serviceUrl may move). */
async function remember(engine: Engine, context: TurnContext, place: TeamsPlace): Promise<void> {
  const reference = TurnContext.getConversationReference(context.activity);
  // Proactive posts go to the channel itself, not into the thread the last message happened to be in.
  if (place.kind === 'channel' && reference.conversation) reference.conversation = { ...reference.conversation, id: place.key.conversationId };
  delete reference.activityId;
  await rememberConversation(engine, {
    ...place.key,
    kind: place.kind,
    teamId: place.teamId,
    serviceUrl: context.activity.serviceUrl,
    reference: JSON.stringify(reference),
  });
}

/** What the bot does with one turn, whatever carried it (CloudAdapter here, botbuilder's TestAdapter in unit tests). */
export function createTeamsLogic(deps: HandlerDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const { activity } = context;
    const place = placeOf(activity);
    if (!isRemoval(activity)) await remember(deps.engine, context, place);
    switch (activity.type) {
      case 'message':
        return onMessage(context, place, deps);
      case 'conversationUpdate':
        return onConversationUpdate(context, place, deps);
      case 'installationUpdate':
        return onInstallationUpdate(context, place, deps);
      default:
        return;
    }
  };
}

export function createTeamsAdapter(engine: Engine, commands: CommandService, credentials: TeamsCredentials): TeamsAdapter {
  const { logger } = engine;
  const adapter = new CloudAdapter(botAuthentication(credentials));
  const deps: HandlerDeps = { engine, commands };
  const authenticated = credentials.appId !== undefined;

  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activity: context.activity.type }, 'teams handler failed');
    await context.sendActivity(failureSentence(error)).catch(() => undefined);
  };

  const logic = createTeamsLogic(deps);

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      try {
        if (!authenticated && !isLoopback(req.socket.remoteAddress)) throw new BadActivityRequest(403, 'without MICROSOFT_APP_ID only requests from this machine are accepted');
        const body = await readJsonBody(req);
        // Unauthenticated, a forged activity could make the bot post to any URL: the Emulator's is local.
        if (!authenticated && !isLoopbackUrl(body.serviceUrl)) throw new BadActivityRequest(403, 'without MICROSOFT_APP_ID the serviceUrl must be on this machine');
        await adapter.process(botRequest(req, body), botResponse(res), logic);
      } catch (error) {
        if (res.headersSent) return;
        const status = error instanceof BadActivityRequest ? error.status : 500;
        if (status === 500) logger.error({ err: error }, 'teams request failed');
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: error instanceof Error ? error.message : 'failed' }));
      }
    })();
  };

  return { mounts: [{ method: 'POST', path: TEAMS_PATH, handle }] };
}
