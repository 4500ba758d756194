/**
 * Feed reader: RSS 2.0, RSS 0.9/1.0 (RDF) and Atom bytes → one ArticleDraft per item, via
 * @rowanmanning/feed-parser (lenient with real-world feeds; https://github.com/rowanmanning/feed-parser).
 * Formats: https://www.rssboard.org/rss-specification, https://www.rfc-editor.org/rfc/rfc4287,
 * https://web.resource.org/rss/1.0/spec.
 *
 * Entity expansion: the parser underneath (fast-xml-parser 5) DOES expand entities declared in a
 * DOCTYPE internal subset, and feed-parser configures it with `maxTotalExpansions: Infinity`; only its
 * per-entity size and expanded-length limits stand between a hostile feed and a "billion laughs".
 * Feeds have no business declaring entities, so the DOCTYPE is cut out before parsing: custom entities
 * are then never defined, `&name;` stays literal text, and only the five XML entities, numeric
 * references and HTML named entities (a fixed table) are decoded.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';

import { ParseFailed, errorMessage } from '../../errors.js';
import { parseLooseDate } from '../../text/dates.js';
import type { ArticleDraft, ReadOutcome } from '../types.js';
import { decodeBytes } from './decode.js';
import { htmlToText } from './html-text.js';
import { isHttpUrl, languageCode, oneLine, titleFromText } from './metadata.js';

export interface FeedSource {
  /** Where the feed came from (http(s) URL after redirects, or the file:// URL of a local file). */
  url: string;
  /** The name failures are reported under (path as given, or the redacted URL). */
  input: string;
  contentType?: string | null;
}

type Feed = ReturnType<typeof parseFeed>;
type FeedItem = Feed['items'][number];

// Raw date elements in the order feed-parser itself tries them (RSS pubDate/dc:date, Atom published/updated).
const DATE_ELEMENTS = ['pubdate', 'date', 'published', 'issued', 'updated', 'modified'];

/** Every item of the feed, as drafts or per-item failures. Throws ParseFailed when the bytes are not a feed. */
export function readFeed(bytes: Buffer, source: FeedSource): ReadOutcome[] {
  const xml = decodeBytes(bytes, { kind: 'xml', contentType: source.contentType ?? null });
  let feed: Feed;
  try {
    feed = parseFeed(withoutDoctype(xml));
  } catch (error) {
    throw new ParseFailed(`not an RSS or Atom feed: ${source.input}${whatItIs(xml)}`, { cause: error });
  }

  const sourceName = feed.title ? oneLine(htmlToText(feed.title)) : '';
  const lang = languageCode(feed.language);
  // Relative item links resolve against the site (the feed's <link>), else where the feed came from.
  const base = [feed.url, source.url].find((url): url is string => typeof url === 'string' && isHttpUrl(url)) ?? null;
  return feed.items.map((item, index): ReadOutcome => {
    const position = index + 1;
    const input = `${source.input} item ${position}`;
    try {
      const draft = itemDraft(item, position, source.url, base);
      if (lang) draft.lang = lang;
      if (sourceName) draft.source = sourceName;
      return { ok: true, draft, input };
    } catch (error) {
      return { ok: false, input, reason: errorMessage(error) };
    }
  });
}

function itemDraft(item: FeedItem, position: number, feedUrl: string, base: string | null): ArticleDraft {
  // content:encoded / atom:content is the full article when present; description is often a teaser.
  const body = item.content ?? item.description;
  const text = body ? htmlToText(body) : '';
  let title = item.title ? oneLine(htmlToText(item.title)) : '';
  if (title === '') title = titleFromText(text);
  if (title === '') throw new ParseFailed('item has neither a title nor any text');
  return {
    url: itemUrl(item, position, feedUrl, base),
    title,
    text,
    published: itemDate(item),
  };
}

function itemUrl(item: FeedItem, position: number, feedUrl: string, base: string | null): string {
  if (item.url) {
    try {
      const resolved = new URL(item.url, base ?? undefined);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // A relative link with nothing to resolve it against: fall through to the synthetic URL.
    }
  }
  // Stable per item so re-reading the feed recognises it: the guid when there is one, else the position.
  const feed = new URL(feedUrl);
  feed.hash = '';
  return `${feed.href}#${encodeURIComponent(item.id ?? String(position))}`;
}

function itemDate(item: FeedItem): string | null {
  const parsed = item.published ?? item.updated;
  if (parsed) return parsed.toISOString();
  // feed-parser uses `new Date(text)`, which gives up on non-English names ("Seg, 24 Set 2018").
  for (const name of DATE_ELEMENTS) {
    const raw = item.element.findElementWithName(name)?.textContentNormalized;
    if (raw) {
      const loose = parseLooseDate(raw);
      if (loose) return loose;
    }
  }
  return null;
}

/**
 * The XML with its DOCTYPE declaration (internal subset included) removed; see the header for why.
 * Scans quotes and brackets rather than using a regex, because the subset may contain `>` in values.
 */
export function withoutDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start === -1) return xml;
  const firstElement = xml.search(/<[A-Za-z]/);
  if (firstElement !== -1 && firstElement < start) return xml;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start + 2; i < xml.length; i += 1) {
    const ch = xml[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      depth += 1;
    } else if (ch === ']') {
      depth = Math.max(0, depth - 1);
    } else if (ch === '>' && depth === 0) {
      return xml.slice(0, start) + xml.slice(i + 1);
    }
  }
  // Unterminated DOCTYPE: nothing after it can be trusted to be a feed.
  return xml.slice(0, start);
}

/** A hint for the failure message when a "feed" is something else, e.g. a "Document Moved" page. */
function whatItIs(text: string): string {
  const head = text.slice(0, 4096);
  if (head.trim() === '') return ' (the file is empty)';
  if (/<html[\s>]|<head[\s>]|<body[\s>]|<!doctype html/i.test(head)) {
    const title = oneLine(parseHTML(head).document.querySelector('title')?.textContent ?? '');
    return title ? ` (it is an HTML page titled "${title}")` : ' (it is an HTML page)';
  }
  if (!head.trimStart().startsWith('<')) return ' (it is not XML)';
  return '';
}
