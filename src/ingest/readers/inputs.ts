/**
 * The "plan" and "read" stages' entry points: what the user named on the command line (files,
 * directories, http(s) URLs) → a list of typed input items → a stream of drafts and failures.
 * Files are classified by extension; URLs by what the server sends back (Content-Type and the first
 * element), because feed URLs rarely end in .xml and many servers label feeds text/html.
 */
import type { Dirent } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { errorMessage } from '../../errors.js';
import { redactUrl } from '../../redact-url.js';
import { safeFetch } from '../fetch/safe-fetch.js';
import type { ReadOptions, ReadOutcome } from '../types.js';
import { readFeed } from './feed.js';
import { readArticlePage } from './html.js';
import { readJsonl } from './jsonl.js';
import { readTextFile } from './text-file.js';

export type InputKind = 'text' | 'jsonl' | 'feed' | 'html';

export type InputItem =
  /** A local file; `path` is absolute, `input` is how the user (or the directory walk) named it. */
  | { source: 'file'; kind: InputKind; path: string; input: string }
  /** An http(s) URL, classified after fetching; `input` is the URL without credentials or query. */
  | { source: 'url'; url: string; input: string };

export interface InputPlan {
  items: InputItem[];
  failures: ReadOutcome[];
  /** Files inside named directories skipped because their extension is not one we read. */
  skipped: number;
}

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.html': 'html',
  '.htm': 'html',
};

export function kindForPath(path: string): InputKind | null {
  return KIND_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export async function planInputs(inputs: string[]): Promise<InputPlan> {
  const plan: InputPlan = { items: [], failures: [], skipped: 0 };
  // Real paths already planned: stops symlink loops and reading one file twice via two names.
  const seen = new Set<string>();
  const fail = (input: string, reason: string): void => {
    plan.failures.push({ ok: false, input, reason });
  };

  for (const raw of inputs) {
    let path: string;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        fail(redactUrl(raw), 'not a valid URL');
        continue;
      }
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        plan.items.push({ source: 'url', url: raw, input: redactUrl(url) });
        continue;
      }
      if (url.protocol !== 'file:') {
        fail(redactUrl(url), `unsupported URL scheme ${url.protocol} (only http, https and local files)`);
        continue;
      }
      path = fileURLToPath(url);
    } else {
      path = resolve(raw);
    }

    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      fail(raw, fileError(error));
      continue;
    }
    if (info.isDirectory()) {
      await walkDirectory(path, raw, plan, seen);
    } else if (info.isFile()) {
      const kind = kindForPath(path);
      if (kind === null) {
        fail(raw, `unsupported file type ${extname(path) || '(no extension)'} (expected .txt, .md, .jsonl, .xml, .rss, .atom, .rdf or .html)`);
        continue;
      }
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      plan.items.push({ source: 'file', kind, path, input: raw });
    } else {
      fail(raw, 'not a regular file or directory');
    }
  }
  return plan;
}

/** Depth-first, entries sorted by name so runs are reproducible; dotfiles and dot-directories are skipped. */
async function walkDirectory(dir: string, shown: string, plan: InputPlan, seen: Set<string>): Promise<void> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    plan.failures.push({ ok: false, input: shown, reason: fileError(error) });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);

  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const name = join(shown, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        plan.failures.push({ ok: false, input: name, reason: `broken symbolic link (${fileError(error)})` });
        continue;
      }
    }
    if (isDirectory) {
      await walkDirectory(path, name, plan, seen);
    } else if (isFile) {
      const kind = kindForPath(path);
      if (kind === null) {
        plan.skipped += 1;
        continue;
      }
      const realFile = await realpath(path);
      if (seen.has(realFile)) continue;
      seen.add(realFile);
      plan.items.push({ source: 'file', kind, path, input: name });
    }
  }
}

function fileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(error);
}

/**
 * Failures are shown as `${input}: ${reason}`, while the readers' errors name their input themselves
 * (they are also logged on their own); the name is taken out of the reason so it is not said twice.
 */
export function reasonFor(error: unknown, input: string): string {
  const message = errorMessage(error);
  if (message.startsWith(`${input}: `)) return message.slice(input.length + 2);
  return message.replace(`: ${input}`, '').replace(` in ${input}`, '');
}

/** Reads one planned item. Never throws for a bad input: every problem becomes a failure outcome. */
export async function* readItem(item: InputItem, options: ReadOptions): AsyncGenerator<ReadOutcome> {
  try {
    if (item.source === 'url') {
      yield* readUrl(item.url, item.input, options);
      return;
    }
    const url = pathToFileURL(item.path).href;
    switch (item.kind) {
      case 'jsonl':
        yield* readJsonl(item.path, item.input);
        return;
      case 'text':
        yield { ok: true, draft: await readTextFile(item.path), input: item.input };
        return;
      case 'feed':
        yield* readFeed(await readFile(item.path), { url, input: item.input }).outcomes;
        return;
      case 'html':
        yield { ok: true, draft: readArticlePage(await readFile(item.path), { url, input: item.input }), input: item.input };
        return;
    }
  } catch (error) {
    yield { ok: false, input: item.input, reason: reasonFor(error, item.input) };
  }
}

async function* readUrl(url: string, input: string, options: ReadOptions): AsyncGenerator<ReadOutcome> {
  const fetched = await safeFetch(url, options);
  const kind = sniffKind(fetched.contentType, fetched.body);
  const source = { url: fetched.url, input, contentType: fetched.contentType };
  if (kind === 'feed') {
    yield* readFeed(fetched.body, source).outcomes;
  } else if (kind === 'html') {
    yield { ok: true, draft: readArticlePage(fetched.body, source), input };
  } else {
    yield { ok: false, input, reason: `unsupported content type ${fetched.contentType ?? ''} (expected a feed or an HTML page)` };
  }
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+xml']);

/**
 * 'feed' or 'html' for fetched bytes, or null for something we cannot read (a PDF, an image…).
 * The first element wins over a generic Content-Type: feeds served as text/html or text/plain are common.
 */
export function sniffKind(contentType: string | null, body: Buffer): InputKind | null {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (FEED_TYPES.has(mime)) return 'feed';
  const head = body
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/<!--[\s\S]*?(-->|$)/g, '');
  const root = /<([a-z][\w.:-]*)/i.exec(head)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (mime === '' || mime.startsWith('text/') || mime === 'application/xhtml+xml' || mime === 'application/xml' || mime.endsWith('+xml')) {
    return 'html';
  }
  return null;
}
