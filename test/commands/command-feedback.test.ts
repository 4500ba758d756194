/**
 * Quiet hours, Not relevant and muted outlets through the command service, on SQLite and PostgreSQL:
 * set where the command or click came from (a channel, or the person in a DM), idempotent, and seen
 * in what that conversation gets next — its brief, its topic cards, its `list`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief, BriefStory } from '../../digests/brief/brief-model.js';
import { createCommandService, type CommandService } from '../../src/commands/command.service.js';
import type { CommandResult } from '../../src/commands/command-result.js';
import type { Audience } from '../../src/subscriptions/targets.js';
import { DIALECTS } from '../support/databases.js';
import { useSampleEngine } from '../support/sample-engine.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const inChannel: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'C1', isDirect: false };
const inDm: Audience = { ...inChannel, channelId: 'D1', isDirect: true };

function briefOf(result: CommandResult): Brief {
  if (result.kind !== 'brief') throw new Error(`expected a brief, got ${result.kind}`);
  return result.brief;
}
const storiesOf = (brief: Brief): BriefStory[] => [...brief.sections.flatMap((s) => s.stories), ...(brief.otherStories ?? [])];
const headlines = (brief: Brief): string[] => storiesOf(brief).map((s) => s.headline);

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`story feedback and quiet hours (${dialect.name})`, () => {
    const samples = useSampleEngine(dialect, NOW);
    let commands: CommandService;

    beforeAll(async () => {
      commands = createCommandService(samples.engine());
      expect((await commands.run(inChannel, 'subscribe libya')).kind).toBe('subscription');
    });

    it('sets quiet hours for the channel in a channel and for the person in a DM, and turns them off', async () => {
      const channel = await commands.run(inChannel, 'quiet 22:00-07:00');
      expect(channel).toMatchObject({ kind: 'settings', changed: 'quiet', target: 'channel', settings: { quietStart: '22:00', quietEnd: '07:00' } });
      const mine = await commands.run(inDm, 'quiet 10pm 6:30am');
      expect(mine).toMatchObject({ kind: 'settings', target: 'user', settings: { quietStart: '22:00', quietEnd: '06:30' } });
      expect(await commands.run(inDm, 'list')).toMatchObject({ kind: 'list', settings: { quietStart: '22:00', quietEnd: '06:30' } });
      expect(await commands.run(inDm, 'quiet off')).toMatchObject({ settings: { quietStart: null, quietEnd: null } });
      expect(await commands.run(inChannel, 'quiet 7am-7am')).toMatchObject({ kind: 'help', problem: expect.stringContaining('different') });
    });

    it('hides a story marked Not relevant from the channel\'s brief and topic card, once, until undone', async () => {
      const before = briefOf(await commands.run(inChannel, 'brief'));
      const story = storiesOf(before)[0]!;
      expect(story).toBeDefined();
      const ids = story.articles.map((a) => a.id);
      expect(await commands.changeFeedback(inChannel, { action: 'hide', articleIds: ids })).toEqual({ kind: 'feedback', action: 'hide', target: 'channel', changed: true, articleIds: ids, source: null, lang: 'en' });
      expect((await commands.changeFeedback(inChannel, { action: 'hide', articleIds: ids })).changed).toBe(false);

      const after = briefOf(await commands.run(inChannel, 'brief'));
      expect(storiesOf(after).some((s) => s.articles.some((a) => ids.includes(a.id)))).toBe(false);
      expect(headlines(after).length).toBe(headlines(before).length - 1);
      const card = await commands.showTopic(inChannel, 'country:LY');
      if (card.kind !== 'topic') throw new Error('expected a topic card');
      expect(card.card.stories.some((s) => s.articles.some((a) => ids.includes(a.id)))).toBe(false);
      // Only this channel asked: the person's DM still shows it.
      const dmCard = await commands.showTopic(inDm, 'country:LY');
      if (dmCard.kind !== 'topic') throw new Error('expected a topic card');
      expect(dmCard.card.stories.some((s) => s.articles.some((a) => ids.includes(a.id)))).toBe(true);

      expect((await commands.changeFeedback(inChannel, { action: 'unhide', articleIds: ids })).changed).toBe(true);
      expect(headlines(briefOf(await commands.run(inChannel, 'brief')))).toEqual(headlines(before));
    });

    it('mutes an outlet for the channel: its articles leave the brief, list shows it, unmute brings it back', async () => {
      const before = briefOf(await commands.run(inChannel, 'brief'));
      const source = storiesOf(before).flatMap((s) => s.sources)[0]!;
      expect(source).toBeDefined();
      expect(await commands.changeFeedback(inChannel, { action: 'mute', source })).toMatchObject({ action: 'mute', target: 'channel', changed: true, source });
      const after = briefOf(await commands.run(inChannel, 'brief'));
      expect(storiesOf(after).flatMap((s) => [...s.sources, ...s.articles.map((a) => a.source)])).not.toContain(source);
      expect(await commands.run(inChannel, 'list')).toMatchObject({ kind: 'list', muted: { target: 'channel', sources: [source] } });
      expect(await commands.run(inDm, 'list')).toMatchObject({ kind: 'list', muted: { target: 'user', sources: [] } });

      expect(await commands.run(inChannel, `unmute ${source.toUpperCase()}`)).toMatchObject({ kind: 'feedback', action: 'unmute', changed: true, source });
      expect(await commands.run(inChannel, `unmute ${source}`)).toMatchObject({ kind: 'feedback', changed: false });
      expect(headlines(briefOf(await commands.run(inChannel, 'brief')))).toEqual(headlines(before));
      expect(await commands.run(inChannel, 'unmute Nowhere Gazette')).toMatchObject({ kind: 'help', problem: expect.stringContaining('no source named "Nowhere Gazette"') });
    });
  });
}
