/**
 * Parse stage for articles saved from web pages as .txt or .md: finds the headline, the publication
 * date printed around it, and the body, and drops the page furniture a copy-paste drags along
 * (related-news lists, share and follow buttons, ratings, comment counters, tags, ads).
 */
import { InvalidInput } from '../errors.js';
import { normaliseForMatch, stripFormatChars } from '../text/normalise.js';
import { extractPublishedDate, isDatelineLine } from '../text/dates.js';

export interface TextArticle {
  title: string;
  /** Paragraphs separated by one blank line. */
  text: string;
  /** ISO date or date-time printed on the page, or null. */
  published: string | null;
}

/** Share of undecodable or control characters above which the input is binary, not text. */
const MAX_GARBAGE_RATIO = 0.1;
/** Lines after the headline still searched for a dateline or byline. */
const TOP_MATTER_LINES = 3;
/** A debris section must start in the last part of the body (share of its characters)… */
const TAIL_START_RATIO = 0.5;
/** …unless only headline-length lines follow it, as in a related-news list. */
const LIST_LINE_CHARS = 100;
/** A wrapped Markdown line is at least this long; shorter lines are their own paragraph. */
const WRAP_MIN_CHARS = 50;

// Lines that open the end-of-page furniture. Matched on normaliseForMatch output at line start, with
// nothing but a colon or a short tail after them (see markerOf).
const SECTION_MARKERS = [
  'أخبار ذات صلة', 'أخبار متعلقة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'مواد ذات صلة', 'ذات صلة', 'اقرأ أيضا',
  'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'الأكثر قراءة', 'الأكثر مشاهدة', 'شارك', 'شارك هذا المقال', 'شارك الخبر',
  'شاركها', 'مشاركة', 'تابعونا', 'تابعونا على', 'تابعنا على', 'قيم هذا المقال', 'قيم هذا الخبر', 'التعليقات',
  'تعليقات', 'أضف تعليق', 'أضف تعليقك', 'اترك تعليقا', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'كلمات دلالية',
  'الوسوم', 'وسوم', 'إعلان', 'اعلان',
  'related', 'related news', 'related articles', 'related stories', 'related content', 'read more', 'read also',
  'see also', 'more from', 'more on this story', 'you may also like', 'recommended', 'most read', 'most popular',
  'share', 'share this', 'share this article', 'share this story', 'follow us', 'follow us on', 'rate this article',
  'comments', 'leave a comment', 'add a comment', 'tags', 'topics', 'advertisement', 'sponsored',
  'à lire aussi', 'lire aussi', 'sur le même sujet', 'partager', 'publicité', 'commentaires', 'mots-clés',
].map((m) => normaliseForMatch(m));

// Cross-links and ads that may also sit between paragraphs: removed wherever they are.
const INLINE_MARKERS = new Set(
  ['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'read more', 'read also', 'see also', 'lire aussi', 'à lire aussi',
    'إعلان', 'اعلان', 'advertisement', 'sponsored', 'publicité'].map((m) => normaliseForMatch(m)),
);

// Share and follow buttons, which may be followed by the platforms' names.
const SOCIAL_MARKERS = new Set(
  ['شارك', 'شاركها', 'شارك هذا المقال', 'شارك الخبر', 'مشاركة', 'تابعونا', 'تابعونا على', 'تابعنا على', 'share',
    'share this', 'share this article', 'share this story', 'follow us', 'follow us on', 'partager'].map((m) =>
    normaliseForMatch(m),
  ),
);
const PLATFORM_WORDS = new Set(
  ['on', 'via', 'with', 'and', 'or', 'sur', 'et', 'عبر', 'على', 'و', 'facebook', 'twitter', 'x', 'whatsapp',
    'telegram', 'linkedin', 'email', 'e', 'mail', 'instagram', 'youtube', 'tiktok', 'فيسبوك', 'فيس', 'بوك', 'تويتر',
    'اكس', 'واتساب', 'واتس', 'اب', 'تلغرام', 'تيليجرام', 'تليجرام', 'انستغرام', 'انستجرام', 'يوتيوب', 'تيك', 'توك',
    'البريد', 'الإلكتروني'].map((w) => normaliseForMatch(w)),
);

function namesPlatforms(rest: string): boolean {
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => PLATFORM_WORDS.has(w));
}

const MARKER_PATTERN = new RegExp(
  String.raw`^(?:${[...SECTION_MARKERS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\p{L}\p{N}])`,
  'u',
);
const COMMENT_COUNT = /^\d+\s+(?:تعليق|تعليقات|comments?|commentaires?)$/u;
const STAR_RATING = /^[\s★☆✩✪✫✬✭✮✯⭐/\d.()]*[★☆⭐][\s★☆✩✪✫✬✭✮✯⭐/\d.()]*$/u;
const BYLINE = /^(?:by|par|von|بقلم|كتب|كتبت|إعداد|اعداد)\s+\S/iu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
}

interface Marker {
  /** Cross-links and ads may sit between paragraphs too; other furniture only ends a page. */
  inline: boolean;
  /** Nothing follows the marker word on its line ("Read more" rather than "Read more: <headline>"). */
  bare: boolean;
}

/** Whether a line is page furniture. */
function markerOf(line: string): Marker | null {
  const norm = normaliseForMatch(line).replace(/[*_#>|•·»«"“”[\]]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (norm === '') return null;
  if (STAR_RATING.test(norm) || COMMENT_COUNT.test(norm)) return { inline: false, bare: true };
  const m = MARKER_PATTERN.exec(norm);
  if (!m) return null;
  const head = m[0].replace(/\s+/g, ' ');
  const rest = norm.slice(m[0].length).trim();
  // "Tags: asylum, Libya" and "اقرأ أيضا: <headline>" carry content after a colon; share and follow
  // buttons name platforms ("Share on Facebook", "تابعونا على تويتر"). "Share prices fell" or
  // "شارك الوزير في الاجتماع" are sentences.
  if (rest !== '' && !rest.startsWith(':') && !(SOCIAL_MARKERS.has(head) && namesPlatforms(rest))) return null;
  return { inline: INLINE_MARKERS.has(head), bare: rest === '' };
}

function looksBinary(raw: string): boolean {
  if (raw.includes('\u0000')) return true;
  const visible = raw.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  // U+FFFD is what a decoder leaves for bytes that are not UTF-8; C0 controls never occur in prose.
  const garbage = visible.match(/[\uFFFD\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return garbage / visible.length > MAX_GARBAGE_RATIO;
}

/** Markdown syntax off one line: headings, emphasis, links, images, quotes, list bullets. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^(\*|_)(.+)\1$/, '$2')
    .replace(/^\s*[-*+]\s+(?=\S)/, '')
    .trim();
}

const HORIZONTAL_RULE = /^\s*(?:[-*_]\s*){3,}$/;
const SETEXT_UNDERLINE = /^\s*(?:=+|-+)\s*$/;

interface Line {
  text: string;
  /** A blank line (or rule) preceded it in the source: a paragraph break. */
  breakBefore: boolean;
  /** It was a Markdown heading: never joined to its neighbours. */
  heading: boolean;
}

function toLines(raw: string): Line[] {
  const source = stripFormatChars(raw).replace(/\r\n?|[\u2028\u2029]/g, '\n').split('\n');
  const out: Line[] = [];
  let pendingBreak = false;
  for (const [i, sourceLine] of source.entries()) {
    const next = source[i + 1];
    if (sourceLine.trim() === '' || HORIZONTAL_RULE.test(sourceLine) || SETEXT_UNDERLINE.test(sourceLine)) {
      pendingBreak = true;
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s/.test(sourceLine) || (next !== undefined && /^\s*=+\s*$/.test(next));
    const text = stripMarkdown(sourceLine).replace(/[ \t\u00A0]+/g, ' ');
    if (text === '') {
      pendingBreak = true;
      continue;
    }
    out.push({ text, breakBefore: pendingBreak || out.length === 0, heading });
    pendingBreak = false;
  }
  return out;
}

/**
 * Body lines into paragraphs. Pages saved as text put one paragraph per line; hand-wrapped Markdown
 * continues a paragraph on the next line, which shows as a long line without closing punctuation
 * in a file that otherwise separates paragraphs with blank lines.
 */
function toParagraphs(lines: readonly Line[]): string[] {
  // Without any blank line the file is one paragraph per line, whatever the punctuation.
  const wrapped = lines.some((l, i) => i > 0 && l.breakBefore);
  const paragraphs: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const last = paragraphs.length - 1;
    const continues =
      wrapped &&
      previous !== undefined &&
      !line.breakBefore &&
      !line.heading &&
      !previous.heading &&
      previous.text.length >= WRAP_MIN_CHARS &&
      !/[.!?؟:؛»"”)…]$/.test(previous.text) &&
      markerOf(line.text) === null &&
      markerOf(previous.text) === null;
    if (continues && last >= 0) paragraphs[last] = `${paragraphs[last]} ${line.text}`;
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs;
}

/** A related-news entry: a short line that does not end like a sentence. */
function isListEntry(paragraph: string): boolean {
  return paragraph.length <= LIST_LINE_CHARS && !/[.!?؟…]["”»]?$/.test(paragraph);
}

/**
 * Removes the furniture that ends a page (from its first marker on, when that marker is in the last
 * part of the body or only a list of headlines follows it) and stray furniture elsewhere. A bare
 * "Read more" / "اقرأ أيضا" between paragraphs takes the linked headline under it along.
 */
function dropDebris(paragraphs: readonly string[]): string[] {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  let seen = 0;
  let cut = paragraphs.length;
  for (const [i, paragraph] of paragraphs.entries()) {
    const marker = i > 0 ? markerOf(paragraph) : null;
    if (marker !== null) {
      // An ad slot or a "Read more: …" cross-link can sit anywhere; it ends the article only when
      // nothing but headlines follows it.
      const inTail = !marker.inline && seen >= total * TAIL_START_RATIO;
      const listFollows = paragraphs.slice(i + 1).every((p) => isListEntry(p) || markerOf(p) !== null);
      if (inTail || listFollows) {
        cut = i;
        break;
      }
    }
    seen += paragraph.length;
  }
  const kept: string[] = [];
  let linkedHeadline = false;
  for (const paragraph of paragraphs.slice(0, cut)) {
    const marker = markerOf(paragraph);
    if (linkedHeadline) {
      linkedHeadline = false;
      if (marker === null && isListEntry(paragraph)) continue;
    }
    if (marker !== null) {
      linkedHeadline = marker.inline && marker.bare;
      continue;
    }
    kept.push(paragraph);
  }
  return kept;
}

/**
 * Headline, body and printed date of a saved web page. The title is the first line that is not a
 * dateline; datelines and a byline just above or below it are set aside and their date becomes
 * `published` (else a "today" date in the lead). Throws InvalidInput for binary, empty or title-only
 * input.
 */
export function parseTextArticle(raw: string): TextArticle {
  if (looksBinary(raw)) {
    throw new InvalidInput('not a text file: it contains NUL bytes or mostly undecodable characters');
  }
  const lines = toLines(raw);
  const titleIndex = lines.findIndex((l) => !isDatelineLine(l.text) && markerOf(l.text) === null);
  const titleLine = lines[titleIndex];
  if (titleIndex < 0 || titleLine === undefined) {
    throw new InvalidInput('no title: the file is empty or holds only whitespace, dates or page furniture');
  }

  const datelines = lines.slice(0, titleIndex).filter((l) => isDatelineLine(l.text));
  let bodyStart = titleIndex + 1;
  while (bodyStart < lines.length && bodyStart <= titleIndex + TOP_MATTER_LINES) {
    const candidate = lines[bodyStart];
    if (candidate === undefined) break;
    if (isDatelineLine(candidate.text)) datelines.push(candidate);
    else if (!(BYLINE.test(candidate.text) && candidate.text.split(/\s+/).length <= 8)) break;
    bodyStart += 1;
  }

  const paragraphs = dropDebris(toParagraphs(lines.slice(bodyStart)));
  if (paragraphs.length === 0) {
    throw new InvalidInput(`no body text after the title "${titleLine.text.slice(0, 80)}"`);
  }
  const title = titleLine.text;
  const text = paragraphs.join('\n\n');
  // Datelines first so they are read as such; the whole text decides how to read "02/07/2024".
  const published = extractPublishedDate([...datelines.map((l) => l.text), title, text].join('\n'));
  return { title, text, published };
}
