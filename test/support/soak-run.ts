/**
 * One soak of the real `mawjaz serve` on loopback, shared by the soak test and `npm run bench`: local
 * fakes for Slack (Web API and response_url) and the Teams Bot Connector, the server started against
 * them on a given database, sustained chat traffic at a fixed rate, and — part-way through — subscribers
 * whose weekly brief is due written into the database, so the server's scheduler fans their briefs out
 * while the traffic goes on. It measures what users see and the server's memory; the caller judges.
 */
import { FakeBotConnector } from './fake-bot-connector.js';
import { FakeSlack, startServer } from './fake-slack.js';
import { connectHeapProbe, INSPECT_OPTION } from './heap-probe.js';
import { medianBetween, rssMiB, type RssSample, sampleRss, slopeMiBPerMinute } from './rss-sampler.js';
import { type SeededTarget, seedInChild } from './soak-seed.js';
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
  try {
    const atStart = await collected();
    await sleep(2_000);
    const started = sampler.elapsed();
    const since = (): number => sampler.elapsed() - started;
    let stopAt = Infinity;
    const running = traffic.run(options.perSecond, () => since() >= stopAt);

    await sleep(options.seedAt * 1000);
    const seedStart = Date.now();
    const seeded = await seedInChild(options.db, options.fanOut, connector.url);
    const seedingSeconds = (Date.now() - seedStart) / 1000;
    const arrived = (): boolean => seeded.every(({ destination }) => (traffic.posted.get(destination) ?? []).some((m) => isBriefFirstPage(m.text)));
    while (since() < options.minWarmUp || (!arrived() && since() < options.seedAt + options.fanOutTimeout)) await sleep(250);
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
    const metrics = await (await fetch(`${server.url}/metrics`)).text();

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
    };
  } finally {
    traffic.stop();
    sampler.stop();
    probe.close();
    await server.stop();
    await connector.stop();
    await slack.stop();
  }
}
