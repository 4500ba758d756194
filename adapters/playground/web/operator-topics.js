// @ts-check
/** Operator › Topics: tracked topics with their aliases, a form to track a new one, and an alias box on each. */
import { getJson, postJson } from './api.js';
import { onSubmit } from './busy.js';
import { h } from './dom.js';
import { announce, onChange } from './events.js';
import { notify } from './notice.js';

/** @typedef {import('./types.js').TrackedTopic} TrackedTopic */

/** "a, b ,, c" → ["a", "b", "c"] @param {string} text */
function aliasList(text) {
  return text.split(/[,،\n]/u).map((a) => a.trim()).filter((a) => a !== '');
}

/** @param {HTMLElement} root the topics section */
export function startTopics(root) {
  const rows = /** @type {HTMLElement} */ (root.querySelector('tbody'));
  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const name = /** @type {HTMLInputElement} */ (form.querySelector('[data-testid="topic-add-name"]'));
  const aliases = /** @type {HTMLInputElement} */ (form.querySelector('[data-testid="topic-add-aliases"]'));
  const kind = /** @type {HTMLSelectElement} */ (form.querySelector('[name="kind"]'));

  const load = async () => {
    try {
      const { topics } = /** @type {{ topics: TrackedTopic[] }} */ (await getJson('/playground/api/topics'));
      const sorted = [...topics].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
      rows.replaceChildren(...sorted.map(row));
    } catch {
      // Shown by api.js.
    }
  };

  /** @param {TrackedTopic} t */
  const row = (t) => {
    const input = h('input', { type: 'text', class: 'alias-input', placeholder: 'new alias, another', 'aria-label': `New aliases for ${t.name}`, 'data-testid': `alias-input-${t.id}`, dir: 'auto', required: true });
    const add = h('button', { type: 'submit', class: 'small', 'data-testid': `alias-add-${t.id}` }, ['Add alias']);
    const aliasForm = h('form', { class: 'alias-form' }, [input, add]);
    onSubmit(aliasForm, async () => {
      await postJson(`/playground/api/topics/${encodeURIComponent(t.id)}/aliases`, { aliases: aliasList(input.value) });
      announce('topics', 'follows');
    });
    return h('tr', { class: 'topic-row', 'data-testid': 'topic-row', 'data-topic-id': t.id }, [
      h('td', {}, [h('div', { class: 'strong', dir: 'auto' }, [t.name]), t.nameAr ? h('div', { class: 'topic-ar', dir: 'rtl', lang: 'ar' }, [t.nameAr]) : null]),
      h('td', {}, [h('span', { class: 'badge' }, [t.kind])]),
      h('td', {}, [h('ul', { class: 'aliases' }, t.aliases.map((a) => h('li', { class: 'alias', dir: 'auto' }, [a])))]),
      h('td', {}, [aliasForm]),
    ]);
  };

  onSubmit(form, async () => {
    const body = { name: name.value.trim(), aliases: aliasList(aliases.value), ...(kind.value === '' ? {} : { kind: kind.value }) };
    const { topic } = /** @type {{ topic: TrackedTopic }} */ (await postJson('/playground/api/topics', body));
    notify(`Now tracking ${topic.name}.`, 'info');
    announce('topics', 'follows');
  });
  onChange('topics', () => void load());
  return load;
}
