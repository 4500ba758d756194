// @ts-check
/**
 * "Something changed on the server": a click or a form changed follows, topics, sources or the outbox,
 * so the panels showing them reload. One event on the document keeps the panels unaware of each other.
 */

const CHANGED = 'mawjaz:changed';

/** @typedef {'follows' | 'topics' | 'sources' | 'deliveries' | 'inbox'} Area */

/** @param {...Area} areas */
export function announce(...areas) {
  document.dispatchEvent(new CustomEvent(CHANGED, { detail: areas }));
}

/**
 * @param {Area} area
 * @param {() => void} reload
 */
export function onChange(area, reload) {
  document.addEventListener(CHANGED, (event) => {
    const areas = event instanceof CustomEvent && Array.isArray(event.detail) ? event.detail : [];
    if (areas.includes(area)) reload();
  });
}
