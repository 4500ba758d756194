/**
 * A bounded soak of the real `mawjaz serve` on loopback (the long one, with figures, is in
 * `npm run bench`): signed Slack slash commands and Follow/Unfollow clicks, Teams messages and card
 * clicks, sent at a steady rate while the server's scheduler fans out the weekly briefs of a few
 * hundred subscribers who fell due a minute ago. Users must see every request answered, every click
 * applied, every brief once — and the server must not grow while it works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { parseExposition, valueOf } from '../support/prometheus-text.js';
import { runSoak, type SoakResult } from '../support/soak-run.js';

describe('the server under sustained chat traffic during a brief fan-out', () => {
  let database: TestDatabase;
  let soak: SoakResult;

  beforeAll(async () => {
    database = tempSqlite();
    expect((await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress'])).code).toBe(0);
    soak = await runSoak({
      db: database.target,
      perSecond: 15,
      seedAt: 1,
      minWarmUp: 6,
      steadySeconds: 12,
      fanOutTimeout: 40,
      fanOut: { slack: 150, teams: 90 },
      people: { slack: 40, teams: 25 },
      schedulerSeconds: 1,
    });
  }, 90_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('answers every request: HTTP 200, and a reply at the response_url or in the Teams chat', () => {
    const total = [...soak.requests.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(200);
    expect(soak.errors).toEqual([]);
    expect(soak.serverErrors).toEqual([]);
    // Every kind of request was part of the mix, on both platforms.
    expect([...soak.requests.keys()].sort()).toEqual(
      expect.arrayContaining(['slack /migration <topic>', 'slack /migration follow', 'slack /migration unfollow', 'slack /migration list', 'slack click Follow', 'slack click Unfollow', 'teams message <topic>', 'teams message follow', 'teams message unfollow', 'teams click Follow', 'teams click Unfollow']),
    );
  });

  it('applies every follow and unfollow: each person\'s list shows exactly what they chose last', () => {
    expect(soak.requests.get('slack final list')).toBeGreaterThan(0);
    expect(soak.requests.get('teams final list')).toBeGreaterThan(0);
    expect(soak.unverifiable).toBe(0);
    expect(soak.wrongLists).toEqual([]);
  });

  it('delivers every due brief exactly once, whole, while the traffic goes on', () => {
    expect(soak.fanOut.seeded).toBe(240);
    expect(soak.fanOut.missing).toEqual([]);
    expect(soak.fanOut.duplicated).toEqual([]);
    expect(soak.fanOut.pageMismatch).toEqual([]);
    expect(soak.fanOut.delivered).toBe(240);
  });

  it('does not grow in memory once warm', () => {
    // Compared right after a full collection (forced through the inspector) at the end of warm-up — the
    // week's digests compiled, the fan-out done — and when the steady traffic stops, so garbage not yet
    // collected (tens of MiB either way in RSS samples taken as it runs) is not mistaken for growth.
    // The live heap moved by under 1 MiB across 180 steady requests in trial runs; 16 MiB is caught by a
    // leak of ~90 KiB per request (a kept reply, a listener per request, an unbounded map). RSS also
    // carries pages V8 and malloc keep for reuse (+4 to +24 MiB in trial runs); 64 MiB is for native leaks
    // (an unclosed statement or socket per request) of ~350 KiB or more per request. The bench reports
    // the RSS slope over a longer run.
    const { heapMiB, rssAfterGcMiB } = soak.memory;
    expect(soak.rss.length).toBeGreaterThan(15);
    expect(heapMiB.end - heapMiB.warm).toBeLessThan(16);
    expect(rssAfterGcMiB.end - rssAfterGcMiB.warm).toBeLessThan(64);
  });

  it('shows operators the traffic on /metrics: commands and clicks by platform, and each brief sent once', () => {
    const series = parseExposition(soak.metrics);
    for (const platform of ['slack', 'teams']) {
      for (const kind of ['command', 'click']) {
        expect(valueOf(series, 'mawjaz_command_duration_seconds_count', { platform, kind, outcome: 'ok' }), `${platform} ${kind}`).toBeGreaterThan(0);
      }
    }
    expect(valueOf(series, 'mawjaz_delivery_attempts_total', { platform: 'slack', outcome: 'sent' })).toBe(150);
    expect(valueOf(series, 'mawjaz_delivery_attempts_total', { platform: 'teams', outcome: 'sent' })).toBe(90);
    expect(valueOf(series, 'mawjaz_http_request_duration_seconds_count', { method: 'POST', route: '/slack/events', status: '200' })).toBeGreaterThan(100);
    expect(valueOf(series, 'mawjaz_http_request_duration_seconds_count', { method: 'POST', route: '/api/messages', status: '200' })).toBeGreaterThan(50);
  });
});
