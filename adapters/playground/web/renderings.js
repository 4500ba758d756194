// @ts-check
/**
 * One answer drawn twice, side by side: as Slack shows its Block Kit and as Teams shows its card. A
 * click on either posts the action as the platform would and redraws both with the reply, as Slack
 * replaces a message in place and Teams updates a card.
 */
import { ApiError, postJson } from './api.js';
import { renderSlackMessages } from './block-kit.js';
import { announce } from './events.js';
import { h } from './dom.js';
import { renderTeamsCards } from './teams-card.js';

/** @typedef {import('./types.js').Rendered} Rendered */
/** @typedef {import('./types.js').Place} Place */

/**
 * @param {Rendered} rendered
 * @param {Place} place where the answer was given: clicks act there
 * @returns {HTMLElement}
 */
export function renderPair(rendered, place) {
  const pair = h('div', { class: 'pair' });
  /** @param {string} path @param {unknown} body */
  const act = async (path, body) => {
    pair.setAttribute('aria-busy', 'true');
    for (const control of pair.querySelectorAll('button')) control.disabled = true;
    try {
      draw(/** @type {Rendered} */ (await postJson(path, body)));
      announce('follows', 'topics');
    } catch (error) {
      // api.js has told the user; the old message stays usable.
      for (const control of pair.querySelectorAll('button')) control.disabled = false;
      if (!(error instanceof ApiError)) throw error;
    } finally {
      pair.removeAttribute('aria-busy');
    }
  };
  /** @param {Rendered} next */
  const draw = (next) => {
    const slack = renderSlackMessages(document, next.slack, ({ actionId, value }) => void act('/playground/api/slack-action', { actionId, value, place }));
    const teams = renderTeamsCards(next.teams, (data) => void act('/playground/api/teams-action', { data, place }));
    pair.replaceChildren(
      h('section', { class: 'render render-slack', 'data-testid': 'slack-render', 'aria-label': 'Slack' }, [h('h3', { class: 'render-label' }, [h('span', { class: 'logo logo-slack', 'aria-hidden': 'true' }), 'Slack']), slack]),
      h('section', { class: 'render render-teams', 'data-testid': 'teams-render', 'aria-label': 'Microsoft Teams' }, [h('h3', { class: 'render-label' }, [h('span', { class: 'logo logo-teams', 'aria-hidden': 'true' }), 'Microsoft Teams']), teams]),
    );
    pair.dataset.kind = next.kind;
  };
  draw(rendered);
  return pair;
}
