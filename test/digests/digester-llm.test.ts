/**
 * Briefs with model-written summaries: the digest engine against a local fake OpenAI-compatible
 * endpoint. The model's summary replaces the extractive one and is flagged; the prompt and output
 * are stored with the compiled digest; a failing endpoint leaves the outlet's own sentences.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderBriefMarkdown } from '../../digests/brief/render-markdown.js';
import { createDigester } from '../../digests/compile/digester.js';
import { parsePeriod } from '../../digests/compile/period.js';
import { createLlmSummariser, type LlmAudit } from '../../digests/summarise/llm-summariser.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { findCompiledSummary } from '../../src/storage/compiled-summary.repository.js';
import { samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const API_KEY = 'sk-digest-test-0c9d7e';
const CAIRO_WEEK = parsePeriod('2026-11-09', '2026-11-15');

describe('briefs with summaries written by a language model', () => {
  let database: TestDatabase;
  let engine: Engine;
  let server: http.Server;
  let baseUrl: string;
  let failing = false;
  const prompts: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        prompts.push(body);
        if (failing) {
          response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model overloaded"}}');
          return;
        }
        const arabic = body.includes('Arabic');
        const content = arabic ? 'عقد اجتماع لعملية الخرطوم في القاهرة لبحث مكافحة تهريب المهاجرين.' : 'Officials met in Cairo under the Khartoum Process to discuss migrant smuggling.';
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    database = tempSqlite();
    engine = await testEngine(database.target);
    await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
  }, 60_000);
  afterAll(async () => {
    if (engine) await closeEngine(engine);
    await database?.drop();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });
  beforeEach(() => {
    prompts.length = 0;
    failing = false;
  });

  const llm = () => createLlmSummariser({ baseUrl, apiKey: API_KEY, model: 'test-model', timeoutMs: 5_000 });

  it('uses the model summary, flags it, and stores the prompt and output for audit', async () => {
    const brief = await createDigester(engine, { llm: llm() }).brief({ period: CAIRO_WEEK, topics: ['process:khartoum'], lang: 'en' });
    const story = brief.sections[0]!.stories[0]!;
    expect(story.summary).toBe('Officials met in Cairo under the Khartoum Process to discuss migrant smuggling.');
    expect(story.summaryBy).toBe('model');
    // The model saw both reports of the story, Arabic and English.
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.join('\n')).toContain(story.articles[1]!.title.slice(0, 20));
    expect(renderBriefMarkdown(brief)).toContain('_Summary written by a language model from the reports below; check the sources._');

    const row = await findCompiledSummary(engine.store.db, { scope: 'process:khartoum', periodStart: CAIRO_WEEK.from, periodEnd: CAIRO_WEEK.to, lang: 'en' });
    const audits = JSON.parse(row?.audit ?? '[]') as LlmAudit[];
    expect(audits.map((a) => a.output)).toContain(story.summary);
    expect(audits[0]!.model).toBe('test-model');
    expect(audits[0]!.messages.length).toBeGreaterThan(0);
    expect(row?.audit).not.toContain(API_KEY);
  });

  it('asks in the brief language', async () => {
    const brief = await createDigester(engine, { llm: llm() }).brief({ period: CAIRO_WEEK, topics: ['process:khartoum'], lang: 'ar' });
    expect(brief.sections[0]!.stories[0]!.summary).toBe('عقد اجتماع لعملية الخرطوم في القاهرة لبحث مكافحة تهريب المهاجرين.');
  });

  it('keeps the extractive summary when the endpoint fails', async () => {
    failing = true;
    const period = parsePeriod('2026-11-16', '2026-11-22');
    const withoutModel = await createDigester(engine).brief({ period, topics: ['libya'], lang: 'en' });
    await engine.store.db.deleteFrom('compiled_summaries').execute();
    const brief = await createDigester(engine, { llm: llm() }).brief({ period, topics: ['libya'], lang: 'en' });
    expect(prompts.length).toBeGreaterThan(0);
    expect(brief.sections[0]!.stories.map((s) => s.summary)).toEqual(withoutModel.sections[0]!.stories.map((s) => s.summary));
    expect(brief.sections[0]!.stories.every((s) => s.summaryBy === undefined)).toBe(true);
    const row = await findCompiledSummary(engine.store.db, { scope: 'country:LY', periodStart: period.from, periodEnd: period.to, lang: 'en' });
    const audits = JSON.parse(row?.audit ?? '[]') as LlmAudit[];
    expect(audits[0]!.error).toContain('HTTP 500');
  });
});
