/** Posting a long brief to one Slack channel: several messages, in order, paced for Slack's per-channel limit, threaded when asked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefFrame } from '../../support/briefs.js';
import { createSlackDeliverer } from '../../../adapters/slack/slack-delivery.js';
import { parseBrief } from '../../../digests/brief/brief-model.js';
import type { DeliveryTarget } from '../../../src/delivery/deliverer.js';
import { silentLogger } from '../../support/engine.js';
import { FakeSlack } from '../../support/fake-slack.js';

const egypt = { id: 'country:EG', kind: 'country' as const, name: 'Egypt', code: 'EG' };

function longBrief() {
  const stories = Array.from({ length: 50 }, (_, i) => ({
    id: `s${i}`,
    headline: `Story ${i} about border controls on the Sudan frontier`,
    summary: `Summary ${i}.`,
    published: '2026-11-18T09:00:00Z',
    undated: false,
    articles: [{ id: `a${i}`, title: `Story ${i}`, url: `https://news.example/${i}`, source: 'Nile Post', lang: 'en' }],
    sources: ['Nile Post'],
    languages: ['en'],
    countries: [egypt],
    actors: [],
  }));
  return parseBrief({
    ...briefFrame(),
    sections: [{ topic: egypt, stories, count: 50, previousCount: 40, change: 10 }],
    topActors: [],
    topCountries: [],
    stats: { articles: 50, stories: 50, sources: 1, languages: { en: 50 } },
  });
}

const channel = (threads: boolean): DeliveryTarget => ({ platform: 'slack', workspaceId: 'T1', conversationId: 'C0POLICY', kind: 'channel', language: 'en', threads });

describe('posting a long brief to Slack', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = new FakeSlack();
    await slack.start();
  });
  afterAll(async () => slack?.stop());

  it('splits it into messages posted in order, at least the channel interval apart, and threads them when asked', async () => {
    let n = 0;
    slack.answers.set('/api/chat.postMessage', () => ({ ok: true, channel: 'C0POLICY', ts: `1732000000.00${++n}` }));
    const deliverer = createSlackDeliverer({ botToken: 'xoxb-test', apiUrl: `${slack.url}/api/`, perChannelIntervalMs: 150, logger: silentLogger() });
    const ids = await deliverer.deliver(channel(true), longBrief());
    const posts = slack.requests.filter((r) => r.path === '/api/chat.postMessage');
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(posts).toHaveLength(ids.length);
    for (let i = 1; i < posts.length; i++) expect(posts[i]!.at - posts[i - 1]!.at).toBeGreaterThanOrEqual(140);
    const forms = posts.map((p) => new URLSearchParams(p.body));
    expect(forms[0]?.get('thread_ts')).toBeNull();
    expect(forms.slice(1).every((f) => f.get('thread_ts') === ids[0])).toBe(true);
    // Every story is in exactly one message, in order.
    const text = forms.map((f) => f.get('blocks') ?? '').join('');
    const order = [...text.matchAll(/Story (\d+) about/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
