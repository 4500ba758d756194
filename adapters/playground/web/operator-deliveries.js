// @ts-check
/** Operator › Outbox: deliveries by status (pending, sent, failed…) with a Retry button on each failed one. */
import { getJson, postJson } from './api.js';
import { whileBusy } from './busy.js';
import { h } from './dom.js';
import { announce, onChange } from './events.js';
import { relative, when } from './format.js';
import { notify } from './notice.js';

/** @typedef {import('./types.js').Delivery} Delivery */

/** @param {HTMLElement} root the deliveries section */
export function startDeliveries(root) {
  const rows = /** @type {HTMLElement} */ (root.querySelector('tbody'));
  const counts = /** @type {HTMLElement} */ (root.querySelector('.counts'));
  const status = /** @type {HTMLSelectElement} */ (root.querySelector('select[name="status"]'));

  const load = async () => {
    try {
      const query = status.value === '' ? '' : `?status=${encodeURIComponent(status.value)}`;
      const answer = /** @type {{ counts: Record<string, number>, deliveries: Delivery[] }} */ (await getJson(`/playground/api/deliveries${query}`));
      counts.replaceChildren(...Object.entries(answer.counts).map(([s, n]) => h('span', { class: `badge status-${s}` }, [`${s} ${n}`])));
      rows.replaceChildren(...(answer.deliveries.length === 0 ? [h('tr', {}, [h('td', { colspan: 6, class: 'empty' }, ['Nothing in the outbox yet.'])])] : answer.deliveries.map(row)));
    } catch {
      // Shown by api.js.
    }
  };

  /** @param {Delivery} d */
  const row = (d) => {
    /** @type {HTMLButtonElement | null} */
    let retry = null;
    if (d.status === 'failed') {
      const button = h('button', { type: 'button', class: 'small', 'data-testid': 'delivery-retry' }, ['Retry']);
      button.addEventListener('click', () =>
        whileBusy(button, async () => {
          const { requeued } = /** @type {{ requeued: number[] }} */ (await postJson(`/playground/api/deliveries/${d.id}/retry`, {}));
          notify(requeued.length > 0 ? `Delivery #${d.id} is queued again.` : `Delivery #${d.id} was not requeued.`, 'info');
          announce('deliveries', 'inbox');
        }),
      );
      retry = button;
    }
    const next = d.status === 'pending' && d.nextAttemptAt ? `next try ${relative(d.nextAttemptAt)}` : d.sentAt ? `sent ${when(d.sentAt)}` : '';
    return h('tr', { class: 'delivery-row', 'data-testid': 'delivery-row', 'data-status': d.status, 'data-id': d.id }, [
      h('td', { class: 'mono' }, [`#${d.id}`]),
      h('td', {}, [d.kind, h('div', { class: 'subtle' }, [`${d.platform} · ${d.conversationId}`])]),
      h('td', {}, [h('span', { class: `badge status-${d.status}`, 'data-testid': 'delivery-status' }, [d.status])]),
      h('td', {}, [`${d.attempts}`, h('div', { class: 'subtle' }, [next])]),
      h('td', { class: d.lastError ? 'error-text' : '' }, [d.lastError ?? '—']),
      h('td', {}, [retry]),
    ]);
  };

  status.addEventListener('change', () => void load());
  onChange('deliveries', () => void load());
  return load;
}
