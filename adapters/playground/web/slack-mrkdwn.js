// @ts-check
/**
 * Slack mrkdwn → DOM, for the text objects our Block Kit carries (adapters/slack/blocks/mrkdwn.ts writes
 * them): *bold*, _italic_, ~strike~, `code`, <url|label> links, <!date^…|fallback>, mentions, the three
 * entities Slack decodes (&lt; &gt; &amp;), emoji shortcodes we use, one paragraph per line.
 * https://docs.slack.dev/messaging/formatting-message-text
 *
 * Nothing is ever parsed as HTML: every piece of text becomes a text node, links are made only for
 * http(s) URLs. Each line is its own element with dir="auto", so an Arabic line (ours start with an
 * RLM) reads right to left as it does in Slack, where each paragraph takes the direction of its first
 * strong character.
 */
import { append, element, safeHttpUrl } from './dom.js';

/** @typedef {import('./dom.js').Child} Child */

/** The shortcodes our messages use, and a few common ones; others stay as typed, as in a client without them. */
const EMOJI = /** @type {Record<string, string>} */ ({
  warning: '⚠️',
  mag: '🔍',
  bell: '🔔',
  white_check_mark: '✅',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  double_vertical_bar: '⏸️',
  x: '❌',
  tada: '🎉',
  newspaper: '📰',
  pushpin: '📌',
  memo: '📝',
  calendar: '📅',
  information_source: 'ℹ️',
  globe_with_meridians: '🌐',
});

/** Emphasis characters and the element each makes. */
const EMPHASIS = /** @type {Record<string, 'strong' | 'em' | 's'>} */ ({ '*': 'strong', _: 'em', '~': 's' });

const WORD = /[\p{L}\p{N}]/u;

/**
 * Slack decodes exactly three entities, in one pass (so `&amp;lt;` shows `&lt;`).
 * @param {string} text
 */
export function decodeEntities(text) {
  return text.replace(/&(lt|gt|amp);/g, (_, name) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'));
}

/**
 * Shortcodes we know become emoji; the rest (and times like 09:30) are left alone.
 * @param {string} text
 */
export function emojify(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] ?? whole);
}

/**
 * Text as it reads: entities decoded, shortcodes as emoji.
 * @param {string} raw
 */
function readable(raw) {
  return emojify(decodeEntities(raw));
}

/**
 * An emphasis opens at `i` when it starts the text or follows a non-word character, and is followed by a non-space.
 * @param {string} s
 * @param {number} i
 */
function opensAt(s, i) {
  const before = s[i - 1];
  const after = s[i + 1];
  return (before === undefined || !WORD.test(before)) && after !== undefined && !/\s/u.test(after);
}

/**
 * Where the emphasis opened at `i` closes, or -1: the same character after a non-space and before a
 * non-word character; control sequences and code spans are skipped whole.
 * @param {string} s
 * @param {number} i
 */
function closingOf(s, i) {
  const mark = s[i];
  for (let j = i + 2; j < s.length; j++) {
    const c = s[j];
    if (c === '<' || c === '`') {
      const end = s.indexOf(c === '<' ? '>' : '`', j + 1);
      if (end !== -1) j = end;
      continue;
    }
    if (c !== mark) continue;
    const after = s[j + 1];
    if (!/\s/u.test(s[j - 1] ?? ' ') && (after === undefined || !WORD.test(after))) return j;
  }
  return -1;
}

/**
 * `{date_short} at {time}` and friends, in the reader's own zone as Slack shows them.
 * @param {Date} date
 * @param {string} format
 */
export function formatSlackDate(date, format) {
  /** @param {Intl.DateTimeFormatOptions} options */
  const f = (options) => new Intl.DateTimeFormat('en-US', options).format(date);
  const day = (/** @type {Intl.DateTimeFormatOptions} */ options) => {
    const today = new Date();
    const diff = Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / 86_400_000);
    return diff === 0 ? 'Today' : diff === -1 ? 'Yesterday' : diff === 1 ? 'Tomorrow' : f(options);
  };
  const short = /** @type {Intl.DateTimeFormatOptions} */ ({ month: 'short', day: 'numeric', year: 'numeric' });
  const long = /** @type {Intl.DateTimeFormatOptions} */ ({ month: 'long', day: 'numeric', year: 'numeric' });
  const longest = /** @type {Intl.DateTimeFormatOptions} */ ({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
  const tokens = /** @type {Record<string, () => string>} */ ({
    date_num: () => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
    date: () => f(long),
    date_short: () => f(short),
    date_long: () => f(longest),
    date_pretty: () => day(long),
    date_short_pretty: () => day(short),
    date_long_pretty: () => day(longest),
    time: () => f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    time_secs: () => f({ hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
  });
  return format.replace(/\{([a-z_]+)\}/g, (whole, name) => tokens[name]?.() ?? whole);
}

/**
 * A `<…>` control sequence: a date, a mention, or a link (http/https only; anything else shows its label).
 * @param {Document} doc
 * @param {string} inner the text between `<` and `>`
 * @returns {Child}
 */
function control(doc, inner) {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : inner.slice(bar + 1);
  if (target.startsWith('!date^')) {
    const [, seconds = '', format = ''] = target.split('^');
    const fallback = label === null ? '' : readable(label);
    const date = new Date(Number(seconds) * 1000);
    if (!/^\d+$/.test(seconds) || Number.isNaN(date.getTime())) return fallback;
    return element(doc, 'time', { datetime: date.toISOString(), title: fallback }, [formatSlackDate(date, format)]);
  }
  if (target === '!channel' || target === '!here' || target === '!everyone') return element(doc, 'span', { class: 'sk-mention' }, [`@${target.slice(1)}`]);
  if (target.startsWith('!subteam^')) return element(doc, 'span', { class: 'sk-mention' }, [label === null ? '@group' : readable(label)]);
  if (target.startsWith('@')) return element(doc, 'span', { class: 'sk-mention' }, [`@${label === null ? target.slice(1) : readable(label)}`]);
  if (target.startsWith('#')) return element(doc, 'span', { class: 'sk-mention' }, [`#${label === null ? target.slice(1) : readable(label)}`]);
  const url = safeHttpUrl(decodeEntities(target));
  const content = label === null ? [readable(target)] : inline(doc, label);
  if (url === null) return element(doc, 'span', { class: 'sk-unlinked' }, content);
  return element(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, content);
}

/**
 * One line of mrkdwn as nodes.
 * @param {Document} doc
 * @param {string} s
 * @returns {Child[]}
 */
function inline(doc, s) {
  /** @type {Child[]} */
  const out = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push(readable(text));
    text = '';
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i] ?? '';
    if (c === '<') {
      const end = s.indexOf('>', i + 1);
      if (end !== -1) {
        flush();
        out.push(control(doc, s.slice(i + 1, end)));
        i = end + 1;
        continue;
      }
    }
    if (c === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(element(doc, 'code', {}, [decodeEntities(s.slice(i + 1, end))]));
        i = end + 1;
        continue;
      }
    }
    const tag = EMPHASIS[c];
    if (tag !== undefined && opensAt(s, i)) {
      const end = closingOf(s, i);
      if (end !== -1) {
        flush();
        out.push(element(doc, tag, {}, inline(doc, s.slice(i + 1, end))));
        i = end + 1;
        continue;
      }
    }
    text += c;
    i += c.length;
  }
  flush();
  return out;
}

/**
 * A mrkdwn text as one `div.sk-line[dir=auto]` per line (bullet and quote lines marked), in a fragment.
 * @param {Document} doc
 * @param {string} text
 * @returns {DocumentFragment}
 */
export function renderMrkdwn(doc, text) {
  const fragment = doc.createDocumentFragment();
  for (const line of text.split('\n')) {
    // A line may open with our RLM (Arabic briefs) before its marker.
    const marker = /^(\u200F?)(•|◦|&gt;)\s/u.exec(line);
    const kind = marker === null ? '' : marker[2] === '&gt;' ? ' sk-quote' : ' sk-bullet';
    const body = marker !== null && marker[2] === '&gt;' ? `${marker[1]}${line.slice(marker[0].length)}` : line;
    const node = element(doc, 'div', { class: `sk-line${kind}`, dir: 'auto' });
    if (body.trim() === '') node.appendChild(element(doc, 'br'));
    else append(doc, node, inline(doc, body));
    fragment.appendChild(node);
  }
  return fragment;
}

/**
 * A plain_text object: no markup, no entities; `emoji` shortcodes as Slack shows them.
 * @param {Document} doc
 * @param {string} text
 * @param {boolean} [emoji]
 * @returns {DocumentFragment}
 */
export function renderPlain(doc, text, emoji = true) {
  const fragment = doc.createDocumentFragment();
  for (const line of text.split('\n')) fragment.appendChild(element(doc, 'div', { class: 'sk-line', dir: 'auto' }, [emoji ? emojify(line) : line]));
  return fragment;
}
