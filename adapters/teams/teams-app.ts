/**
 * The Teams bot at POST /api/messages on our own server: each request is admitted (the Emulator
 * mode's local-only door, emulator-guard.ts), its activity read (http-bridge.ts), its Bot Connector
 * token checked (bot-authentication.ts: 401 for any bad token, 503 when Microsoft's keys cannot be
 * read), its serviceUrl held to the allow-list (service-url-policy.ts), and only then the turn run on
 * botbuilder's CloudAdapter by the handlers (handlers/), answering with Adaptive Cards (cards/).
 * botbuilder is archived (its successor is the Microsoft 365 Agents SDK); every import of it stays
 * in this folder, so the move touches nothing else.
 * https://learn.microsoft.com/azure/bot-service/bot-builder-basics
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Activity, CloudAdapter, type InvokeResponse, TurnContext } from 'botbuilder';
import type { CommandService } from '../../src/commands/command.service.js';
import type { Engine } from '../../src/engine.js';
import type { Mount } from '../../src/http/mount.js';
import type { TeamsSettings } from './teams-settings.js';
import { rememberConversation } from '../../src/subscriptions/conversations.service.js';
import { placeOf, type TeamsPlace } from './activity-place.js';
import { type AuthenticateRequestResult, authenticateActivity, botAuthentication, RETRY_AFTER_SECONDS } from './bot-authentication.js';
import { admitEmulatorRequest } from './emulator-guard.js';
import { onConversationUpdate, onInstallationUpdate } from './handlers/conversation-update.js';
import type { HandlerDeps } from './handlers/deps.js';
import { onMessage } from './handlers/message.js';
import { BadActivityRequest, parseActivity, readJsonBody, sendJson } from './http-bridge.js';
import { serviceUrlPolicy } from './service-url-policy.js';

export const TEAMS_PATH = '/api/messages';

export interface TeamsAdapter {
  mounts: Mount[];
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

/**
 * CloudAdapter.process() would authenticate again and answer any failure with a 500 and its text; its
 * turn-running half, processActivity(), is protected, so this subclass opens it to our handler.
 */
class AuthenticatedCloudAdapter extends CloudAdapter {
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** The only body a refused token gets: why it was refused is for our log, not for whoever forged it. */
const UNAUTHORIZED = { error: 'unauthorized' };

export function createTeamsAdapter(engine: Engine, commands: CommandService, settings: TeamsSettings): TeamsAdapter {
  const { logger } = engine;
  const authentication = botAuthentication(settings);
  const adapter = new AuthenticatedCloudAdapter(authentication);
  const policy = serviceUrlPolicy(settings);
  const emulator = settings.credentials.kind === 'emulator';

  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activity: context.activity.type }, 'teams handler failed');
    // In the person's language as last seen: a failure cannot count on the database to look it up.
    const text = typeof context.activity.text === 'string' ? context.activity.text : undefined;
    await context.sendActivity(commands.failureText(placeOf(context.activity).audience, error, text)).catch(() => undefined);
  };

  const logic = createTeamsLogic({ engine, commands });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (emulator) admitEmulatorRequest(req);
    const activity = parseActivity(await readJsonBody(req));
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    const authenticated = await authenticateActivity(authentication, activity, authorization);
    if (!authenticated.ok) {
      if (authenticated.status === 503) {
        logger.error({ reason: authenticated.reason }, 'teams: the Bot Connector signing keys could not be read; answered 503');
        return sendJson(res, 503, { error: 'temporarily unavailable' }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
      }
      logger.warn({ reason: authenticated.reason, activity: activity.type }, 'teams: activity refused, its token did not verify');
      return sendJson(res, 401, UNAUTHORIZED, { 'www-authenticate': 'Bearer' });
    }
    // After the token (which, from Microsoft, vouches for the serviceUrl) and before anything is stored or sent.
    if (!policy.allows(activity.serviceUrl)) {
      logger.warn({ serviceUrl: activity.serviceUrl.slice(0, 200), allowed: policy.description, activity: activity.type }, 'teams: activity refused, its serviceUrl is not allowed');
      throw new BadActivityRequest(403, emulator ? `serviceUrl not allowed: ${policy.description}` : 'serviceUrl not allowed');
    }
    const invoke = await adapter.runTurn(authenticated.result, activity, logic);
    // As CloudAdapter.process() answers: an invoke's status and body, else 200.
    if (invoke?.body !== undefined) sendJson(res, invoke.status ?? 200, invoke.body);
    else res.writeHead(invoke?.status ?? 200).end();
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    answer(req, res).catch((error: unknown) => {
      if (error instanceof BadActivityRequest) return sendJson(res, error.status, { error: error.message });
      logger.error({ err: error }, 'teams request failed');
      sendJson(res, 500, { error: 'failed' });
    });
  };

  return { mounts: [{ method: 'POST', path: TEAMS_PATH, handle }] };
}
