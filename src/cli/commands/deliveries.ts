/**
 * `mawjaz deliveries list|retry|send` — the delivery outbox for operators: what is waiting, sent or
 * failed (with the last error), failed ones sent again, and the outbox sent now without a server.
 */
import type { Command } from 'commander';
import { type DeliveryView, listDeliveries, retryDeliveries } from '../../delivery/deliveries.service.js';
import { drainSettings } from '../../delivery/delivery-settings.js';
import { drainOutbox } from '../../delivery/outbox-sender.js';
import { InvalidInput } from '../../errors.js';
import type { PlatformWiring } from '../../server/platforms.js';
import { outboxCounts, OUTBOX_STATUSES, type OutboxStatus } from '../../storage/outbox.repository.js';
import { printJson, table } from '../format.js';
import { EXIT, parseLimit, withEngine } from '../run.js';


interface ListFlags {
  db?: string;
  json?: boolean;
  failed?: boolean;
  status?: string;
  limit: string;
}

function statusOf(flags: ListFlags): OutboxStatus | undefined {
  if (flags.failed) return 'failed';
  if (flags.status === undefined) return undefined;
  if (!OUTBOX_STATUSES.includes(flags.status as OutboxStatus)) throw new InvalidInput(`--status must be one of ${OUTBOX_STATUSES.join(', ')}, not "${flags.status}"`);
  return flags.status as OutboxStatus;
}

function whenShown(d: DeliveryView): string {
  const at = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
  if (d.status === 'sent') return `sent ${at(d.sentAt)}`;
  if (d.status === 'pending') return `next ${at(d.nextAttemptAt)}`;
  return at(d.updatedAt);
}

export function register(program: Command, wiring: PlatformWiring): void {
  const deliveries = program.command('deliveries').description('the delivery outbox: every brief and alert message, pending, sent or failed');
  deliveries
    .command('list')
    .description('deliveries, newest first, with attempts and the last error')
    .option('--failed', 'only failed deliveries (set aside after the last attempt, or the conversation is gone)')
    .option('--status <status>', `only this status: ${OUTBOX_STATUSES.join(', ')}`)
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: ListFlags) =>
      withEngine(flags, async (engine) => {
        const status = statusOf(flags);
        const shown = await listDeliveries(engine, { limit: parseLimit(flags.limit, 10_000), ...(status ? { status } : {}) });
        if (flags.json) return printJson(shown);
        const counts = await outboxCounts(engine.store.db);
        process.stdout.write(`${OUTBOX_STATUSES.map((s) => `${s} ${counts[s]}`).join(' · ')}\n`);
        if (shown.length === 0) return void process.stdout.write(status ? `no ${status} deliveries\n` : 'no deliveries yet\n');
        const rows = shown.map((d) => [String(d.id), d.status, d.kind, `${d.platform}:${d.workspaceId}/${d.conversationId}`, d.occasion, String(d.attempts), whenShown(d), d.lastError ?? '—']);
        process.stdout.write(`${table(['id', 'status', 'kind', 'conversation', 'occasion', 'tries', 'when', 'last error'], rows)}\n`);
      }),
    );
  deliveries
    .command('retry')
    .description('send a failed delivery again (or every failed one), from a fresh count of attempts')
    .argument('[id]', 'the id from `deliveries list --failed`')
    .option('--all-failed', 'every failed delivery')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((id: string | undefined, flags: { db?: string; json?: boolean; allFailed?: boolean }) =>
      withEngine(flags, async (engine) => {
        if ((id === undefined) === (flags.allFailed !== true)) throw new InvalidInput('give one delivery id, or --all-failed');
        if (id !== undefined && !/^\d{1,12}$/.test(id)) throw new InvalidInput(`a delivery id is a number, not "${id}"`);
        const requeued = await retryDeliveries(engine, id !== undefined ? { id: Number(id) } : 'all-failed');
        if (flags.json) return printJson({ requeued });
        process.stdout.write(
          requeued.length === 0
            ? 'no failed deliveries\n'
            : `requeued ${requeued.length} (${requeued.join(', ')}): a running server sends them within MAWJAZ_SCHEDULER_SECONDS, or run \`mawjaz deliveries send\`\n`,
        );
      }),
    );
  deliveries
    .command('send')
    .description('send what the outbox holds now (due and pending), as a running server would')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: { db?: string; json?: boolean }) =>
      withEngine(flags, async (engine) => {
        const report = await drainOutbox(engine, await wiring.deliverers(engine), drainSettings(engine));
        if (flags.json) printJson(report);
        else {
          process.stdout.write(`sent      ${report.sent}\nretrying  ${report.retrying}\nfailed    ${report.failed.length}\npaused    ${report.paused}\ncancelled ${report.cancelled}\n`);
          for (const f of report.failed) process.stdout.write(`  ✗ ${f.id} ${f.target}: ${f.error}\n`);
        }
        return report.failed.length > 0 ? EXIT.failed : EXIT.ok;
      }),
    );
}
