/**
 * A brief in a quiet week is never empty when there is news, as a topic card is not: each followed topic
 * with no story this week says so and shows its latest stories before it, with their dates; a brief of no
 * topic says the week has no story and shows the latest ones. The counts stay the week's (0), so no
 * heading counts a story above "Nothing new". In Markdown, Slack and Teams, in English and Arabic, on
 * SQLite and PostgreSQL, on the samples read two months after their news.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResult } from '../../adapters/slack/blocks/result-blocks.js';
import { renderTeamsResult } from '../../adapters/teams/cards/result-cards.js';
import type { Brief } from '../../digests/brief/brief-model.js';
import { createDigester } from '../../digests/compile/digester.js';
import { briefToJson } from '../../digests/brief/brief-json.js';
import { renderBriefMarkdown } from '../../digests/brief/render-markdown.js';
import { createCommandService, type CommandService } from '../../src/commands/command.service.js';
import type { CommandResult } from '../../src/commands/command-result.js';
import type { Audience } from '../../src/subscriptions/targets.js';
import { shownTexts } from '../adapters/teams/card-json.js';
import { DIALECTS } from '../support/databases.js';
import { useSampleEngine } from '../support/sample-engine.js';

/** Weeks after the samples' news: this week, nothing. */
const NOW = new Date('2027-01-20T12:00:00Z');

function briefOf(result: CommandResult): Brief {
  if (result.kind !== 'brief') throw new Error(`expected a brief, got ${result.kind}`);
  return result.brief;
}

const slackText = (result: CommandResult): string => JSON.stringify(renderResult(result));
const teamsText = (result: CommandResult): string => shownTexts(renderTeamsResult(result)).join('\n');

/** Every story shown as "latest" falls in the week it is said to be from, the newest on its last day. */
function expectDatedWithin(latest: NonNullable<Brief['latest']>): void {
  const days = latest.stories.flatMap((s) => (s.published ? [s.published.slice(0, 10)] : []));
  expect(days.length).toBeGreaterThan(0);
  expect(days.every((day) => day >= latest.period.from && day <= latest.period.to)).toBe(true);
  expect(days).toContain(latest.period.to);
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`a brief in a quiet week (${dialect.name})`, () => {
    const samples = useSampleEngine(dialect, NOW);
    let commands: CommandService;
    beforeAll(() => {
      commands = createCommandService(samples.engine());
    });

    it('with no topic followed: says the period has no story and shows the latest ones, with their dates', async () => {
      // A week after the samples' news and before today (where the undated sample sits, placed when it was read).
      const brief = await createDigester(samples.engine()).brief({ period: { from: '2027-01-04', to: '2027-01-10' }, topics: [], lang: 'en' });
      const result: CommandResult = { kind: 'brief', brief };
      expect(brief.stats.stories).toBe(0);
      expect(brief.latest).toBeDefined();
      expectDatedWithin(brief.latest!);
      expect(brief.latest!.period.to < brief.period.from).toBe(true);
      const headline = brief.latest!.stories[0]!.headline;
      for (const text of [slackText(result), teamsText(result), renderBriefMarkdown(brief)]) {
        expect(text).toContain('0 stories from 0 articles in 0 sources');
        expect(text).toContain('No stories in this period');
        expect(text).toMatch(/Latest stories, \d+ (October|November) 2026 – \d+ (November|December) 2026:/);
        expect(text).toContain(headline.slice(0, 30).replace(/[&<>*_]/g, ''));
      }
    });

    it('with topics followed: each quiet topic says so above its latest stories; no count above "Nothing new"', async () => {
      const inDm: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U2', channelId: 'D2', isDirect: true };
      for (const topic of ['libya', 'iom', 'iceland']) await commands.run(inDm, `follow ${topic}`);
      const result = await commands.run(inDm, 'brief');
      const brief = briefOf(result);
      const byTopic = new Map(brief.sections.map((s) => [s.topic.name, s]));
      const libya = byTopic.get('Libya')!;
      expect(libya).toMatchObject({ count: 0, stories: [] });
      expectDatedWithin(libya.latest!);
      // A topic nobody wrote about has nothing to show, and says only that nothing is new.
      expect(byTopic.get('Iceland')?.latest).toBeUndefined();

      const slack = slackText(result);
      expect(slack).toContain('*Libya* — 0 stories · no change vs last week\\n_Nothing new on Libya this week_\\n_Latest stories, ');
      expect(slack).toContain(libya.latest!.stories[0]!.headline.slice(0, 30).replace(/[&<>*_]/g, ''));
      const teams = teamsText(result);
      expect(teams).toContain('Nothing new on Libya this week');
      expect(teams).toMatch(/Nothing new on Libya this week\nLatest stories, /);
      // `digest --json` keeps them apart from the week's stories.
      const json = briefToJson(brief);
      expect(json.topics.find((t) => t.id === libya.topic.id)).toMatchObject({ count: 0, stories: [], latest: { from: libya.latest!.period.from, to: libya.latest!.period.to } });
      expect(json.stories.filter((s) => s.topic === libya.topic.id)).toEqual([]);
      const markdown = renderBriefMarkdown(brief);
      expect(markdown).toMatch(/## Libya — 0 stories · no change vs last week\n\n_Nothing new on Libya this week_\n\n_Latest stories, /);
      // What the headings count agrees with what they say.
      for (const text of [teams, markdown]) expect(text).not.toMatch(/[1-9]\d* stor(y|ies)[^\n]*\n[^\n]*Nothing new/);
      expect(slack).not.toMatch(/[1-9]\d* stor(y|ies)[^"]*Nothing new/);
    });

    it('does not count a story the conversation hid: its only story hidden, the topic says "Nothing new" with 0, card and brief alike', async () => {
      const inChannel: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U4', channelId: 'C4', isDirect: false };
      await commands.run(inChannel, 'subscribe khartoum');
      // The undated analysis is placed when it was read: today, so this week's only Khartoum Process story.
      const before = await commands.run(inChannel, 'khartoum');
      if (before.kind !== 'topic') throw new Error(`expected a topic card, got ${before.kind}`);
      expect(before.card.count).toBe(1);
      const ids = before.card.stories[0]!.articles.map((a) => a.id);
      await commands.changeFeedback(inChannel, { action: 'hide', articleIds: ids });

      const card = await commands.run(inChannel, 'khartoum');
      if (card.kind !== 'topic') throw new Error(`expected a topic card, got ${card.kind}`);
      expect(card.card).toMatchObject({ count: 0, stories: [] });
      expect(card.card.latest?.stories.length).toBeGreaterThan(0);
      expect(slackText(card)).toContain('0 stories in the last seven days');
      const brief = await commands.run(inChannel, 'brief');
      const section = briefOf(brief).sections.find((s) => s.topic.id === 'process:khartoum');
      expect(section).toMatchObject({ count: 0, stories: [] });
      expect(section?.latest?.stories.length).toBeGreaterThan(0);
      expect(slackText(card)).toContain('_Nothing new on Khartoum Process this week._');
      expect(slackText(brief)).toMatch(/\*Khartoum Process\* — 0 stories · [^"]*\\n_Nothing new on Khartoum Process this week_\\n_Latest stories, /);
      expect(teamsText(brief)).toMatch(/Khartoum Process — 0 stories · [^\n]*\nNothing new on Khartoum Process this week\nLatest stories, /);
    });

    it('in Arabic, with the Arabic words for it', async () => {
      const inDm: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U3', channelId: 'D3', isDirect: true };
      await commands.run(inDm, 'follow libya');
      await commands.run(inDm, 'language ar');
      const result = await commands.run(inDm, 'brief');
      const brief = briefOf(result);
      expect(brief.lang).toBe('ar');
      expect(brief.sections[0]?.latest).toBeDefined();
      for (const text of [slackText(result), teamsText(result), renderBriefMarkdown(brief)]) {
        expect(text).toContain('لا جديد بشأن ليبيا هذا الأسبوع');
        expect(text).toContain('آخر القصص، ');
      }
    });
  });
}
