/**
 * Feed reader: RSS 2.0, RSS 0.9/1.0 (RDF) and Atom bytes → one ArticleDraft per item, via feedsmith
 * (https://github.com/macieklamberski/feedsmith), which maps each format and its namespaces
 * (content:encoded, dc:date, xml:base…) into typed objects; this file maps those into our drafts.
 * Formats: https://www.rssboard.org/rss-specification, https://www.rfc-editor.org/rfc/rfc4287,
 * https://web.resource.org/rss/1.0/spec.
 *
 * Why feedsmith (issue 13): the previous parser, @rowanmanning/feed-parser 2.1.5 (the newest), rebuilt
 * an element's children on every access and resolved each item's link by walking the channel's
 * children, so a feed of n items cost n² (8k items took 15 s, 100k never finished). feedsmith is
 * linear (measured by bench/feed-bench.ts: 1k, 10k, 100k items).
 *
 * Entities: feedsmith runs fast-xml-parser with `processEntities: false` and decodes text itself with a
 * fixed table (the XML entities, numeric references and HTML named entities). Entities declared in a
 * DOCTYPE are therefore never expanded, wherever the DOCTYPE stands (after comments or processing
 * instructions, or smuggled inside the root element): `&name;` stays literal text, and a "billion
 * laughs" costs nothing. Declarations the XML parser cannot read (external or parameter entities) make
 * it refuse the document, and the feed fails with the parser's reason. No text is cut out beforehand.
 */
import { type AnyFeed, parseFeed } from 'feedsmith';
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

export interface FeedReadOptions {
  /** Read only the first this many items (document order: feeds list the newest first). Default: all. */
  maxItems?: number;
}

export interface FeedRead {
  /** One outcome per item read, in document order. */
  outcomes: ReadOutcome[];
  /** Items the feed holds; more than `outcomes.length` when maxItems cut it short. */
  items: number;
}

/** One item as every format gives it, before it becomes a draft. */
interface Entry {
  title: string | undefined;
  link: string | undefined;
  /** guid / id / rdf:about: names the item when it has no usable link. */
  id: string | undefined;
  /** Full content (content:encoded, atom:content) when present, else the description or summary. */
  body: string | undefined;
  /** Date texts in order of preference (published before updated). */
  dates: ReadonlyArray<string | undefined>;
  /** xml:base in force for this item, if any. */
  base: string | undefined;
}

interface Channel {
  title: string | undefined;
  link: string | undefined;
  language: string | undefined;
  base: string | undefined;
  entries: Entry[];
}

/** Every item of the feed (the first maxItems), as drafts or per-item failures. Throws ParseFailed when the bytes are not a feed. */
export function readFeed(bytes: Buffer, source: FeedSource, options: FeedReadOptions = {}): FeedRead {
  const xml = decodeBytes(bytes, { kind: 'xml', contentType: source.contentType ?? null });
  let channel: Channel;
  try {
    channel = channelOf(parseFeed(xml));
  } catch (error) {
    throw new ParseFailed(`not an RSS or Atom feed: ${source.input}${whatItIs(xml, error)}`, { cause: error });
  }

  const sourceName = channel.title ? oneLine(htmlToText(channel.title)) : '';
  const lang = languageCode(channel.language);
  // Relative item links resolve against an xml:base in force (Atom), else the site (the feed's <link>),
  // else where the feed came from.
  const site = [channel.link && resolved(channel.link, channel.base ?? source.url), source.url].find((url): url is string => typeof url === 'string' && isHttpUrl(url)) ?? null;
  const feedBase = (channel.base && resolved(channel.base, site ?? undefined)) || site;
  const read = channel.entries.slice(0, options.maxItems ?? channel.entries.length);
  const outcomes = read.map((entry, index): ReadOutcome => {
    const position = index + 1;
    const input = `${source.input} item ${position}`;
    try {
      const base = (entry.base && resolved(entry.base, feedBase ?? undefined)) || feedBase;
      const draft = entryDraft(entry, position, source.url, base);
      if (lang) draft.lang = lang;
      if (sourceName) draft.source = sourceName;
      return { ok: true, draft, input };
    } catch (error) {
      return { ok: false, input, reason: errorMessage(error) };
    }
  });
  return { outcomes, items: channel.entries.length };
}

function channelOf(parsed: AnyFeed): Channel {
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return {
        title: feed.title,
        link: feed.link,
        language: feed.language ?? feed.dc?.languages?.[0] ?? feed.xml?.lang,
        base: feed.xml?.base,
        entries: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.link,
          id: item.guid?.value,
          body: item.content?.encoded ?? item.description,
          dates: [item.pubDate, ...(item.dc?.dates ?? []), item.atom?.published, ...(item.dcterms?.issued ?? []), ...(item.dcterms?.modified ?? []), item.atom?.updated],
          base: item.xml?.base,
        })),
      };
    }
    case 'rdf': {
      const { feed } = parsed;
      return {
        title: feed.title,
        link: feed.link,
        language: feed.dc?.languages?.[0] ?? feed.xml?.lang,
        base: feed.xml?.base,
        entries: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.link,
          id: item.rdf?.about,
          body: item.content?.encoded ?? item.description,
          dates: [...(item.dc?.dates ?? []), ...(item.dcterms?.issued ?? []), ...(item.dcterms?.modified ?? [])],
          base: item.xml?.base,
        })),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      return {
        title: feed.title?.value,
        link: alternateLink(feed.links),
        language: feed.xml?.lang ?? feed.dc?.languages?.[0],
        base: feed.xml?.base,
        entries: (feed.entries ?? []).map((entry) => ({
          title: entry.title?.value,
          link: alternateLink(entry.links),
          id: entry.id,
          body: entry.content?.value ?? entry.summary?.value,
          dates: [entry.published, ...(entry.dc?.dates ?? []), entry.updated],
          base: entry.xml?.base,
        })),
      };
    }
    case 'json':
      // feedsmith also reads JSON Feed; what reaches this reader is sniffed as XML, so JSON here is not ours.
      throw new ParseFailed('a JSON document');
  }
}

/** Atom's rel="alternate" link (the article), else a link with no rel (which means alternate). */
function alternateLink(links: ReadonlyArray<{ href?: string; rel?: string }> | undefined): string | undefined {
  return (links?.find((link) => link.rel === 'alternate') ?? links?.find((link) => link.rel === undefined))?.href;
}

function entryDraft(entry: Entry, position: number, feedUrl: string, base: string | null): ArticleDraft {
  const text = entry.body ? htmlToText(entry.body) : '';
  let title = entry.title ? oneLine(htmlToText(entry.title)) : '';
  if (title === '') title = titleFromText(text);
  if (title === '') throw new ParseFailed('item has neither a title nor any text');
  return { url: entryUrl(entry, position, feedUrl, base), title, text, published: entryDate(entry) };
}

function entryUrl(entry: Entry, position: number, feedUrl: string, base: string | null): string {
  const link = entry.link?.trim();
  if (link) {
    const url = resolved(link, base ?? undefined);
    if (url && isHttpUrl(url)) return url;
  }
  // Stable per item so re-reading the feed recognises it: the guid when there is one, else the position.
  const feed = new URL(feedUrl);
  feed.hash = '';
  return `${feed.href}#${encodeURIComponent(entry.id?.trim() || String(position))}`;
}

/** The absolute URL of `url` against `base`, or undefined when it cannot be made one. */
function resolved(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return undefined;
  }
}

function entryDate(entry: Entry): string | null {
  const texts = entry.dates.map((date) => date?.trim()).filter((date): date is string => Boolean(date));
  for (const text of texts) {
    const date = new Date(text);
    if (!Number.isNaN(date.valueOf())) return date.toISOString();
  }
  // `new Date(text)` gives up on non-English names ("Seg, 24 Set 2018").
  for (const text of texts) {
    const loose = parseLooseDate(text);
    if (loose) return loose;
  }
  return null;
}

/** A hint for the failure message when a "feed" is something else, e.g. a "Document Moved" page. */
function whatItIs(text: string, error: unknown): string {
  const head = text.slice(0, 4096);
  if (head.trim() === '') return ' (the file is empty)';
  if (/<html[\s>]|<head[\s>]|<body[\s>]|<!doctype html/i.test(head)) {
    const title = oneLine(parseHTML(head).document.querySelector('title')?.textContent ?? '');
    return title ? ` (it is an HTML page titled "${title}")` : ' (it is an HTML page)';
  }
  if (!head.trimStart().startsWith('<')) return ' (it is not XML)';
  // The XML parser's own reason (a malformed tag, an entity declaration it refuses), when it gave one.
  const reason = error instanceof Error && error.cause instanceof Error ? oneLine(error.cause.message).slice(0, 200) : '';
  return reason ? ` (the XML parser refused it: ${reason})` : '';
}
