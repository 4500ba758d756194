// @ts-check
/**
 * Teams cards drawn by Microsoft's own `adaptivecards` renderer (the UMD bundle index.html loads before
 * the modules, as the global `AdaptiveCards`), with host settings close to Teams' light theme. The card
 * JSON is exactly what the Teams adapter sends; its `rtl` is honoured by the renderer itself.
 * Action.Submit reports its `data` (as Teams posts it to the bot); Action.OpenUrl opens http(s) URLs
 * in a new tab and nothing else.
 * https://learn.microsoft.com/en-us/adaptive-cards/sdk/rendering-cards/javascript/getting-started
 */
import { h, safeHttpUrl } from './dom.js';

/**
 * The part of the bundle's API the page uses.
 * @typedef {{ parse(json: unknown): void, render(): HTMLElement | undefined, hostConfig: unknown, onExecuteAction?: (action: unknown) => void }} CardInstance
 * @typedef {{ didProcess: boolean, outputHtml?: string }} MarkdownResult
 * @typedef {{
 *   AdaptiveCard: (new () => CardInstance) & { onProcessMarkdown?: (text: string, result: MarkdownResult) => void },
 *   HostConfig: new (json: unknown) => unknown,
 *   SubmitAction: new (...args: never[]) => { data?: unknown },
 *   OpenUrlAction: new (...args: never[]) => { url?: string },
 * }} AdaptiveCardsBundle
 * @typedef {(data: Record<string, unknown>) => void} OnTeamsSubmit
 */

const FONT = "'Segoe UI', 'Segoe UI Web (West European)', system-ui, -apple-system, 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, sans-serif";

const colours = (/** @type {string} */ main, /** @type {string} */ subtle) => ({ default: main, subtle });

/** Teams' light theme, approximately: Segoe UI 14 px, purple accents, white cards, one card-wide padding. */
export const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  fontTypes: {
    default: { fontFamily: FONT, fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 }, fontWeights: { lighter: 300, default: 400, bolder: 600 } },
    monospace: { fontFamily: "Consolas, 'Courier New', monospace", fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 }, fontWeights: { lighter: 300, default: 400, bolder: 600 } },
  },
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: colours('#242424', '#616161'),
        accent: colours('#5B5FC7', '#6264A7'),
        attention: colours('#C4314B', '#C4314B'),
        good: colours('#237B4B', '#237B4B'),
        warning: colours('#835C00', '#835C00'),
        light: colours('#FFFFFF', '#F5F5F5'),
        dark: colours('#242424', '#424242'),
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: { default: colours('#242424', '#616161'), accent: colours('#5B5FC7', '#6264A7') },
    },
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline', inlineTopMargin: 12 } },
  textBlock: { headingLevel: 2 },
  adaptiveCard: { allowCustomStyle: false },
};

/** @returns {AdaptiveCardsBundle | null} */
function bundle() {
  const loaded = /** @type {{ AdaptiveCards?: AdaptiveCardsBundle }} */ (globalThis).AdaptiveCards;
  return loaded ?? null;
}

/**
 * One card, drawn; a card the renderer cannot draw (or a missing bundle) is shown as a note, not hidden.
 * @param {unknown} json
 * @param {OnTeamsSubmit} onSubmit
 * @returns {HTMLElement}
 */
export function renderTeamsCard(json, onSubmit) {
  const AC = bundle();
  if (AC === null) return h('div', { class: 'tm-error' }, ['The Teams card view did not load. Reload the page; the Slack view shows the same answer.']);
  // Our card text is plain (adapters/teams/cards/text.ts makes Markdown inert): shown as text, never as HTML.
  AC.AdaptiveCard.onProcessMarkdown = (_text, result) => {
    result.didProcess = false;
  };
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(TEAMS_HOST_CONFIG);
  card.onExecuteAction = (action) => {
    if (action instanceof AC.SubmitAction) {
      const data = action.data;
      if (data !== null && typeof data === 'object' && !Array.isArray(data)) onSubmit(/** @type {Record<string, unknown>} */ (data));
    } else if (action instanceof AC.OpenUrlAction) {
      const url = safeHttpUrl(action.url ?? '');
      if (url !== null) window.open(url, '_blank', 'noopener,noreferrer');
    }
  };
  try {
    card.parse(json);
    const rendered = card.render();
    if (rendered !== undefined) return h('div', { class: 'tm-card' }, [rendered]);
  } catch {
    // A card the renderer refuses: said below, in words that point to the other view.
  }
  return h('div', { class: 'tm-error' }, ['This card could not be shown here. The Slack view shows the same answer.']);
}

/**
 * A reply as Teams shows it: the bot's name once, then each card.
 * @param {readonly unknown[]} cards
 * @param {OnTeamsSubmit} onSubmit
 * @returns {HTMLElement}
 */
export function renderTeamsCards(cards, onSubmit) {
  const sender = h('div', { class: 'tm-sender' }, [h('span', { class: 'tm-avatar', 'aria-hidden': 'true' }, ['M']), h('span', { class: 'tm-name' }, ['Mawjaz'])]);
  return h('div', { class: 'tm-messages' }, [sender, ...cards.map((card) => renderTeamsCard(card, onSubmit))]);
}
