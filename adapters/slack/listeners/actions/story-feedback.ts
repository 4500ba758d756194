/**
 * A story's ⋯ menu (Not relevant, Mute <outlet> here), its Undo, and Unmute in `list`: the change is
 * recorded for the conversation the click came from (the channel, or the person's DMs), idempotently,
 * and confirmed to the clicker alone. The brief the menu sat in stays as it was; later ones leave the
 * story or outlet out. https://docs.slack.dev/reference/block-kit/block-elements/overflow-menu-element
 */
import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { MawjazError } from '../../../../src/errors.js';
import { audienceOfAction } from '../../audience.js';
import { ACTIONS, parseFeedbackValue } from '../../blocks/buttons.js';
import { renderResult } from '../../blocks/result-blocks.js';
import { type ListenerDeps, reply } from '../deps.js';

const FEEDBACK_ACTIONS = [ACTIONS.storyMenu, ACTIONS.undoFeedback, ACTIONS.unmute];

export function register(app: App, deps: ListenerDeps): void {
  const { commands } = deps;
  app.action<BlockAction<ButtonAction | OverflowAction>>(new RegExp(`^(${FEEDBACK_ACTIONS.join('|')})$`), async ({ ack, body, action, respond }) => {
    await ack();
    // The value is ours but comes back through the client: parsed, never trusted.
    const change = parseFeedbackValue(action.type === 'overflow' ? action.selected_option.value : action.value);
    if (!change) {
      deps.engine.logger.warn({ action: action.action_id }, 'story feedback click with an unreadable value');
      return;
    }
    const audience = audienceOfAction(body);
    let result;
    try {
      result = await commands.changeFeedback(audience, change);
    } catch (error) {
      // An outlet renamed or removed since the brief was posted: say so rather than fail silently.
      if (!(error instanceof MawjazError)) throw error;
      await reply(respond, renderResult({ kind: 'help', problem: error.message, suggestion: null }));
      return;
    }
    if (action.action_id === ACTIONS.unmute) {
      await reply(respond, renderResult(await commands.run(audience, 'list')), { replaceOriginal: true });
      return;
    }
    // A menu choice confirms beside the brief (which stays); Undo replaces that confirmation.
    await reply(respond, renderResult(result), { replaceOriginal: action.action_id === ACTIONS.undoFeedback });
  });
}
