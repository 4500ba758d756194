/**
 * HTML → plain text with paragraphs kept (blank line between blocks, newline for <br>), using a real
 * parser (linkedom) rather than regexes, so entities, CDATA-wrapped markup, comments and scripts are
 * handled the way a browser would. Used for feed item bodies and for Readability's article node.
 */
import { parseHTML } from 'linkedom';

// Elements that start a new paragraph. Inline elements (a, span, em…) just continue the current one.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

// Never visible text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head', 'select', 'button']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Plain text of an HTML fragment (a feed description, `content:encoded`…). */
export function htmlToText(html: string): string {
  // Plain-text descriptions are common; their blank lines are the paragraph breaks.
  if (!/[<&]/.test(html)) return tidy(html.split(/\n[ \t]*\n/));
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  // Setting innerHTML (instead of splicing the fragment into a template) keeps a stray `</body>` in
  // feed content from moving text out of the body.
  document.body.innerHTML = html;
  return nodeToText(document.body as unknown as Node);
}

/** Plain text of a DOM subtree: blocks separated by a blank line, whitespace collapsed as in rendering. */
export function nodeToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = (): void => {
    paragraphs.push(current);
    current = '';
  };

  const walk = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += preformatted ? value : value.replace(/[\t\n\f\r ]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) breakParagraph();
    // Table cells in one row stay on one line, separated by a space.
    if (name === 'td' || name === 'th') current += ' ';
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      walk(child, preformatted || name === 'pre');
    }
    if (block) breakParagraph();
  };

  walk(root, false);
  breakParagraph();
  return tidy(paragraphs);
}

/** Trims every line, drops empty lines inside a paragraph and empty paragraphs, joins with blank lines. */
function tidy(paragraphs: string[]): string {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) kept.push(lines.join('\n'));
  }
  return kept.join('\n\n');
}
