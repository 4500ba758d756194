// @ts-check
/** The inbox: what the outbox delivered to the playground, newest first, drawn for Slack and Teams. */
import { getJson } from './api.js';
import { h } from './dom.js';
import { onChange } from './events.js';
import { relative, when } from './format.js';
import { renderPair } from './renderings.js';

/** @typedef {import('./types.js').InboxMessage} InboxMessage */

/** @param {HTMLElement} list the `inbox` list */
export function startInbox(list) {
  const load = async () => {
    try {
      const { messages } = /** @type {{ messages: InboxMessage[] }} */ (await getJson('/playground/api/inbox'));
      if (messages.length === 0) {
        list.replaceChildren(h('li', { class: 'empty' }, ['No messages yet. Preview a brief and press “Send now”, or follow a topic with alerts.']));
        return;
      }
      list.replaceChildren(
        ...messages.map((m) =>
          h('li', { class: 'inbox-item', 'data-testid': 'inbox-item', 'data-kind': m.kind }, [
            h('div', { class: 'inbox-meta' }, [h('span', { class: `badge badge-${m.kind}` }, [m.kind === 'brief' ? 'Brief' : 'Alerts']), h('time', { datetime: m.at, title: when(m.at) }, [`${when(m.at)} · ${relative(m.at)}`])]),
            renderPair({ kind: m.kind, slack: m.slack, teams: m.teams }, 'dm'),
          ]),
        ),
      );
    } catch {
      // Shown by api.js.
    }
  };
  onChange('inbox', () => void load());
  return load;
}
