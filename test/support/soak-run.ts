/**
 * One soak of the real `mawjaz serve` on loopback, shared by the soak test and `npm run bench`: local
 * fakes for Slack (Web API and response_url) and the Teams Bot Connector, the server started against
 * them on a given database, sustained chat traffic at a fixed rate, and — part-way through — subscribers
 * whose weekly brief is due written into the database, so the server's scheduler fans their briefs out
 * while the traffic goes on. It measures what users see and the server's memory; the caller judges.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { type CpuHog, cpuSeconds, startCpuHog } from './cpu-hog.js';
import { FakeBotConnector } from './fake-bot-connector.js';
import { FakeSite } from './fake-site.js';
import { FakeSlack, startServer } from './fake-slack.js';
import { connectHeapProbe, INSPECT_OPTION } from './heap-probe.js';
import { parseExposition, type Series, valueOf } from './prometheus-text.js';
import { medianBetween, rssMiB, type RssSample, sampleRss, slopeMiBPerMinute } from './rss-sampler.js';
import { type SeededTarget, seedInChild } from './soak-seed.js';
import { writeSoakFeedInChild } from './soak-feed.js';
import { isBriefFirstPage, SOAK_SIGNING_SECRET, SoakTraffic, type Timing, type TrafficError } from './soak-traffic.js';

export interface SoakOptions {
  /** SQLite file or postgres:// URL the server runs on (articles already ingested). */
  db: string;
  perSecond: number;
  /** When the due subscribers are written, in seconds after the traffic starts. */
  seedAt: number;
  /**
   * Warm-up ends this many seconds after the traffic starts or when every seeded brief has arrived,
   * whichever is later (the week's digests are compiled by then); the steady part follows.
   */
  minWarmUp: number;
  /** How long the traffic goes on after warm-up: memory is compared across it. */
  steadySeconds: number;
  /** Give up waiting for the fan-out after this long (its briefs then count as missing). */
  fanOutTimeout: number;
  fanOut: { slack: number; teams: number };
  people: { slack: number; teams: number };
  /** The server's MAWJAZ_SCHEDULER_SECONDS. */
  schedulerSeconds: number;
  /** A process keeping one core busy beside the server from before the traffic to the end. */
  hog?: boolean;
  /** A feed of this many new articles, added when the briefs are seeded: the server ingests it during the fan-out. */
  feedItems?: number;
}

/** What the fan-out cost the server, from seeding to the last brief's first page. */
export interface FanOutLoad {
  /** The server's event-loop delay (prom-client's monitorEventLoopDelay, reset when seeding starts), in ms. */
  eventLoop: { p50: number; p99: number; max: number };
  /** The server did not answer /metrics at the fan-out's end: `eventLoop` covers seeding to the soak's end. */
  eventLoopToEnd: boolean;
  /** Seconds the scrape at the fan-out's end took (a blocked server answers late or not at all). */
  scrapedAfterFanOut: number;
  /** CPU seconds the server (all its threads) and the hog used, over `wallSeconds`. */
  serverCpuSeconds: number;
  hogCpuSeconds: number | null;
  wallSeconds: number;
  /** 1-minute load average at seeding and at the fan-out's end. */
  loadStart: number;
  loadEnd: number;
  /** Articles of the soak feed stored by the fan-out's end, and by the end of the soak. */
  feedIngestedDuring: number;
  feedIngested: number;
  feedItems: number;
}

export interface FanOutResult {
  seeded: number;
  /** Seeded conversations that received their brief. */
  delivered: number;
  /** Seeded conversations that received the first page of a brief more than once. */
  duplicated: string[];
  /** Seeded conversations whose brief never arrived. */
  missing: string[];
  /** Seeded conversations that got more (or fewer) pages than their brief has. */
  pageMismatch: string[];
  messages: number;
  seedingSeconds: number;
  /** From the start of seeding to the last brief's first page. */
  seconds: number;
  /** Date.now() at the start of seeding and at the last brief's first page: requests in between met the fan-out. */
  fromWall: number;
  toWall: number;
}

export interface MemoryResult {
  /** Medians of the 1 s RSS samples: before traffic, just after warm-up, the last seconds of traffic. */
  startMiB: number;
  warmMiB: number;
  lateMiB: number;
  peakMiB: number;
  /** Least-squares slope of RSS over the second half of the traffic. */
  slopeSecondHalf: number;
  /** V8 heap in use after a full collection, at the same three moments. */
  heapMiB: { start: number; warm: number; end: number };
  /** RSS right after those collections: what the process holds on to, without garbage not yet collected. */
  rssAfterGcMiB: { start: number; warm: number; end: number };
}

export interface SoakResult {
  requests: Map<string, number>;
  timings: Timing[];
  errors: TrafficError[];
  skipped: number;
  /** People whose list at the end is not what their answered follows and unfollows add up to. */
  wrongLists: Array<{ person: string; expected: string[]; listed: string }>;
  /** People not checked: a follow or unfollow of theirs went unanswered. */
  unverifiable: number;
  fanOut: FanOutResult;
  /** Error or fatal lines the server logged. */
  serverErrors: string[];
  rss: RssSample[];
  memory: MemoryResult;
  /** Seconds after the traffic started: when warm-up ended, and when the traffic stopped. */
  warmAt: number;
  seconds: number;
  pid: number;
  /** GET /metrics at the end, as Prometheus would read it. */
  metrics: string;
  load: FanOutLoad;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Per seeded conversation: its brief arrived once, with all its pages and no more. */
function judgeFanOut(seeded: readonly SeededTarget[], posted: SoakTraffic['posted'], seedStart: number, seedingSeconds: number): FanOutResult {
  const result: FanOutResult = { seeded: seeded.length, delivered: 0, duplicated: [], missing: [], pageMismatch: [], messages: 0, seedingSeconds, seconds: NaN, fromWall: seedStart, toWall: NaN };
  let last = 0;
  for (const { destination } of seeded) {
    const messages = posted.get(destination) ?? [];
    const firsts = messages.filter((m) => isBriefFirstPage(m.text));
    result.messages += messages.length;
    if (firsts.length === 0) {
      result.missing.push(destination);
      continue;
    }
    result.delivered += 1;
    if (firsts.length > 1) result.duplicated.push(destination);
    // A brief of n pages marks its later ones "(2/n)"; a one-page brief has no marker.
    const pages = Math.max(1, ...messages.map((m) => Number(/ \(\d+\/(\d+)\)/.exec(m.text)?.[1] ?? 1)));
    if (messages.length !== pages * firsts.length) result.pageMismatch.push(`${destination}: ${messages.length} messages for ${firsts.length} brief(s) of ${pages} page(s)`);
    last = Math.max(last, ...firsts.map((m) => m.at));
  }
  result.seconds = last > 0 ? (last - seedStart) / 1000 : NaN;
  result.toWall = last > 0 ? last : NaN;
  return result;
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const slack = new FakeSlack();
  const connector = new FakeBotConnector();
  // Each person's DM is its own channel, as on Slack (the deliverer paces posts per channel).
  slack.answers.set('/api/conversations.open', (body) => ({ ok: true, channel: { id: `D${new URLSearchParams(body).get('users') ?? 'X'}` } }));
  const slackUrl = await slack.start();
  await connector.start();
  const site = new FakeSite();
  await site.start();
  const feedFile = join(os.tmpdir(), `mawjaz-soak-feed-${process.pid}-${Date.now()}.xml`);

  const server = await startServer(options.db, {
    SLACK_SIGNING_SECRET: SOAK_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-soak-token',
    SLACK_API_URL: `${slackUrl}/api/`,
    MAWJAZ_SCHEDULER_SECONDS: String(options.schedulerSeconds),
    // Teams without credentials: its messages come from, and its briefs go to, this machine.
    MAWJAZ_TEAMS_EMULATOR: '1',
    NODE_OPTIONS: INSPECT_OPTION,
  });
  const pid = server.child.pid ?? -1;
  const probe = await connectHeapProbe(server.output());
  /** Heap after a full collection, and RSS right after it. */
  const collected = async (): Promise<{ heap: number; rss: number }> => ({ heap: await probe.usedAfterGcMiB(), rss: rssMiB(pid) ?? NaN });
  const sampler = sampleRss(pid);
  const traffic = new SoakTraffic(server.url, slack, connector, options.people);
  // Started once the server is up (inside the try, so that it is always stopped).
  let hog: CpuHog | null = null;
  try {
    if (options.hog === true) hog = startCpuHog();
    const atStart = await collected();
    await sleep(2_000);
    const started = sampler.elapsed();
    const since = (): number => sampler.elapsed() - started;
    let stopAt = Infinity;
    const running = traffic.run(options.perSecond, () => since() >= stopAt);

    await sleep(options.seedAt * 1000);
    /**
     * GET /metrics; a server too busy to accept the connection (its listen backlog full behind a blocked
     * event loop) is tried again, for a minute at most, after which null says it did not answer.
     */
    const scrapeText = async (): Promise<string | null> => {
      for (let attempt = 1; attempt <= 6; attempt++) {
        try {
          return await (await fetch(`${server.url}/metrics`)).text();
        } catch {
          // connect timeout: try again
        }
      }
      return null;
    };
    const scrape = async (): Promise<Series[] | null> => {
      const text = await scrapeText();
      return text === null ? null : parseExposition(text);
    };
    const feedIngested = (series: readonly Series[] | null): number => (series === null ? NaN : (valueOf(series, 'mawjaz_ingested_articles_total', { result: 'stored' }) ?? 0));
    // The feed is written before the window opens, so that the driver's own work stays out of it.
    const feedItems = (options.feedItems ?? 0) > 0 ? await writeSoakFeedInChild(options.db, options.feedItems ?? 0, feedFile, site.url) : 0;
    if (feedItems > 0) site.body = readFileSync(feedFile, 'utf8');
    const ingestedBefore = feedIngested(await scrape()); // also resets the server's event-loop histogram
    const cpuAtSeed = { server: cpuSeconds(pid), hog: hog ? cpuSeconds(hog.pid) : NaN, load: os.loadavg()[0] ?? NaN };
    const seedStart = Date.now();
    const seeded = await seedInChild(options.db, options.fanOut, connector.url);
    const seedingSeconds = (Date.now() - seedStart) / 1000;
    const arrived = (): boolean => seeded.every(({ destination }) => (traffic.posted.get(destination) ?? []).some((m) => isBriefFirstPage(m.text)));
    while (!arrived() && since() < options.seedAt + options.fanOutTimeout) await sleep(250);
    const fanOutEnd = Date.now();
    const atFanOutEnd = await scrape();
    const scrapedAfterFanOut = (Date.now() - fanOutEnd) / 1000;
    // Unanswered at the fan-out's end: the figures come from the next scrape that is answered (window noted).
    let eventLoopFrom = atFanOutEnd;
    const seconds = (name: string): number => (eventLoopFrom === null ? NaN : (valueOf(eventLoopFrom, name) ?? NaN)) * 1000;
    const eventLoop = () => ({ p50: seconds('nodejs_eventloop_lag_p50_seconds'), p99: seconds('nodejs_eventloop_lag_p99_seconds'), max: seconds('nodejs_eventloop_lag_max_seconds') });
    const load: FanOutLoad = {
      scrapedAfterFanOut,
      eventLoop: eventLoop(),
      eventLoopToEnd: false,
      serverCpuSeconds: cpuSeconds(pid) - cpuAtSeed.server,
      hogCpuSeconds: hog ? cpuSeconds(hog.pid) - cpuAtSeed.hog : null,
      wallSeconds: (Date.now() - seedStart) / 1000,
      loadStart: cpuAtSeed.load,
      loadEnd: os.loadavg()[0] ?? NaN,
      feedIngestedDuring: feedIngested(atFanOutEnd) - ingestedBefore,
      feedIngested: NaN,
      feedItems,
    };
    while (since() < options.minWarmUp) await sleep(250);
    const warmAt = since();
    const atWarm = await collected();
    stopAt = warmAt + options.steadySeconds;

    await running;
    const trafficEnd = since();
    const atEnd = await collected();
    const wrongLists = await traffic.verifyFollows();
    // Let the scheduler tick a few more times: a brief sent twice would show up now.
    await sleep(options.schedulerSeconds * 3000);
    traffic.stop();
    const metrics = (await scrapeText()) ?? '';
    const seriesAtEnd = metrics === '' ? null : parseExposition(metrics);
    load.feedIngested = feedIngested(seriesAtEnd) - ingestedBefore;
    if (atFanOutEnd === null) {
      eventLoopFrom = seriesAtEnd;
      load.eventLoop = eventLoop();
      load.eventLoopToEnd = true;
    }

    const samples = sampler.samples.map((s) => ({ t: s.t - started, mib: s.mib }));
    return {
      requests: traffic.requests,
      timings: traffic.timings,
      errors: traffic.errors,
      skipped: traffic.skipped,
      wrongLists,
      unverifiable: traffic.unverifiable,
      fanOut: judgeFanOut(seeded, traffic.posted, seedStart, seedingSeconds),
      serverErrors: server
        .output()
        .split('\n')
        .filter((line) => /"level":(50|60)/.test(line)),
      rss: samples,
      memory: {
        startMiB: medianBetween(samples, -Infinity, 0),
        // Both windows end where a forced collection is made, so neither is flattered by it.
        warmMiB: medianBetween(samples, warmAt - 4, warmAt),
        lateMiB: medianBetween(samples, stopAt - 4, trafficEnd),
        peakMiB: Math.max(...samples.map((s) => s.mib)),
        slopeSecondHalf: slopeMiBPerMinute(samples, trafficEnd / 2, trafficEnd),
        heapMiB: { start: atStart.heap, warm: atWarm.heap, end: atEnd.heap },
        rssAfterGcMiB: { start: atStart.rss, warm: atWarm.rss, end: atEnd.rss },
      },
      warmAt,
      seconds: trafficEnd,
      pid,
      metrics,
      load,
    };
  } finally {
    traffic.stop();
    sampler.stop();
    probe.close();
    await server.stop();
    await hog?.stop();
    await site.stop();
    rmSync(feedFile, { force: true });
    await connector.stop();
    await slack.stop();
  }
}
