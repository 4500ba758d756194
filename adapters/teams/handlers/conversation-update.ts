/**
 * The bot added to, or removed from, a team, a group chat or a person's chat
 * (conversationUpdate, installationUpdate). Added: greet with the help card. Removed: forget the
 * conversation and pause its deliveries with the reason (adding the bot back resumes them).
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 */
import type { TurnContext } from 'botbuilder';
import { forgetConversation, forgetTeam } from '../../../src/subscriptions/conversations.service.js';
import type { TeamsPlace } from '../activity-place.js';
import { renderTeamsResult } from '../cards/result-cards.js';
import { sendCards } from '../reply.js';
import type { HandlerDeps } from './deps.js';

export async function onConversationUpdate(context: TurnContext, place: TeamsPlace, deps: HandlerDeps): Promise<void> {
  const { activity } = context;
  const botId = activity.recipient?.id;
  const added = (activity.membersAdded ?? []).some((m) => m.id === botId);
  const removed = (activity.membersRemoved ?? []).some((m) => m.id === botId);
  if (removed) return forgotten(place, deps);
  if (added) await sendCards(context, renderTeamsResult({ kind: 'help', problem: null, suggestion: null }));
}

export async function onInstallationUpdate(context: TurnContext, place: TeamsPlace, deps: HandlerDeps): Promise<void> {
  const action = context.activity.action ?? '';
  if (action === 'remove' || action === 'remove-upgrade') await forgotten(place, deps);
}

async function forgotten(place: TeamsPlace, deps: HandlerDeps): Promise<void> {
  const { engine } = deps;
  const paused = place.teamId
    ? await forgetTeam(engine, { platform: 'teams', workspaceId: place.key.workspaceId, teamId: place.teamId })
    : await forgetConversation(engine, place.key);
  engine.logger.warn({ conversation: place.key.conversationId, team: place.teamId, paused }, 'teams: bot removed; deliveries paused');
}
