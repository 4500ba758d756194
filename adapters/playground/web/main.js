// @ts-check
/** Starts the page: the chat, the follows panel (and with it the brief's topic picker), tabs and their panels. */
import { startBrief } from './brief.js';
import { startChat } from './chat.js';
import { startFollows } from './follows.js';
import { startInbox } from './inbox.js';
import { startDeliveries } from './operator-deliveries.js';
import { startSources } from './operator-sources.js';
import { startTopics } from './operator-topics.js';
import { startTabs } from './tabs.js';

/** @param {string} selector */
function required(selector) {
  const found = document.querySelector(selector);
  if (!(found instanceof HTMLElement)) throw new Error(`index.html has no ${selector}`);
  return found;
}

startChat(required('#panel-chat'));
const showState = startBrief(required('#panel-brief'));
void startFollows(required('[data-testid="follows"]'), showState);
const loadInbox = startInbox(required('[data-testid="inbox"]'));
const loadSources = startSources(required('[data-testid="sources"]'));
const loadDeliveries = startDeliveries(required('[data-testid="deliveries"]'));
const loadTopics = startTopics(required('[data-testid="topics"]'));
startTabs(required('[role="tablist"]'), {
  'panel-inbox': loadInbox,
  'panel-operator': () => Promise.all([loadSources(), loadDeliveries(), loadTopics()]),
});
document.body.dataset.ready = 'true';
