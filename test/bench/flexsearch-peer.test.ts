/**
 * The bench's search peer (bench/flexsearch-peer.ts) indexes the texts it is given and reports how
 * many of the queries it answers: the side-by-side table is only fair if the peer really searched.
 * The articles are written for this test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { PeerFigures } from '../../bench/flexsearch-peer.js';

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-peer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('indexes every article and answers the queries whose words occur, in Arabic, English and French', () => {
  const articles = [
    { title: 'Coast guard rescues forty migrants', text: 'The coast guard brought forty migrants ashore at dawn.' },
    { title: 'خفر السواحل ينقذ مهاجرين', text: 'أنقذ خفر السواحل أربعين مهاجرا قبالة الساحل.' },
    { title: 'Des passeurs interpellés', text: 'La police a interpellé trois passeurs présumés à Calais.' },
  ];
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const queries = join(dir, 'queries.json');
  writeFileSync(queries, JSON.stringify(['coast guard migrants', 'خفر السواحل', 'passeurs Calais', 'Zanzibar']));
  const figures = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', resolve('bench/flexsearch-peer.ts'), corpus, queries, '40'], { encoding: 'utf8' })) as PeerFigures;
  expect(figures.documents).toBe(3);
  expect(figures.distinct).toBe(4);
  expect(figures.answered).toBe(3);
  expect(figures.p99).toBeGreaterThanOrEqual(figures.p50);
  expect(figures.rssMiB).toBeGreaterThan(0);
});
