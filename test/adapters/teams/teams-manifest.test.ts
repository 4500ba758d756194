/**
 * adapters/teams/appPackage/manifest.json against Microsoft's Teams manifest schema (from ../shared,
 * skipped with a notice where absent), against Teams' documented limits for bot command lists, and
 * against the command grammar, so the menu Teams shows can never offer a command the bot would not
 * understand. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/create-a-bot-commands-menu
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, PLACEHOLDER_HOST, PLACEHOLDER_ID } from '../../../adapters/teams/appPackage/app-package.js';
import { BACKGROUND, COLOR_ICON, OUTLINE_ICON } from '../../../adapters/teams/appPackage/icon-files.js';
import { parseCommand, VERBS } from '../../../src/commands/grammar.js';
import { hasTeamsSchema, teamsSchemaErrors } from '../../support/teams-schema.js';

interface Command {
  title: string;
  description?: string;
}

/** The parts of the manifest this test reads. */
interface TeamsManifest {
  manifestVersion: string;
  id: string;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    isNotificationOnly?: boolean;
    commandLists: { scopes: string[]; commands: Command[] }[];
  }[];
  validDomains: string[];
}

const manifestText = readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as TeamsManifest;
const [bot] = manifest.bots;
const commandLists = bot?.commandLists ?? [];
const allCommands = commandLists.flatMap((list) => list.commands.map((command) => ({ scopes: list.scopes, ...command })));

// Teams' limits for a bot's command menu (stricter than the schema's 12 commands and 128-character titles).
const MAX_COMMANDS = 10;
const MAX_TITLE = 32;
const MAX_DESCRIPTION = 128;

/** The examples a description gives in double quotes: 'e.g. "follow egypt"'. */
function examples(description: string | undefined): string[] {
  return [...(description ?? '').matchAll(/"([^"]+)"/gu)].map((m) => m[1] ?? '');
}

describe('the Teams manifest against the schema', () => {
  it.skipIf(!hasTeamsSchema)('validates against teams-app-manifest.schema.json', () => {
    const errors = teamsSchemaErrors(manifest);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it.skipIf(!hasTeamsSchema)('the schema check is real: a wrong manifest version, id and scope are refused', () => {
    const broken = structuredClone(manifest);
    broken.manifestVersion = '1.0';
    broken.id = 'mawjaz';
    broken.bots[0]?.scopes.push('everywhere');
    const errors = teamsSchemaErrors(broken);
    expect(errors.some((e) => e.startsWith('/manifestVersion'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/id'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/bots/0/scopes'))).toBe(true);
  });
});

describe('the Teams manifest as committed', () => {
  it('holds the documented placeholders that npm run teams:package replaces', () => {
    expect(manifest.id).toBe(PLACEHOLDER_ID);
    expect(bot?.botId).toBe(PLACEHOLDER_ID);
    expect(manifest.validDomains).toEqual([PLACEHOLDER_HOST]);
    for (const url of [manifest.developer.websiteUrl, manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      expect(new URL(url).protocol).toBe('https:');
      expect(new URL(url).host).toBe(PLACEHOLDER_HOST);
    }
  });

  it('shares the Slack app\'s placeholder host, name and short description', () => {
    const slack = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, '../../../manifest.json'), 'utf8')) as {
      display_information: { name: string; description: string; background_color: string };
      features: { slash_commands: { url: string }[] };
    };
    expect(new URL(slack.features.slash_commands[0]?.url ?? '').host).toBe(PLACEHOLDER_HOST);
    expect(manifest.name.short).toBe(slack.display_information.name);
    expect(manifest.description.short).toBe(slack.display_information.description);
    expect(manifest.accentColor.toLowerCase()).toBe(slack.display_information.background_color.toLowerCase());
  });

  it('keeps the names and descriptions within Teams\' lengths', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full?.length ?? 0).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('points at the icons the package ships, and uses the colour icon\'s background as accent', () => {
    expect(manifest.icons).toEqual({ color: COLOR_ICON.file, outline: OUTLINE_ICON.file });
    const hex = `#${[BACKGROUND.r, BACKGROUND.g, BACKGROUND.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    expect(manifest.accentColor.toLowerCase()).toBe(hex);
  });

  it('declares one conversational bot in personal chats, teams and group chats, without files', () => {
    expect(manifest.bots).toHaveLength(1);
    expect([...(bot?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.isNotificationOnly).toBe(false);
  });
});

describe('the Teams command menus', () => {
  it('give one list to each of the bot\'s scopes', () => {
    expect(commandLists.map((list) => list.scopes.join(',')).sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it.each(commandLists.map((list) => [list.scopes.join(','), list] as const))('%s: at most 10 commands, no repeats', (_, list) => {
    expect(list.commands.length).toBeGreaterThan(0);
    expect(list.commands.length).toBeLessThanOrEqual(MAX_COMMANDS);
    const titles = list.commands.map((c) => c.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(allCommands.map((c) => [`${c.scopes.join(',')}: ${c.title}`, c] as const))('%s fits Teams\' lengths and is a verb of the grammar', (_, command) => {
    expect(command.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(command.description?.trim(), 'a description').toBeTruthy();
    expect(command.description?.length ?? 0).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(VERBS as readonly string[]).toContain(command.title);
  });

  // Teams puts the title in the compose box and the user adds the rest: a title alone is the command
  // (list, brief, help…) or the grammar's "needs a topic" for that very verb; never a search for it.
  it.each(allCommands.map((c) => [`${c.scopes.join(',')}: ${c.title}`, c] as const))('%s: the title alone is read as that command', (_, command) => {
    const parsed = parseCommand(command.title);
    const verb = parsed.kind === 'usage' ? parsed.verb : parsed.kind;
    expect(verb).toBe(command.title);
  });

  // The examples users copy from the menu must do what the title says.
  it.each(allCommands.map((c) => [`${c.scopes.join(',')}: ${c.title}`, c] as const))('%s: every example in the description parses as that command', (_, command) => {
    const given = examples(command.description);
    const needsArguments = parseCommand(command.title).kind === 'usage';
    if (needsArguments) expect(given.length, `"${command.title}" needs arguments: its description should show an example`).toBeGreaterThan(0);
    for (const example of given) {
      // Plain words are a search: the menu's search entry gives one such example on purpose.
      expect(parseCommand(example).kind, example).toBe(command.title);
    }
  });
});
