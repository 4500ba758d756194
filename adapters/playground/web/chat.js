// @ts-check
/**
 * The chat pane: a command of the shared grammar, typed in a direct message or in #playground, and
 * each answer drawn for Slack and for Teams side by side. Example chips type a command for you.
 */
import { postJson } from './api.js';
import { whileBusy } from './busy.js';
import { h } from './dom.js';
import { announce } from './events.js';
import { placeName } from './format.js';
import { renderPair } from './renderings.js';

/** @typedef {import('./types.js').Place} Place */

const MAX_COMMAND = 4000;
const EXAMPLES = ['khartoum', 'مصر', 'IOM', 'follow egypt', 'list', 'brief', 'sources', 'help'];

/** @param {HTMLElement} root the chat section of index.html */
export function startChat(root) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector('#chat-form'));
  const input = /** @type {HTMLInputElement} */ (root.querySelector('[data-testid="command-input"]'));
  const send = /** @type {HTMLButtonElement} */ (root.querySelector('[data-testid="command-send"]'));
  const transcript = /** @type {HTMLElement} */ (root.querySelector('#transcript'));
  const examples = /** @type {HTMLElement} */ (root.querySelector('#examples'));
  const placeButtons = /** @type {HTMLButtonElement[]} */ ([...root.querySelectorAll('button[data-place]')]);
  /** @type {Place} */
  let place = 'dm';

  /** @param {Place} next */
  const choosePlace = (next) => {
    place = next;
    for (const b of placeButtons) b.setAttribute('aria-pressed', String(b.dataset.place === next));
    input.placeholder = next === 'dm' ? 'Message Mawjaz, e.g. khartoum' : 'Message #playground, e.g. subscribe khartoum';
  };
  for (const b of placeButtons) b.addEventListener('click', () => choosePlace(b.dataset.place === 'channel' ? 'channel' : 'dm'));
  choosePlace('dm');

  /** @param {string} text */
  const ask = async (text) => {
    const command = text.trim();
    if (command === '') return;
    const at = place;
    input.setAttribute('aria-busy', 'true');
    await whileBusy(send, async () => {
      const rendered = /** @type {import('./types.js').Rendered} */ (await postJson('/playground/api/command', { text: command, place: at }));
      const answer = h('article', { class: 'answer', 'data-testid': 'answer', 'data-place': at }, [
        h('div', { class: 'asked' }, [h('span', { class: `place-tag place-${at}` }, [placeName(at)]), h('code', { class: 'asked-command', dir: 'auto' }, [`/migration ${command}`])]),
        renderPair(rendered, at),
      ]);
      transcript.querySelector('.empty')?.remove();
      transcript.appendChild(answer);
      answer.scrollIntoView({ block: 'start', behavior: 'smooth' });
      input.value = '';
      // A typed follow, subscribe or track changes what the panels show.
      announce('follows', 'topics');
    });
    // On failure api.js has shown the error, and the command stays in the box to fix.
    input.removeAttribute('aria-busy');
    input.focus();
  };

  input.maxLength = MAX_COMMAND;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask(input.value);
  });
  for (const example of EXAMPLES) {
    const chip = h('button', { type: 'button', class: 'chip', dir: 'auto' }, [example]);
    chip.addEventListener('click', () => {
      input.value = example;
      void ask(example);
    });
    examples.appendChild(chip);
  }
}
