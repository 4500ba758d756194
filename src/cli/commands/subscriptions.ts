/** `mawjaz subscriptions list|remove` — every follow and channel subscription, for an operator cleaning up. */
import type { Command } from 'commander';
import { MawjazError } from '../../errors.js';
import { listAllSubscriptions, removeSubscription, type SubscriptionView } from '../../subscriptions/subscription-listing.js';
import { printJson, table } from '../format.js';
import { withEngine } from '../run.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  platform?: string;
  workspace?: string;
}

const scheduleText = (s: SubscriptionView) => (s.schedule ? `${s.schedule.day} ${s.schedule.time} ${s.schedule.timeZone}` : '—');

function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) throw new MawjazError('invalid_input', `a subscription id is a whole number (see \`mawjaz subscriptions list\`), not "${value}"`);
  return id;
}

export function register(program: Command): void {
  const subscriptions = program.command('subscriptions').description('every follow and channel subscription, across platforms and workspaces');
  subscriptions
    .command('list')
    .description('each subscription with its conversation, topic, mode, schedule, language and why it is paused')
    .option('--platform <platform>', 'only this platform (slack, teams, cli)')
    .option('--workspace <id>', 'only this workspace (Slack team id, Teams tenant id)')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: ListFlags) =>
      withEngine(flags, async (engine) => {
        const found = await listAllSubscriptions(engine, { ...(flags.platform !== undefined ? { platform: flags.platform } : {}), ...(flags.workspace !== undefined ? { workspaceId: flags.workspace } : {}) });
        if (flags.json) return printJson({ subscriptions: found });
        if (found.length === 0) return void process.stdout.write('no subscriptions yet: people follow topics from Slack, Teams or the playground\n');
        const rows = found.map((s) => [String(s.id), s.platform, s.workspaceId, s.conversationId, s.userId ?? '—', `${s.topic.name} (${s.topic.id})`, s.mode, s.language, scheduleText(s), s.pausedReason ?? '—']);
        process.stdout.write(`${table(['id', 'platform', 'workspace', 'conversation', 'user', 'topic', 'mode', 'language', 'brief', 'paused'], rows)}\n`);
      }),
    );
  subscriptions
    .command('remove')
    .description('remove one subscription by its id (from `subscriptions list`); the conversation stops getting it')
    .argument('<id>', 'the subscription id')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((value: string, flags: { db?: string; json?: boolean }) =>
      withEngine(flags, async (engine) => {
        const removed = await removeSubscription(engine, parseId(value));
        if (flags.json) return printJson({ removed });
        process.stdout.write(`removed subscription ${removed.id}: ${removed.platform} ${removed.workspaceId} ${removed.conversationId} no longer gets ${removed.mode === 'alerts' ? 'alerts' : 'briefs'} on ${removed.topic.name}\n`);
      }),
    );
}
