/**
 * Bytes → string for feeds, pages and text files, whatever encoding they were saved in.
 *
 * Order: a BOM; then valid UTF-8 is taken as UTF-8 even when something else is declared (miniflux's
 * rule in internal/reader/encoding: servers and prologs that say ISO-8859-1 over UTF-8 bytes are far
 * more common than legacy text that happens to be valid UTF-8); then the HTTP charset, the XML prolog
 * `encoding=` or the HTML `<meta charset>`; and when nothing usable is declared, windows-1252, which is
 * what undeclared non-UTF-8 feeds in the wild turn out to be (miniflux/no_encoding_ISO-8859-1.xml,
 * rss-parser/uolNoticias.rss).
 * Labels follow the WHATWG Encoding Standard: https://encoding.spec.whatwg.org/#names-and-labels
 */
import iconv from 'iconv-lite';

export type DocumentKind = 'xml' | 'html' | 'text';

export interface DecodeHints {
  /** HTTP Content-Type header, if the bytes were fetched. */
  contentType?: string | null;
  /** Which in-document declaration to look for. */
  kind: DocumentKind;
}

export interface DetectedEncoding {
  /** An iconv-lite encoding name. */
  encoding: string;
  source: 'bom' | 'utf-8' | 'http' | 'xml-prolog' | 'html-meta' | 'fallback';
}

// The WHATWG standard decodes all of these as windows-1252: real "ISO-8859-1" content uses the
// 0x80–0x9F smart quotes and dashes, which true Latin-1 would turn into control characters.
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'iso-ir-100',
  'latin1',
  'l1',
  'cp819',
  'ibm819',
  'us-ascii',
  'ascii',
  'ansi_x3.4-1968',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

// Enough to reach the prolog or the <meta> in <head>; the HTML prescan uses 1024, pages often need more.
const PRESCAN_BYTES = 4096;

export function decodeBytes(bytes: Buffer, hints: DecodeHints): string {
  const { encoding } = detectEncoding(bytes, hints);
  const text = iconv.decode(bytes, encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function detectEncoding(bytes: Buffer, hints: DecodeHints): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'utf-8' };

  const fromHttp = usableLabel(charsetParameter(hints.contentType ?? null));
  if (fromHttp) return { encoding: fromHttp, source: 'http' };

  const head = bytes.subarray(0, PRESCAN_BYTES).toString('latin1');
  const fromProlog = usableLabel(prologEncoding(head));
  if (fromProlog && hints.kind !== 'text') return { encoding: fromProlog, source: 'xml-prolog' };
  if (hints.kind === 'html') {
    const fromMeta = usableLabel(metaCharset(head));
    if (fromMeta) return { encoding: fromMeta, source: 'html-meta' };
  }
  return { encoding: 'windows-1252', source: 'fallback' };
}

function bomEncoding(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The `charset` parameter of a Content-Type value, e.g. `text/xml; charset="ISO-8859-1"`. */
export function charsetParameter(contentType: string | null): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return null;
}

function prologEncoding(head: string): string | null {
  const prolog = /^\s*<\?xml\s[^>]*?\?>/.exec(head);
  if (!prolog) return null;
  return /\sencoding\s*=\s*["']([^"']+)["']/.exec(prolog[0])?.[1] ?? null;
}

function metaCharset(head: string): string | null {
  // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * A label iconv-lite can decode with, or null. UTF-16/32 labels inside an ASCII-readable document are
 * lies (the declaration could not have been read otherwise), so they are ignored, as HTML does.
 */
function usableLabel(label: string | null): string | null {
  if (!label) return null;
  const normalised = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(normalised)) return 'windows-1252';
  if (/^utf-?(16|32)/.test(normalised)) return null;
  return iconv.encodingExists(normalised) ? normalised : null;
}
