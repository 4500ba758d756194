// @ts-check
/**
 * The follows panel: what the playground user follows (DM) and what #playground is subscribed to,
 * reloaded from the server whenever a click or a command may have changed it.
 */
import { getJson } from './api.js';
import { h } from './dom.js';
import { onChange } from './events.js';

/** @typedef {import('./types.js').PlaygroundState} PlaygroundState */

/**
 * @param {HTMLElement} list the `follows` list
 * @param {(state: PlaygroundState) => void} [onState] also told each fresh state (the brief's topic picker)
 */
export function startFollows(list, onState) {
  const load = async () => {
    try {
      const state = /** @type {PlaygroundState} */ (await getJson('/playground/api/state'));
      show(list, state);
      onState?.(state);
    } catch {
      // Shown by api.js; the old list stays.
    }
  };
  onChange('follows', () => void load());
  return load();
}

/**
 * @param {HTMLElement} list
 * @param {PlaygroundState} state
 */
function show(list, state) {
  const user = document.getElementById('user-name');
  if (user !== null) user.textContent = state.user.name;
  if (state.follows.length === 0) {
    list.replaceChildren(h('li', { class: 'empty' }, ['Nothing yet. Ask about a topic and press Follow.']));
    return;
  }
  const sorted = [...state.follows].sort((a, b) => a.place.localeCompare(b.place) || a.topic.name.localeCompare(b.topic.name));
  list.replaceChildren(
    ...sorted.map((f) =>
      h('li', { class: 'follow-item', 'data-testid': 'follow-item', 'data-topic-id': f.topic.id, 'data-place': f.place }, [
        h('span', { class: 'follow-name', dir: 'auto' }, [f.topic.name]),
        f.topic.nameAr ? h('span', { class: 'follow-name-ar', dir: 'rtl', lang: 'ar' }, [f.topic.nameAr]) : null,
        h('span', { class: 'follow-meta' }, [
          h('span', { class: `badge badge-${f.place}` }, [f.place === 'dm' ? 'you' : '#playground']),
          f.mode === 'alerts' ? h('span', { class: 'badge badge-alerts' }, ['alerts']) : null,
        ]),
      ]),
    ),
  );
}
