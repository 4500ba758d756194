/** Registers every listener on a Bolt app, whatever its receiver (HTTP or Socket Mode). */
import type { App } from '@slack/bolt';
import * as buttons from './actions/buttons.js';
import * as migration from './commands/migration.js';
import type { ListenerDeps } from './deps.js';
import * as appHomeOpened from './events/app-home-opened.js';
import * as appMention from './events/app-mention.js';
import * as appRemoved from './events/app-removed.js';
import * as directMessage from './events/direct-message.js';

export function registerListeners(app: App, deps: ListenerDeps): void {
  for (const listener of [migration, buttons, appHomeOpened, appRemoved, directMessage, appMention]) listener.register(app, deps);
  app.error(async (error) => {
    deps.engine.logger.error({ err: error }, 'slack handler failed');
  });
}
