/**
 * Article page reader: an HTML news page (saved file or fetched URL) → one ArticleDraft. Mozilla
 * Readability (the Firefox Reader View engine, https://github.com/mozilla/readability) picks the
 * main text and drops navigation, footers and sidebars; linkedom provides the DOM it runs on.
 * Metadata comes from Open Graph (https://ogp.me), schema.org JSON-LD and plain HTML, read before
 * Readability runs because it rewrites the document.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { ParseFailed } from '../../errors.js';
import { parseLooseDate } from '../../text/dates.js';
import type { ArticleDraft } from '../types.js';
import { decodeBytes } from './decode.js';
import { nodeToText } from './html-text.js';
import { isHttpUrl, languageCode, oneLine, titleFromText } from './metadata.js';

export interface PageSource {
  /** Where the page came from (final http(s) URL, or the file:// URL of a local file). */
  url: string;
  /** The name failures are reported under. */
  input: string;
  contentType?: string | null;
}

/**
 * Below this many characters Readability has found a caption or a cookie banner, not an article.
 * Kept low on purpose: wire "breaking" items can be two sentences.
 */
const MIN_ARTICLE_CHARS = 100;

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'dcterms.issued', 'dc.date.issued'];

// linkedom implements the DOM Readability needs but ships its own class declarations, so the document
// is handed over under the standard DOM type.
type DomDocument = globalThis.Document;

/** Throws ParseFailed when the page has no article content. */
export function readArticlePage(bytes: Buffer, source: PageSource): ArticleDraft {
  const html = decodeBytes(bytes, { kind: 'html', contentType: source.contentType ?? null });
  const document = parsePage(html);
  if (document === null) throw new ParseFailed(`no article content found in ${source.input}`);

  const meta = pageMetadata(document, source.url);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const text = article?.content ? nodeToText(article.content) : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new ParseFailed(`no article content found in ${source.input}`);
  }

  const title = [meta.ogTitle, article?.title, meta.titleTag].map((t) => oneLine(t ?? '')).find((t) => t !== '');
  const published =
    [...meta.dates, article?.publishedTime]
      .filter((d): d is string => typeof d === 'string' && d.trim() !== '')
      .map((d) => parseLooseDate(d.trim()))
      .find((d) => d !== null) ?? null;

  const draft: ArticleDraft = {
    url: meta.canonical ?? source.url,
    title: title ?? titleFromText(text),
    text: withoutLeadingTitle(text, [title, article?.title, meta.titleTag]),
    published,
  };
  const lang = languageCode(meta.lang ?? article?.lang);
  if (lang) draft.lang = lang;
  const siteName = oneLine(meta.siteName ?? article?.siteName ?? '');
  if (siteName) draft.source = siteName;
  return draft;
}

/**
 * linkedom builds a broken tree (no <html>, the first element as root) for pages saved without the
 * <html> wrapper, and none at all for text without tags; such input is wrapped and parsed again.
 */
function parsePage(html: string): DomDocument | null {
  let document = parseHTML(html).document as unknown as DomDocument;
  if (document.documentElement?.localName !== 'html') {
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as DomDocument;
  }
  return document.documentElement ? document : null;
}

/**
 * Readability keeps the page's <h1> when it differs from its own idea of the title, so the headline
 * often opens the text too; it is dropped there so matching does not count it twice.
 */
function withoutLeadingTitle(text: string, titles: Array<string | null | undefined>): string {
  const breakAt = text.indexOf('\n\n');
  if (breakAt === -1) return text;
  const first = oneLine(text.slice(0, breakAt));
  return titles.some((t) => t && oneLine(t) === first) ? text.slice(breakAt + 2) : text;
}

interface PageMetadata {
  ogTitle: string | null;
  titleTag: string | null;
  siteName: string | null;
  lang: string | null;
  canonical: string | null;
  /** Candidate publication dates, most trustworthy first. */
  dates: string[];
}

function pageMetadata(document: DomDocument, pageUrl: string): PageMetadata {
  return {
    ogTitle: metaContent(document, 'og:title'),
    titleTag: document.querySelector('title')?.textContent ?? null,
    siteName: metaContent(document, 'og:site_name'),
    lang: document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang') ?? null,
    canonical: canonicalUrl(document, pageUrl),
    // The page's own declaration first, then JSON-LD, and only then a <time>: sidebars and "related
    // stories" carry <time> elements of other articles, so the one inside <article> is preferred.
    dates: [
      ...PUBLISHED_META.map((name) => metaContent(document, name)),
      ...jsonLdDates(document),
      document.querySelector('article time[datetime]')?.getAttribute('datetime') ?? null,
      document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    ].filter((value): value is string => value !== null),
  };
}

/** `<meta property=…>` (Open Graph) or `<meta name=…>` (everyone else), case-insensitively. */
function metaContent(document: DomDocument, key: string): string | null {
  for (const element of Array.from(document.querySelectorAll('meta[content]'))) {
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase();
    if (name === key) {
      const content = element.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}

/** `<link rel="canonical">` if it is (or resolves against an http(s) page URL to) an http(s) URL. */
function canonicalUrl(document: DomDocument, pageUrl: string): string | null {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const href = link.getAttribute('href')?.trim() ?? '';
    try {
      const resolved = new URL(href, isHttpUrl(pageUrl) ? pageUrl : undefined).href;
      return isHttpUrl(resolved) ? resolved : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** `datePublished` anywhere in the page's JSON-LD blocks (plain objects, arrays, `@graph`). */
function jsonLdDates(document: DomDocument): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const date = record.datePublished;
    if (typeof date === 'string') found.push(date);
    for (const nested of Object.values(record)) visit(nested, depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, CMS templating); the other sources still apply.
    }
  }
  return found;
}
