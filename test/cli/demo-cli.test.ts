/**
 * `mawjaz demo` on a fresh database, by the real clock: it says how far it moved the samples' dates,
 * shows the brief of the Cairo meeting's week where that week now lies, with stories, and a second run
 * keeps the first dates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../digests/compile/period.js';
import { type CliResult, runCli } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';

const movedBy = (result: CliResult): number => Number(/Their dates are moved by (-?\d+) days, so the newest is from yesterday/.exec(result.stdout)?.[1] ?? Number.NaN);

describe('mawjaz demo', () => {
  let database: TestDatabase;
  let first: CliResult;
  beforeAll(async () => {
    database = tempSqlite();
    first = await runCli(['demo', '--db', database.target]);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('moves the samples so the newest (21 November 2026 as written) is yesterday, and briefs the Cairo week where it now is', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Sample articles: \d+ ingested, 0 already there, 0 failed/);
    const days = movedBy(first);
    const today = new Date().toISOString().slice(0, 10);
    expect([addDays(today, -1), addDays(today, -2)]).toContain(addDays('2026-11-21', days));
    expect(first.stdout).toContain(`$ mawjaz digest --from ${addDays('2026-11-09', days)} --to ${addDays('2026-11-15', days)} --topic khartoum`);
    expect(first.stdout).toMatch(/Khartoum Process: [1-9]\d* stor(y|ies)/);
  });

  it('keeps the dates it gave the first time when run again', async () => {
    const again = await runCli(['demo', '--db', database.target]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Sample articles: 0 ingested, \d+ already there, 0 failed/);
    expect(movedBy(again)).toBe(movedBy(first));
  }, 120_000);
});
