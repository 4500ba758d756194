// @ts-check
/**
 * Building DOM nodes from data without ever parsing it as HTML: text always becomes text nodes.
 * Every module of the page (and the Block Kit renderer under linkedom in tests) builds through here.
 */

/** @typedef {Record<string, string | number | boolean | null | undefined>} Attributes */
/** @typedef {Node | string | null | undefined | false} Child */

/**
 * `<tag attrs…>children</tag>` in `doc`. Attributes set to null/undefined/false are left out, true
 * gives an empty attribute; `class` and `data-*` are ordinary attributes. Strings become text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {Attributes} [attrs]
 * @param {readonly Child[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(doc, tag, attrs = {}, children = []) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(doc, node, children);
  return node;
}

/**
 * @param {Document} doc
 * @param {Node} parent
 * @param {readonly Child[]} children
 */
export function append(doc, parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
}

/**
 * `element` bound to the page's document, for the browser-only modules.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attrs]
 * @param {readonly Child[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, children) {
  return element(document, tag, attrs, children);
}

/**
 * An http(s) URL as a string, or null: the only links the page makes (never javascript:, data:, file:).
 * @param {string} url
 * @returns {string | null}
 */
export function safeHttpUrl(url) {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
