import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { readJsonl } from '../../../src/ingest/readers/jsonl.js';
import type { ReadOutcome } from '../../../src/ingest/types.js';

const fixture = join(import.meta.dirname, '../../fixtures/ingest/articles.jsonl');
const scratch = mkdtempSync(join(tmpdir(), 'mawjaz-jsonl-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function collect(path: string, input: string): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readJsonl(path, input)) outcomes.push(outcome);
  return outcomes;
}

function write(name: string, lines: string[]): string {
  const path = join(scratch, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('readJsonl on the fixture', () => {
  it('reads the good lines, skips the blank one and names the bad one by file:line with the zod issue', async () => {
    const outcomes = await collect(fixture, 'articles.jsonl');
    expect(outcomes.map((o) => o.input)).toEqual(['articles.jsonl:1', 'articles.jsonl:2', 'articles.jsonl:4', 'articles.jsonl:5']);
    expect(outcomes[2]).toEqual({ ok: false, input: 'articles.jsonl:4', reason: 'text: expected string' });
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
  });

  it('maps fields, normalising lang and published', async () => {
    const [first, second, , fourth] = await collect(fixture, 'articles.jsonl');
    expect(first).toMatchObject({
      ok: true,
      draft: {
        url: 'https://news.example.org/en/italy-libya-mou',
        title: 'Italy and Libya renew migration memorandum',
        published: '2023-02-02T10:00:00Z',
        lang: 'en',
        source: 'Example Wire',
      },
    });
    expect(second).toMatchObject({
      ok: true,
      draft: { url: `${pathToFileURL(fixture).href}#L2`, title: 'مفوضية اللاجئين تطلق نداءً عاجلاً', published: '2023-05-10', lang: 'ar' },
    });
    expect(second?.ok && second.draft.source).toBeUndefined();
    expect(fourth).toMatchObject({
      ok: true,
      draft: { published: '2023-01-16T08:00:00Z', lang: 'en', text: 'The agency recorded 330,000 irregular border crossings in 2022.\n\nMost were on the Western Balkans route.' },
    });
  });
});

describe('readJsonl failures', () => {
  it.each([
    ['{"text": "body"}', 'title: required'],
    ['{"title": "t"}', 'text: required'],
    ['{"title": "  ", "text": "body"}', 'title: empty'],
    ['{"title": 7, "text": 8}', 'title: expected string; text: expected string'],
    ['{"title": "t", "text": "b", "url": "/relative"}', 'url: not an absolute URL'],
    ['{"title": "t", "text": "b", "lang": 3}', 'lang: expected string'],
    ['["title", "text"]', 'expected a JSON object'],
    ['{"title": "t", "text": ', 'invalid JSON'],
  ])('%s → %s', async (line, reason) => {
    const path = write('bad.jsonl', [line]);
    const [outcome] = await collect(path, 'bad.jsonl');
    expect(outcome?.ok).toBe(false);
    expect(outcome?.input).toBe('bad.jsonl:1');
    expect(outcome?.ok === false && outcome.reason).toContain(reason);
  });

  it('keeps the article and drops an unreadable date; accepts null url and extra keys (corpus rows)', async () => {
    const path = write('loose.jsonl', [
      '{"id": "x:1", "title": "t", "text": "b", "published": "sometime soon", "url": null, "topic": "migration"}',
    ]);
    const [outcome] = await collect(path, 'loose.jsonl');
    expect(outcome).toEqual({
      ok: true,
      input: 'loose.jsonl:1',
      draft: { url: `${pathToFileURL(path).href}#L1`, title: 't', text: 'b', published: null },
    });
  });

  it('handles a BOM and CRLF line ends', async () => {
    const path = join(scratch, 'crlf.jsonl');
    writeFileSync(path, '\uFEFF{"title": "a", "text": "b"}\r\n{"title": "c", "text": "d"}\r\n');
    const outcomes = await collect(path, 'crlf.jsonl');
    expect(outcomes.map((o) => o.ok && o.draft.title)).toEqual(['a', 'c']);
  });
});

describe('readJsonl at scale', () => {
  it('streams 100,000 lines, one of them bad', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 100_000; i += 1) {
      lines.push(i === 54_321 ? '{"title": "broken"}' : JSON.stringify({ title: `Article ${i}`, text: `Body of article ${i}.` }));
    }
    const path = write('big.jsonl', lines);
    let ok = 0;
    const failures: ReadOutcome[] = [];
    for await (const outcome of readJsonl(path, 'big.jsonl')) {
      if (outcome.ok) ok += 1;
      else failures.push(outcome);
    }
    expect(ok).toBe(99_999);
    expect(failures).toEqual([{ ok: false, input: 'big.jsonl:54321', reason: 'text: required' }]);
  });
});
