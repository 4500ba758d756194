/** `mawjaz alerts send` — post pending alerts (new articles on topics followed with alerts), batched per person. */
import type { Command } from 'commander';
import { sendPendingAlerts } from '../../delivery/alert-sender.js';
import type { PlatformWiring } from '../../server/platforms.js';
import { printJson } from '../format.js';
import { EXIT, withEngine } from '../run.js';

export function register(program: Command, wiring: PlatformWiring): void {
  const alerts = program.command('alerts').description('alerts about new articles on topics followed with alerts');
  alerts
    .command('send')
    .description('post pending alerts now: one message per person, outside quiet hours, within the daily cap')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: { db?: string; json?: boolean }) =>
      withEngine(flags, async (engine) => {
        const report = await sendPendingAlerts(engine, await wiring.deliverers(engine));
        if (flags.json) printJson(report);
        else process.stdout.write(`messages ${report.messages}\nalerts   ${report.alerts}\nheld     ${report.held} (quiet hours or daily cap)\nfailed   ${report.failed.length}\n`);
        return report.failed.length > 0 ? EXIT.failed : EXIT.ok;
      }),
    );
}
