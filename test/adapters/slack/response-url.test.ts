/** A long answer through response_url: Slack takes five messages, so the fifth says what was left out. */
import { describe, expect, it } from 'vitest';
import { fitResponseUrl, RESPONSE_URL_USES } from '../../../adapters/slack/listeners/deps.js';

const message = (i: number) => ({ text: `part ${i}`, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: `part ${i}` } }] });

describe('response_url budget', () => {
  it('passes up to five messages through unchanged', () => {
    const five = [1, 2, 3, 4, 5].map(message);
    expect(fitResponseUrl(five)).toEqual(five);
  });

  it('keeps four and says how many of the rest were left out', () => {
    const eight = [1, 2, 3, 4, 5, 6, 7, 8].map(message);
    const fitted = fitResponseUrl(eight);
    expect(fitted).toHaveLength(RESPONSE_URL_USES);
    expect(fitted.slice(0, 4)).toEqual(eight.slice(0, 4));
    expect(fitted[4]?.text).toBe('This answer is 8 messages long, more than a reply can hold: the last 4 are left out. Scheduled briefs arrive whole; to see less at once, follow fewer topics here.');
  });
});
