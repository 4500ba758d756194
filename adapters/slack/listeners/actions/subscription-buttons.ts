/**
 * Follow / Unfollow / Subscribe channel / Unsubscribe buttons: the click changes the subscription
 * (idempotently) and the message it came from is redrawn so the button shows the new state.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { SubscriptionAction } from '../../../../src/commands/command.service.js';
import { audienceOfAction } from '../../audience.js';
import { ACTIONS, parseButtonValue } from '../../blocks/buttons.js';
import { renderResult } from '../../blocks/result-blocks.js';
import { type ListenerDeps, publishHome, reply, zoneOf } from '../deps.js';

const SUBSCRIPTION_ACTIONS: Record<string, SubscriptionAction> = {
  [ACTIONS.follow]: 'follow',
  [ACTIONS.unfollow]: 'unfollow',
  [ACTIONS.subscribe]: 'subscribe',
  [ACTIONS.unsubscribe]: 'unsubscribe',
};

export function register(app: App, deps: ListenerDeps): void {
  const { commands } = deps;
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${Object.keys(SUBSCRIPTION_ACTIONS).join('|')})$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const value = parseButtonValue(action.value);
    const change = SUBSCRIPTION_ACTIONS[action.action_id];
    if (!value || !change) return;
    const audience = audienceOfAction(body);
    const result = await commands.changeSubscription(audience, change, value.topic, 'brief', { timeZone: zoneOf(client, audience.userId) });
    if (value.view === 'home') {
      // App Home has no response_url: the tab itself is redrawn.
      await publishHome(deps, client, audience.workspaceId, audience.userId);
      return;
    }
    if (result.kind === 'subscription' && value.view === 'card') {
      await reply(respond, renderResult(await commands.showTopic(audience, result.topic.id)), { replaceOriginal: true });
      return;
    }
    if (result.kind === 'subscription' && value.view === 'list') {
      await reply(respond, renderResult(await commands.run(audience, 'list')), { replaceOriginal: true });
      return;
    }
    await reply(respond, renderResult(result), { replaceOriginal: true });
  });
}
