/** Calls to a running playground over real HTTP, as its page makes them. */
import { request as httpRequest } from 'node:http';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Rendered {
  kind: string;
  slack: Array<{ text: string; blocks: Array<Record<string, unknown>> }>;
  teams: Array<Record<string, unknown> & { rtl?: boolean; body: unknown[] }>;
}

export async function call<T = Record<string, unknown>>(base: string, path: string, options: { method?: string; json?: unknown; headers?: Record<string, string>; raw?: string } = {}): Promise<Answer<T>> {
  const method = options.method ?? (options.json !== undefined || options.raw !== undefined ? 'POST' : 'GET');
  const body = options.raw ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined);
  const headers = { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers };
  const response = await fetch(`${base}${path}`, { method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (a page, a script): kept as text
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

/** A request whose path is sent exactly as written (fetch would resolve "/../" before sending). */
export function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every Block Kit button (and overflow option) with its action id and value. */
export function slackButtons(rendered: Rendered): Array<{ actionId: string; value: string; text: string }> {
  const found: Array<{ actionId: string; value: string; text: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'button' && typeof record.action_id === 'string') {
      found.push({ actionId: record.action_id, value: String(record.value ?? ''), text: String((record.text as { text?: string } | undefined)?.text ?? '') });
    }
    Object.values(record).forEach(walk);
  };
  walk(rendered.slack);
  return found;
}

/** Every Action.Submit of the Teams cards with its title and data. */
export function cardSubmits(rendered: Rendered): Array<{ title: string; data: Record<string, unknown> }> {
  const found: Array<{ title: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Submit' && record.data && typeof record.data === 'object') found.push({ title: String(record.title ?? ''), data: record.data as Record<string, unknown> });
    Object.values(record).forEach(walk);
  };
  walk(rendered.teams);
  return found;
}

export const slackText = (rendered: Rendered): string => JSON.stringify(rendered.slack);
export const teamsText = (rendered: Rendered): string => JSON.stringify(rendered.teams);
