/** "Share in channel": posts the topic card the person was looking at, visible to the channel. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { audienceOfAction } from '../../audience.js';
import { ACTIONS, parseButtonValue } from '../../blocks/buttons.js';
import { renderResult } from '../../blocks/result-blocks.js';
import { type ListenerDeps, reply } from '../deps.js';

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action, respond }) => {
    await ack();
    const value = parseButtonValue(action.value);
    if (!value) return;
    const result = await deps.commands.showTopic(audienceOfAction(body), value.topic);
    await reply(respond, renderResult(result), { inChannel: true });
  });
}
