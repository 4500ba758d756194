/**
 * The playground's page and its files: GET / is web/index.html, /playground/assets/<file> the files of
 * web/ (copied as they are to dist/ by npm run build), and /playground/assets/vendor/adaptivecards.min.js
 * the official Adaptive Cards renderer, wherever Node resolves the dependency (a clone or an install). Only known file types, only inside web/ (no "..", no encoded slashes, no
 * symlinks out), under a Content-Security-Policy that lets the page run its own scripts and nothing else.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_HEADERS, HttpError } from './playground-http.js';

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = join(here, 'web');
export const ASSETS_PATH = '/playground/assets/';

/** Asset name → the dependency's file, as a module specifier: node_modules is not always beside us. */
const VENDOR: Record<string, string> = {
  'vendor/adaptivecards.min.js': 'adaptivecards/dist/adaptivecards.min.js',
  'vendor/adaptivecards.css': 'adaptivecards/dist/adaptivecards.css',
};
const require = createRequire(import.meta.url);

/** The installed file, or null when the dependency is missing. */
function vendorFile(specifier: string): string | null {
  try {
    return require.resolve(specifier);
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Scripts, styles, images, fonts and API calls from this origin only; no inline script, no framing, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

async function sendFile(res: ServerResponse, path: string, head: boolean): Promise<void> {
  const type = CONTENT_TYPES[extname(path).toLowerCase()];
  if (type === undefined) throw new HttpError(404, 'not a playground file');
  const body = await readFile(path);
  res.writeHead(200, { ...COMMON_HEADERS, 'cache-control': 'no-cache', 'content-type': type, 'content-length': String(body.byteLength), 'content-security-policy': CONTENT_SECURITY_POLICY });
  res.end(head ? undefined : body);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() === true;
}

/** GET /: the page, or 503 naming the missing file (a checkout without the web page). */
export async function serveIndex(res: ServerResponse, head: boolean): Promise<void> {
  const index = join(WEB_DIR, 'index.html');
  if (!(await isFile(index))) throw new HttpError(503, `the playground page is missing: ${index} was not found`);
  await sendFile(res, index, head);
}

/** GET /playground/assets/<name>: a file of web/, or a vendored one. */
export async function serveAsset(res: ServerResponse, rawPath: string, head: boolean): Promise<void> {
  let name: string;
  try {
    name = decodeURIComponent(rawPath.slice(ASSETS_PATH.length));
  } catch {
    throw new HttpError(400, 'the asset path is not valid URL encoding');
  }
  const specifier = VENDOR[name];
  if (specifier !== undefined) {
    const vendored = vendorFile(specifier);
    if (vendored === null || !(await isFile(vendored))) throw new HttpError(503, `${specifier} is missing: install the dependencies (npm install)`);
    return sendFile(res, vendored, head);
  }
  const segments = name.split('/');
  if (name === '' || name.includes('\\') || name.includes('\0') || segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))) {
    throw new HttpError(400, 'asset paths name a file inside the playground folder: no "..", hidden files or empty segments');
  }
  const path = join(WEB_DIR, ...segments);
  if (!(await isFile(path))) throw new HttpError(404, `no playground asset ${name.slice(0, 100)}`);
  // A symlink inside web/ must not lead out of it.
  const real = await realpath(path);
  if (!real.startsWith((await realpath(WEB_DIR)) + sep)) throw new HttpError(404, `no playground asset ${name.slice(0, 100)}`);
  await sendFile(res, real, head);
}
