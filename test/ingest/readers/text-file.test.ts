import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { InvalidInput } from '../../../src/errors.js';
import { readTextFile } from '../../../src/ingest/readers/text-file.js';

const fixtures = join(import.meta.dirname, '../../fixtures/ingest');
const scratch = mkdtempSync(join(tmpdir(), 'mawjaz-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads a Markdown article with its file:// URL', async () => {
    const path = join(fixtures, 'arabic-article.md');
    const draft = await readTextFile(path);
    expect(draft.url).toBe(pathToFileURL(path).href);
    expect(draft.title).toBe('ليبيا: إنقاذ مئة وعشرين مهاجراً قبالة سواحل زوارة');
    expect(draft.text).toContain('قال الهلال الأحمر الليبي');
    expect(draft.text.split('\n\n').length).toBeGreaterThanOrEqual(2);
  });

  it('decodes a windows-1252 text file', async () => {
    const path = join(scratch, 'latin.txt');
    writeFileSync(path, Buffer.from('Réfugiés en Méditerranée\n\nLe HCR a dénombré davantage d’arrivées cette année.', 'latin1'));
    const draft = await readTextFile(path);
    expect(draft.title).toBe('Réfugiés en Méditerranée');
    expect(draft.text).toContain('Le HCR a dénombré');
  });

  it('fails a file with no body', async () => {
    const path = join(scratch, 'empty.txt');
    writeFileSync(path, '   \n');
    await expect(readTextFile(path)).rejects.toBeInstanceOf(InvalidInput);
  });
});
