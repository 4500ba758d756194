// @ts-check
/**
 * The brief preview: pick topics (none = the period's top stories), a period and a language, and see
 * the brief as Slack and Teams would show it; "Send now" puts it through the outbox to the inbox.
 */
import { postJson } from './api.js';
import { whileBusy } from './busy.js';
import { h } from './dom.js';
import { announce } from './events.js';
import { notify } from './notice.js';
import { renderPair } from './renderings.js';

/** @typedef {import('./types.js').PlaygroundState} PlaygroundState */
/** @typedef {import('./types.js').TopicRef} TopicRef */

/** @param {HTMLElement} root the brief section of index.html */
export function startBrief(root) {
  const picker = /** @type {HTMLElement} */ (root.querySelector('[data-testid="brief-topics"]'));
  const filter = /** @type {HTMLInputElement} */ (root.querySelector('#brief-filter'));
  const chosenCount = /** @type {HTMLElement} */ (root.querySelector('#brief-chosen'));
  const from = /** @type {HTMLInputElement} */ (root.querySelector('[data-testid="brief-from"]'));
  const to = /** @type {HTMLInputElement} */ (root.querySelector('[data-testid="brief-to"]'));
  const lang = /** @type {HTMLSelectElement} */ (root.querySelector('[data-testid="brief-lang"]'));
  const preview = /** @type {HTMLButtonElement} */ (root.querySelector('[data-testid="brief-preview"]'));
  const sendNow = /** @type {HTMLButtonElement} */ (root.querySelector('[data-testid="brief-send"]'));
  const output = /** @type {HTMLElement} */ (root.querySelector('[data-testid="brief-render"]'));
  let periodSet = false;

  const chosen = () => [.../** @type {NodeListOf<HTMLInputElement>} */ (picker.querySelectorAll('input[type="checkbox"]:checked'))].map((box) => box.value);
  const countChosen = () => {
    const n = chosen().length;
    chosenCount.textContent = n === 0 ? 'No topic picked: the period’s top stories' : `${n} ${n === 1 ? 'topic' : 'topics'} picked`;
  };
  const request = () => ({ topics: chosen(), from: from.value, to: to.value, lang: lang.value === 'ar' ? 'ar' : 'en' });

  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLocaleLowerCase();
    for (const label of /** @type {NodeListOf<HTMLElement>} */ (picker.querySelectorAll('label'))) label.hidden = q !== '' && !(label.dataset.search ?? '').includes(q);
  });
  picker.addEventListener('change', countChosen);

  preview.addEventListener('click', () =>
    whileBusy(preview, async () => {
      const rendered = /** @type {import('./types.js').Rendered} */ (await postJson('/playground/api/brief/preview', request()));
      output.replaceChildren(renderPair(rendered, 'dm'));
      output.lang = lang.value;
    }),
  );
  sendNow.addEventListener('click', () =>
    whileBusy(sendNow, async () => {
      const { delivery } = /** @type {{ delivery: import('./types.js').Delivery }} */ (await postJson('/playground/api/brief/send', request()));
      // Said as what happens on the page; the delivery's id and attempts are the Operator tab's business.
      notify(`Brief sent through the outbox (${delivery.status === 'sent' ? 'delivered' : 'on its way'}): it appears in the Inbox, and the Operator tab lists the delivery.`, 'info');
      announce('inbox', 'deliveries');
    }),
  );

  /** @param {PlaygroundState} state */
  return (state) => {
    if (!periodSet) {
      from.value = state.period.from;
      to.value = state.period.to;
      periodSet = true;
    }
    const kept = new Set(chosen());
    const sorted = [...state.topics].sort((a, b) => kindOrder(a) - kindOrder(b) || a.name.localeCompare(b.name));
    picker.replaceChildren(
      ...sorted.map((t) =>
        h('label', { class: 'topic-choice', 'data-search': `${t.name} ${t.nameAr ?? ''} ${t.id}`.toLocaleLowerCase() }, [
          h('input', { type: 'checkbox', value: t.id, checked: kept.has(t.id), 'data-testid': `brief-topic-${t.id}` }),
          h('span', { dir: 'auto' }, [t.name]),
          t.nameAr ? h('span', { class: 'topic-ar', dir: 'rtl', lang: 'ar' }, [t.nameAr]) : null,
          h('span', { class: 'topic-kind' }, [t.kind]),
        ]),
      ),
    );
    countChosen();
  };
}

/** Tracked topics first, countries last: the list is long. @param {TopicRef} t */
function kindOrder(t) {
  return t.kind === 'country' ? 1 : 0;
}
