/**
 * Alerts as a follower sees them, on SQLite and PostgreSQL: held in their quiet hours and released
 * after; two outlets' reports of one event are one line naming both; a later report of a story
 * already alerted sends nothing; a muted outlet's article is skipped. Fixture articles are our own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../digests/brief/brief-model.js';
import { sendPendingAlerts } from '../../src/delivery/alert-sender.js';
import type { AlertItem, BriefDeliverer, DeliveryTarget } from '../../src/delivery/deliverer.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { muteSource } from '../../src/subscriptions/conversation-filters.js';
import { follow, setQuietHours } from '../../src/subscriptions/subscription.service.js';
import type { Target } from '../../src/subscriptions/targets.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

class RecordingPlatform implements BriefDeliverer {
  readonly platform = 'slack';
  readonly alerts: Array<readonly AlertItem[]> = [];
  async deliver(_target: DeliveryTarget, _brief: Brief): Promise<string[]> {
    return [];
  }
  async deliverAlerts(_target: DeliveryTarget, items: readonly AlertItem[]): Promise<string[]> {
    this.alerts.push(items);
    return ['ts'];
  }
}

const interception = (source: string, title: string, published: string, slug: string) => ({
  title,
  source,
  published,
  lang: 'en',
  url: `https://alerts.example/${slug}`,
  text: `The Libyan coast guard intercepted 312 migrants aboard four rubber boats off Zuwara early on Tuesday and returned them to Tripoli, ${source} reported. Officials in Libya said the boats had left the Zuwara shoreline overnight. The 312 people, most from Sudan and Eritrea, were taken to the Abu Salim detention centre, according to the coast guard spokesman in Zuwara.`,
});

const FIRST = [
  interception('Coast Wire', 'Libyan coast guard intercepts 312 migrants off Zuwara', '2026-11-18T08:00:00Z', 'coast-wire/zuwara'),
  interception('Harbour Daily', 'Libya coast guard returns 312 migrants intercepted off Zuwara', '2026-11-18T08:40:00Z', 'harbour-daily/zuwara'),
  {
    title: 'Libya opens a labour registration office for foreign workers in Sabha',
    source: 'Desert Post',
    published: '2026-11-18T09:00:00Z',
    lang: 'en',
    url: 'https://alerts.example/desert-post/sabha-office',
    text: 'The labour ministry in Libya opened an office in Sabha where foreign workers can register for residence cards, the Desert Post learned. Employers in the southern city welcomed the scheme, which the ministry said would cover farm and construction work.',
  },
  {
    title: 'Rights group criticises conditions at a Misrata migrant shelter in Libya',
    source: 'Muted Monitor',
    published: '2026-11-18T09:30:00Z',
    lang: 'en',
    url: 'https://alerts.example/muted-monitor/misrata-shelter',
    text: 'A rights group said conditions at a shelter for migrants in Misrata, Libya, had worsened over the autumn, with overcrowding and too little clean water for the migrant families held there.',
  },
];
const LATER = [interception('Sea Report', 'Coast guard in Libya brings back 312 migrants intercepted near Zuwara', '2026-11-18T13:30:00Z', 'sea-report/zuwara')];

const follower: Target = { platform: 'slack', workspaceId: 'T1', conversationId: 'user:U1', kind: 'user', userId: 'U1' };

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`alerts, one per story (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let now = new Date('2026-11-18T12:00:00Z');
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-alert-stories-'));
    const ingest = async (name: string, articles: readonly object[]): Promise<void> => {
      const path = join(dir, name);
      writeFileSync(path, articles.map((a) => JSON.stringify(a)).join('\n'));
      await ingestInputs(engine, [path], { allowPrivate: false, workers: 0 });
    };
    const statuses = async () =>
      Object.fromEntries((await engine.store.db.selectFrom('alerts').innerJoin('articles', 'articles.id', 'alerts.article_id').select(['articles.url', 'alerts.status']).execute()).map((r) => [r.url.split('/')[3], r.status]));

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target, () => now);
      await follow(engine, follower, 'country:LY', 'alerts', { timeZone: 'Africa/Cairo' });
      await setQuietHours(engine, follower, { start: '13:00', end: '15:00' }); // 14:00 in Cairo at 12:00 UTC
      await ingest('first.jsonl', FIRST);
      await muteSource(engine, follower, 'Muted Monitor');
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('holds alerts in quiet hours, then sends one line per story and skips the muted outlet', async () => {
      const platform = new RecordingPlatform();
      expect(await sendPendingAlerts(engine, [platform])).toEqual({ messages: 0, alerts: 0, held: 1, failed: [] });
      expect(platform.alerts).toEqual([]);

      now = new Date('2026-11-18T13:05:00Z'); // 15:05 in Cairo
      expect(await sendPendingAlerts(engine, [platform])).toEqual({ messages: 1, alerts: 2, held: 0, failed: [] });
      const [items = []] = platform.alerts;
      const zuwara = items.find((i) => i.title.includes('Zuwara'));
      expect(zuwara?.source).toMatch(/^(Coast Wire|Harbour Daily)$/);
      expect(zuwara?.alsoReportedBy).toEqual([zuwara?.source === 'Coast Wire' ? 'Harbour Daily' : 'Coast Wire']);
      expect(items.map((i) => i.source).sort()).toEqual(['Desert Post', zuwara?.source].sort());
      expect(await statuses()).toEqual({ 'coast-wire': 'sent', 'harbour-daily': 'sent', 'desert-post': 'sent', 'muted-monitor': 'skipped' });
    });

    it('sends nothing for a later report of a story already alerted', async () => {
      now = new Date('2026-11-18T14:00:00Z');
      await ingest('later.jsonl', LATER);
      const platform = new RecordingPlatform();
      expect((await statuses())['sea-report']).toBe('pending');
      expect(await sendPendingAlerts(engine, [platform])).toEqual({ messages: 0, alerts: 0, held: 0, failed: [] });
      expect(platform.alerts).toEqual([]);
      expect((await statuses())['sea-report']).toBe('skipped');
    });
  });
}
