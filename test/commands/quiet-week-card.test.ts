/**
 * A topic card in a quiet week is never empty when there is news: it says nothing is new this week and
 * shows the topic's latest stories before it, with their dates, the counts staying the week's (0), in
 * Slack and in Teams; a topic with no story at all says so. On SQLite and PostgreSQL, on the samples
 * read two months after their news.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResult } from '../../adapters/slack/blocks/result-blocks.js';
import { renderTeamsResult } from '../../adapters/teams/cards/result-cards.js';
import type { TopicCard } from '../../src/commands/topic-card.js';
import { createCommandService, type CommandService } from '../../src/commands/command.service.js';
import type { CommandResult } from '../../src/commands/command-result.js';
import type { Audience } from '../../src/subscriptions/targets.js';
import { shownTexts } from '../adapters/teams/card-json.js';
import { DIALECTS } from '../support/databases.js';
import { useSampleEngine } from '../support/sample-engine.js';

/** Weeks after the samples' news: this week, nothing. */
const NOW = new Date('2027-01-20T12:00:00Z');
const inDm: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'D1', isDirect: true };

function cardOf(result: CommandResult): TopicCard {
  if (result.kind !== 'topic') throw new Error(`expected a topic card, got ${result.kind}`);
  return result.card;
}

const slackText = (result: CommandResult): string => JSON.stringify(renderResult(result));

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`a topic card in a quiet week (${dialect.name})`, () => {
    const samples = useSampleEngine(dialect, NOW);
    let commands: CommandService;
    beforeAll(() => {
      commands = createCommandService(samples.engine());
    });

    it('shows the latest stories, from the week of the newest one, with the week\'s count still 0', async () => {
      for (const query of ['libya', 'مصر', 'IOM']) {
        const card = cardOf(await commands.run(inDm, query));
        expect(card.count, query).toBe(0);
        expect(card.stories, query).toEqual([]);
        expect(card.latest, query).not.toBeNull();
        const latest = card.latest!;
        expect(latest.stories.length, query).toBeGreaterThan(0);
        expect(latest.period.to < card.period.from, query).toBe(true);
        // Every story shown falls in the week it is said to be from, the newest on its last day.
        const days = latest.stories.flatMap((s) => (s.published ? [s.published.slice(0, 10)] : []));
        expect(days.every((day) => day >= latest.period.from && day <= latest.period.to), query).toBe(true);
        expect(days.some((day) => day === latest.period.to), query).toBe(true);
        // Who and which countries appear with it come from the stories shown.
        expect(card.actors.length + card.countries.length, query).toBeGreaterThan(0);
      }
    });

    it('says so in Slack and Teams, above the latest stories and their dates', async () => {
      const result = await commands.run(inDm, 'libya');
      const card = cardOf(result);
      const headline = card.latest!.stories[0]!.headline;
      const slack = slackText(result);
      expect(slack).toContain('0 stories in the last seven days');
      expect(slack).toContain('_Nothing new on Libya this week._ Latest stories, 11 November 2026 – 17 November 2026:');
      expect(slack).toContain(headline.slice(0, 40).replace(/[&<>]/g, ''));
      const teams = shownTexts(renderTeamsResult(result)).join('\n');
      expect(teams).toContain('Nothing new on Libya this week. Latest stories, 11 November 2026 – 17 November 2026:');
      expect(teams).toContain(headline.slice(0, 40));
      expect(teams).not.toContain('undated');
    });

    it('says there is no story yet for a topic nobody has written about', async () => {
      const result = await commands.run(inDm, 'iceland');
      const card = cardOf(result);
      expect(card).toMatchObject({ count: 0, stories: [], latest: null });
      expect(slackText(result)).toContain('_No stories on Iceland yet._');
      expect(shownTexts(renderTeamsResult(result)).join('\n')).toContain('No stories on Iceland yet.');
    });
  });
}
