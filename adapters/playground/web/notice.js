// @ts-check
/** Messages for the person at the page: an error from the server, or a short confirmation. */
import { h } from './dom.js';

/** Errors stay longer: they are read and acted on. */
const SHOWN_MS = { error: 12_000, info: 5_000 };

/**
 * @param {string} message
 * @param {'error' | 'info'} [kind]
 */
export function notify(message, kind = 'info') {
  const area = document.getElementById('notices');
  if (area === null) return;
  const note = h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': `notice-${kind}` }, [message]);
  const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss' }, ['×']);
  close.addEventListener('click', () => note.remove());
  note.appendChild(close);
  area.appendChild(note);
  setTimeout(() => note.remove(), SHOWN_MS[kind]);
}
