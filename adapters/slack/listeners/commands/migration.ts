/** `/migration …`: acknowledged at once, answered through response_url (a failure too, with a sentence). https://api.slack.com/interactivity/slash-commands */
import type { App } from '@slack/bolt';
import { audienceOfCommand } from '../../audience.js';
import { renderResult } from '../../blocks/result-blocks.js';
import { SLASH_COMMAND } from '../../registrations.js';
import { answeringFailures, type ListenerDeps, reply, zoneOf } from '../deps.js';

export function register(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const audience = audienceOfCommand(command);
    await answeringFailures(respond, (error) => deps.commands.failureText(audience, error, command.text), async () => {
      const result = await deps.commands.run(audience, command.text, { timeZone: zoneOf(client, command.user_id) });
      await reply(respond, renderResult(result));
    });
  });
}
