// @ts-check
/** Operator › Sources: each feed's last poll, last error and backoff (next poll), a Poll now button, and a form to add one. */
import { getJson, postJson } from './api.js';
import { onSubmit, whileBusy } from './busy.js';
import { h } from './dom.js';
import { announce, onChange } from './events.js';
import { count, relative, when } from './format.js';
import { notify } from './notice.js';

/** @typedef {import('./types.js').Feed} Feed */

/** @param {HTMLElement} root the sources section */
export function startSources(root) {
  const rows = /** @type {HTMLElement} */ (root.querySelector('tbody'));
  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const url = /** @type {HTMLInputElement} */ (form.querySelector('[name="url"]'));
  const name = /** @type {HTMLInputElement} */ (form.querySelector('[name="name"]'));

  const load = async () => {
    try {
      const { feeds } = /** @type {{ feeds: Feed[] }} */ (await getJson('/playground/api/sources'));
      rows.replaceChildren(...(feeds.length === 0 ? [h('tr', {}, [h('td', { colspan: 6, class: 'empty' }, ['No feeds yet: the sample corpus is local files. Add an RSS or Atom feed below.'])])] : feeds.map((f) => row(f))));
    } catch {
      // Shown by api.js.
    }
  };

  /** @param {Feed} feed */
  const row = (feed) => {
    const poll = h('button', { type: 'button', class: 'small', 'data-testid': 'source-poll' }, ['Poll now']);
    poll.addEventListener('click', () =>
      whileBusy(poll, async () => {
        await postJson(`/playground/api/sources/${encodeURIComponent(String(feed.id))}/poll`, {});
        announce('sources', 'topics');
      }),
    );
    const failing = feed.failures > 0 && feed.lastError !== null;
    return h('tr', { class: failing ? 'source-row failing' : 'source-row', 'data-testid': 'source-row' }, [
      h('td', {}, [h('div', { class: 'strong', dir: 'auto' }, [feed.name]), h('div', { class: 'subtle mono' }, [feed.url])]),
      h('td', {}, [when(feed.lastPolledAt), h('div', { class: 'subtle' }, [feed.lastResult ?? 'not polled yet'])]),
      h('td', {}, [feed.lastSuccessAt ? relative(feed.lastSuccessAt) : 'never']),
      h('td', { class: failing ? 'error-text' : '' }, [feed.lastError ?? '—', feed.lastErrorAt ? h('div', { class: 'subtle' }, [when(feed.lastErrorAt)]) : null]),
      h('td', {}, [failing ? `${feed.failures} failed · ` : '', feed.nextPollAt ? `next ${relative(feed.nextPollAt)}` : '—', h('div', { class: 'subtle' }, [count(feed.articles, 'article', 'articles')])]),
      h('td', {}, [poll]),
    ]);
  };

  onSubmit(form, async () => {
    const body = name.value.trim() === '' ? { url: url.value.trim() } : { url: url.value.trim(), name: name.value.trim() };
    await postJson('/playground/api/sources', body);
    notify(`Added ${body.url}.`, 'info');
    announce('sources', 'topics');
  });
  onChange('sources', () => void load());
  return load;
}
