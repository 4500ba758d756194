/** Teams delivery on our side: the per-conversation pace and hourly cap, and the alert card (checked with the official parser). */
import { describe, expect, it } from 'vitest';
import { renderAlertCard } from '../../../adapters/teams/cards/alert-cards.js';
import { createPacer, HourlyCapReached } from '../../../adapters/teams/pacing.js';
import type { AlertItem } from '../../../src/delivery/deliverer.js';
import { parseCardStrictly } from '../../support/adaptive-cards.js';

describe('Teams pacing', () => {
  it('spaces messages to one conversation, and refuses past the hourly cap until the hour has moved on', async () => {
    let clock = 1_000_000;
    const pacer = createPacer({ perConversationIntervalMs: 0, perConversationPerHour: 3, perTenantIntervalMs: 0 }, () => clock);
    for (let i = 0; i < 3; i++) await pacer.beforeSend('t1', 'c1');
    await expect(pacer.beforeSend('t1', 'c1')).rejects.toThrow(HourlyCapReached);
    // Another conversation has its own budget.
    await pacer.beforeSend('t1', 'c2');
    clock += 3_600_001;
    await expect(pacer.beforeSend('t1', 'c1')).resolves.toBeUndefined();
  });

  it('waits the interval between two messages to the same conversation', async () => {
    const pacer = createPacer({ perConversationIntervalMs: 60, perConversationPerHour: 100, perTenantIntervalMs: 0 });
    const start = Date.now();
    for (let i = 0; i < 3; i++) await pacer.beforeSend('t1', 'c1');
    // Two gaps of at least 60 ms: a lower bound, so a slow machine cannot make it fail.
    expect(Date.now() - start).toBeGreaterThanOrEqual(115);
  });
});

describe('Teams alert card', () => {
  const item = (title: string, over: Partial<AlertItem> = {}): AlertItem => ({
    articleId: 'a1',
    title,
    url: 'https://news.example.org/a',
    lang: 'en',
    published: '2026-11-19T08:00:00Z',
    source: 'Nile Post',
    topic: { id: 'country:EG', kind: 'country', name: 'Egypt', nameAr: 'مصر', code: 'EG' },
    ...over,
  });

  it('lists each story once, names the other outlets, keeps news text plain, and parses cleanly', () => {
    const message = renderAlertCard([item('Smugglers **arrested** [here](https://evil.example)', { alsoReportedBy: ['Al-Ahram'] }), item('Second', { url: 'javascript:alert(1)' })]);
    expect(parseCardStrictly(message.card)).toEqual([]);
    const json = JSON.stringify(message.card);
    expect(json).not.toContain('**arrested**');
    expect(json).not.toContain('[here](');
    expect(json).not.toContain('javascript:');
    expect(json).toContain('also Al-Ahram');
    expect(message.text).toBe('2 new stories on Egypt');
  });
});
