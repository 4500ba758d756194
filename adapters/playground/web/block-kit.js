// @ts-check
/**
 * Block Kit → DOM: the blocks and elements our Slack adapter sends (adapters/slack/blocks/*): header,
 * section (mrkdwn text, fields, a button or overflow accessory), context, divider, actions with buttons
 * and overflow menus. A block or element we never send is shown as a small "not rendered" note rather
 * than guessed at. Clicks are reported to `onAction`, as Slack reports them to the app: the caller
 * posts them and draws the message Slack would put in its place.
 * https://docs.slack.dev/reference/block-kit/blocks
 */
import { element, safeHttpUrl } from './dom.js';
import { renderMrkdwn, renderPlain } from './slack-mrkdwn.js';

export { renderMrkdwn } from './slack-mrkdwn.js';

/**
 * @typedef {import('./block-kit-types.js').TextObject} TextObject
 * @typedef {import('./block-kit-types.js').BlockElement} BlockElement
 * @typedef {import('./block-kit-types.js').Block} Block
 * @typedef {import('./block-kit-types.js').SlackMessage} SlackMessage
 * @typedef {import('./block-kit-types.js').OnSlackAction} OnSlackAction
 */

/**
 * @param {Document} doc
 * @param {TextObject | undefined} text
 * @returns {DocumentFragment}
 */
function textObject(doc, text) {
  if (text === null || typeof text !== 'object' || typeof text.text !== 'string') return doc.createDocumentFragment();
  return text.type === 'mrkdwn' ? renderMrkdwn(doc, text.text) : renderPlain(doc, text.text, text.emoji !== false);
}

/**
 * @param {Document} doc
 * @param {string} what
 */
function unsupported(doc, what) {
  return element(doc, 'div', { class: 'sk-unsupported' }, [`(${what} is not rendered by the playground)`]);
}

/**
 * A button: a link button opens its URL; any other reports its action id and value.
 * @param {Document} doc
 * @param {BlockElement} button
 * @param {OnSlackAction} onAction
 */
function renderButton(doc, button, onAction) {
  const style = button.style === 'primary' || button.style === 'danger' ? ` sk-button-${button.style}` : '';
  const label = [textObject(doc, button.text)];
  const url = button.url === undefined ? null : safeHttpUrl(button.url);
  if (url !== null) return element(doc, 'a', { class: `sk-button${style}`, href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'slack-button' }, label);
  const node = element(doc, 'button', { type: 'button', class: `sk-button${style}`, 'data-testid': 'slack-button', 'data-action-id': button.action_id ?? '', 'data-value': button.value ?? '' }, label);
  node.addEventListener('click', () => onAction({ actionId: button.action_id ?? '', value: button.value ?? '' }));
  return node;
}

/**
 * An overflow menu: a ⋯ that opens its options; choosing one reports the menu's action id and the option's value.
 * @param {Document} doc
 * @param {BlockElement} overflow
 * @param {OnSlackAction} onAction
 */
function renderOverflow(doc, overflow, onAction) {
  const actionId = overflow.action_id ?? '';
  const menu = element(doc, 'div', { class: 'sk-menu', role: 'menu' });
  const details = element(doc, 'details', { class: 'sk-overflow', 'data-action-id': actionId }, [
    element(doc, 'summary', { class: 'sk-overflow-toggle', 'data-testid': 'slack-overflow', 'aria-label': 'More actions', title: 'More actions' }, ['⋯']),
    menu,
  ]);
  for (const option of overflow.options ?? []) {
    const url = option.url === undefined ? null : safeHttpUrl(option.url);
    const label = [textObject(doc, option.text)];
    if (url !== null) {
      menu.appendChild(element(doc, 'a', { class: 'sk-menu-item', role: 'menuitem', href: url, target: '_blank', rel: 'noopener noreferrer' }, label));
      continue;
    }
    const item = element(doc, 'button', { type: 'button', class: 'sk-menu-item', role: 'menuitem', 'data-testid': 'slack-overflow-option', 'data-action-id': actionId, 'data-value': option.value ?? '' }, label);
    item.addEventListener('click', () => {
      details.removeAttribute('open');
      onAction({ actionId, value: option.value ?? '' });
    });
    menu.appendChild(item);
  }
  return details;
}

/**
 * @param {Document} doc
 * @param {BlockElement} el
 * @param {OnSlackAction} onAction
 * @returns {HTMLElement}
 */
function renderElement(doc, el, onAction) {
  if (el.type === 'button') return renderButton(doc, el, onAction);
  if (el.type === 'overflow') return renderOverflow(doc, el, onAction);
  return unsupported(doc, `element ${el.type}`);
}

/**
 * A context element: mrkdwn or plain text, or an image shown by its description (the page loads no remote images).
 * @param {Document} doc
 * @param {BlockElement | TextObject} el
 */
function contextItem(doc, el) {
  if (el.type === 'mrkdwn' || el.type === 'plain_text') return element(doc, 'div', { class: 'sk-context-item' }, [textObject(doc, /** @type {TextObject} */ (el))]);
  if (el.type === 'image') return element(doc, 'span', { class: 'sk-context-item sk-image-alt', dir: 'auto' }, [/** @type {BlockElement} */ (el).alt_text ?? '']);
  return unsupported(doc, `context element ${el.type}`);
}

/**
 * @param {Document} doc
 * @param {Block} block
 * @param {OnSlackAction} onAction
 * @returns {HTMLElement}
 */
function renderBlock(doc, block, onAction) {
  const id = block.block_id ?? null;
  switch (block.type) {
    case 'header':
      return element(doc, 'div', { class: 'sk-block sk-header', 'data-block-id': id }, [textObject(doc, block.text)]);
    case 'section': {
      const body = element(doc, 'div', { class: 'sk-section-body' }, [
        block.text ? element(doc, 'div', { class: 'sk-text' }, [textObject(doc, block.text)]) : null,
        block.fields?.length ? element(doc, 'div', { class: 'sk-fields' }, block.fields.map((f) => element(doc, 'div', { class: 'sk-field' }, [textObject(doc, f)]))) : null,
      ]);
      const accessory = block.accessory ? element(doc, 'div', { class: 'sk-accessory' }, [renderElement(doc, block.accessory, onAction)]) : null;
      return element(doc, 'div', { class: 'sk-block sk-section', 'data-block-id': id }, [body, accessory]);
    }
    case 'context':
      return element(doc, 'div', { class: 'sk-block sk-context', 'data-block-id': id }, (block.elements ?? []).map((el) => contextItem(doc, el)));
    case 'divider':
      return element(doc, 'hr', { class: 'sk-block sk-divider' });
    case 'actions':
      return element(doc, 'div', { class: 'sk-block sk-actions', 'data-block-id': id }, (block.elements ?? []).map((el) => renderElement(doc, /** @type {BlockElement} */ (el), onAction)));
    default:
      return unsupported(doc, `block ${block.type}`);
  }
}

/**
 * A message's blocks; a message without blocks shows its `text`, as Slack does.
 * @param {Document} doc
 * @param {SlackMessage} message
 * @param {OnSlackAction} onAction
 * @returns {HTMLElement}
 */
export function renderSlackMessage(doc, message, onAction) {
  const blocks = message.blocks ?? [];
  const content = blocks.length > 0 ? blocks.map((b) => renderBlock(doc, /** @type {Block} */ (b), onAction)) : [element(doc, 'div', { class: 'sk-text' }, [renderMrkdwn(doc, message.text)])];
  return element(doc, 'div', { class: 'sk-message', 'aria-label': message.text.slice(0, 300) }, content);
}

/**
 * A reply as Slack shows it: the app's name once, then each message.
 * @param {Document} doc
 * @param {readonly SlackMessage[]} messages
 * @param {OnSlackAction} onAction
 * @returns {HTMLElement}
 */
export function renderSlackMessages(doc, messages, onAction) {
  const header = element(doc, 'div', { class: 'sk-sender' }, [
    element(doc, 'span', { class: 'sk-avatar', 'aria-hidden': 'true' }, ['M']),
    element(doc, 'span', { class: 'sk-name' }, ['Mawjaz']),
    element(doc, 'span', { class: 'sk-app-badge' }, ['APP']),
  ]);
  return element(doc, 'div', { class: 'sk-messages' }, [header, ...messages.map((m) => renderSlackMessage(doc, m, onAction))]);
}
