/**
 * A misspelled topic, typed as a search or after `follow`, offers the closest topics with Follow
 * buttons (Slack Block Kit and Teams cards alike), and says so without internal ids.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../adapters/slack/blocks/buttons.js';
import { renderResult } from '../../adapters/slack/blocks/result-blocks.js';
import { renderTeamsResult } from '../../adapters/teams/cards/result-cards.js';
import { createCommandService, type CommandService } from '../../src/commands/command.service.js';
import type { CommandResult } from '../../src/commands/command-result.js';
import type { Audience } from '../../src/subscriptions/targets.js';
import { collectData, shownTexts } from '../adapters/teams/card-json.js';
import { DIALECTS } from '../support/databases.js';
import { useSampleEngine } from '../support/sample-engine.js';

const inDm: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'D1', isDirect: true };

interface SlackButton {
  type: string;
  action_id?: string;
  value?: string;
  text?: { text: string };
}

/** Every Follow button of a Slack reply: the topic id its value carries. */
function slackFollowTopics(result: CommandResult): string[] {
  const elements = renderResult(result).flatMap((reply) => reply.blocks.flatMap((b) => ('elements' in b && Array.isArray(b.elements) ? (b.elements as SlackButton[]) : [])));
  return elements.filter((e) => e.action_id === ACTIONS.follow).map((e) => (JSON.parse(e.value ?? '{}') as { topic: string }).topic);
}

function teamsFollowTopics(result: CommandResult): string[] {
  return collectData(renderTeamsResult(result).map((m) => m.card)).flatMap((d) => {
    const data = d as { mawjaz?: string; topic?: string };
    return data.mawjaz === 'follow' && data.topic ? [data.topic] : [];
  });
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`a misspelled topic (${dialect.name})`, () => {
    const samples = useSampleEngine(dialect, new Date('2026-11-22T12:00:00Z'));
    let commands: CommandService;
    beforeAll(() => {
      commands = createCommandService(samples.engine());
    });

    it('offers the closest topics with Follow buttons, typed alone or after follow, in Latin and Arabic script', async () => {
      const cases: Array<[string, string]> = [
        ['khartum', 'process:khartoum'],
        ['follow khartum', 'process:khartoum'],
        ['ليبا', 'country:LY'],
        ['follow egipt', 'country:EG'],
      ];
      for (const [typed, meant] of cases) {
        const result = await commands.run(inDm, typed);
        expect(result.kind, typed).toBe('unknown-topic');
        if (result.kind !== 'unknown-topic') continue;
        expect(result.closest.map((t) => t.id), typed).toContain(meant);
        expect(result.message, typed).toMatch(/^No topic named “.+”\. The closest:$/);
        expect(slackFollowTopics(result), typed).toEqual(result.closest.map((t) => t.id));
        expect(teamsFollowTopics(result), typed).toEqual(result.closest.map((t) => t.id));
        // People read names, not ids.
        const shown = [...shownTexts(renderTeamsResult(result)), JSON.stringify(renderResult(result).map((r) => r.text))].join('\n');
        expect(shown, typed).not.toMatch(/\b(process|country|org|theme):[a-z]/);
      }
    });

    it('tracking a name a topic already has offers that topic with its Follow button, not an operator command', async () => {
      const inArabicDm: Audience = { ...inDm, userId: 'U-AR', channelId: 'D-AR' };
      await commands.run(inArabicDm, 'language ar');
      expect((await commands.run(inDm, 'track Sea Bridge = bridge plan')).kind).toBe('tracked');
      for (const [audience, typed, said] of [
        [inDm, 'track Sea Bridge = bridge plan', 'A topic named “Sea Bridge” is already tracked: follow it here.'],
        [inArabicDm, 'track Sea Bridge = bridge plan', 'يُتتبَّع موضوع باسم «Sea Bridge» من قبل: تابعه من هنا.'],
      ] as const) {
        const result = await commands.run(audience, typed);
        expect(result, typed).toMatchObject({ kind: 'unknown-topic', message: said, closest: [{ id: 'topic:sea-bridge', name: 'Sea Bridge' }] });
        expect(slackFollowTopics(result)).toEqual(['topic:sea-bridge']);
        expect(teamsFollowTopics(result)).toEqual(['topic:sea-bridge']);
        const shown = [...shownTexts(renderTeamsResult(result)), JSON.stringify(renderResult(result))].join('\n');
        expect(shown).not.toContain('mawjaz topics');
      }
    });

    it('says what a command needs in Arabic when a service refuses it for someone who chose Arabic', async () => {
      const inArabicDm: Audience = { ...inDm, userId: 'U-AR2', channelId: 'D-AR2' };
      await commands.run(inArabicDm, 'language ar');
      const result = await commands.run(inArabicDm, 'schedule monday 08:00 Mars/Olympus');
      expect(result).toMatchObject({ kind: 'help', problem: 'يحتاج الموعد إلى يوم ووقت، مثل «موعد الاثنين 08:00». يعرض «مساعدة» الأوامر كلها.' });
      // English keeps the service's precise sentence.
      expect(await commands.run(inDm, 'schedule monday 08:00 Mars/Olympus')).toMatchObject({ kind: 'help', problem: expect.stringContaining('"Mars/Olympus" is not a time zone') });
    });

    it('still answers a search that finds articles, and says plainly when nothing is near', async () => {
      expect((await commands.run(inDm, 'charter flight')).kind).toBe('search');
      const nothing = await commands.run(inDm, 'follow qzxwvkjq');
      expect(nothing).toMatchObject({ kind: 'unknown-topic', closest: [] });
      if (nothing.kind === 'unknown-topic') expect(nothing.message).toBe('No topic named “qzxwvkjq”. Try a country, an organisation or a process, e.g. khartoum, مصر, IOM.');
    });
  });
}
