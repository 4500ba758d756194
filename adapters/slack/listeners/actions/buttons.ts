/**
 * Every click on our elements: Follow / Unfollow / Subscribe channel / Unsubscribe (the message is
 * redrawn with the button's new state; App Home is republished), Share in channel (the topic card,
 * visible to the channel), and a story's ⋯ menu (Not relevant, Mute <outlet> here), its Undo and
 * Unmute and Show again in `list` (recorded for the conversation the click came from, confirmed to the clicker alone).
 * What a click means is worked out in click.ts, shared with the playground.
 * https://docs.slack.dev/reference/block-kit/block-elements/overflow-menu-element
 */
import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { audienceOfAction } from '../../audience.js';
import { ACTIONS } from '../../blocks/buttons.js';
import { renderResult } from '../../blocks/result-blocks.js';
import { answeringFailures, type ListenerDeps, publishHome, reply, zoneOf } from '../deps.js';
import { answerSlackClick, FEEDBACK_ACTIONS, SUBSCRIPTION_ACTIONS } from './click.js';

const OUR_ACTIONS = [...Object.keys(SUBSCRIPTION_ACTIONS), ACTIONS.share, ...FEEDBACK_ACTIONS];

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction | OverflowAction>>(new RegExp(`^(${OUR_ACTIONS.join('|')})$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const audience = audienceOfAction(body);
    await answeringFailures(respond, (error) => deps.commands.failureText(audience, error), async () => {
      const value = action.type === 'overflow' ? action.selected_option.value : action.value;
      const answer = await answerSlackClick(deps.commands, audience, action.action_id, value, { timeZone: zoneOf(client, audience.userId) }, body.channel?.name ?? null);
      if (!answer) {
        deps.engine.logger.warn({ action: action.action_id }, 'slack: click with an unreadable value');
        return;
      }
      // App Home has no response_url: the tab itself is redrawn.
      if (answer.result === null) return publishHome(deps, client, audience.workspaceId, audience.userId);
      await reply(respond, renderResult(answer.result), { replaceOriginal: answer.replaceOriginal, inChannel: answer.inChannel });
      // Share in channel: then, to the clicker alone, where it went.
      if (answer.confirmation !== null) await reply(respond, renderResult(answer.confirmation));
    });
  });
}
