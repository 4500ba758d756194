// @ts-check
/**
 * Tabs over the main column (Chat, Brief, Inbox, Operator): one panel shown at a time, arrow keys move
 * between tabs (WAI-ARIA tabs pattern), and a panel's loader runs each time it is shown.
 */

/**
 * @param {HTMLElement} tablist
 * @param {Record<string, () => unknown>} onShow loaders by panel id
 */
export function startTabs(tablist, onShow) {
  const tabs = /** @type {HTMLButtonElement[]} */ ([...tablist.querySelectorAll('[role="tab"]')]);
  /** @param {HTMLButtonElement} tab */
  const select = (tab) => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
      if (panel !== null) panel.hidden = !selected;
    }
    const id = tab.getAttribute('aria-controls') ?? '';
    onShow[id]?.();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      if (next === undefined) return;
      next.focus();
      select(next);
    });
  });
}
