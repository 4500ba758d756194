/** `mawjaz briefs send` — post the weekly briefs that are due (or, with --now, every current one). */
import type { Command } from 'commander';
import { createLlmSummariser, llmSettingsFrom } from '../../../digests/summarise/llm-summariser.js';
import { sendDueBriefs } from '../../delivery/brief-sender.js';
import type { PlatformWiring } from '../../server/platforms.js';
import { printJson } from '../format.js';
import { EXIT, withEngine } from '../run.js';

interface SendFlags {
  db?: string;
  now?: boolean;
  json?: boolean;
}

export function register(program: Command, wiring: PlatformWiring): void {
  const briefs = program.command('briefs').description('weekly briefs for followers and channels');
  briefs
    .command('send')
    .description("post the briefs whose time has come in each subscriber's time zone (once per week each)")
    .option('--now', "send every subscriber's current brief now, whatever its schedule (still once per week)")
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: SendFlags) =>
      withEngine(flags, async (engine) => {
        const deliverers = await wiring.deliverers(engine);
        if (deliverers.length === 0) engine.logger.warn('no platform configured to post to (set SLACK_BOT_TOKEN, or the Slack OAuth variables SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, MAWJAZ_ENCRYPTION_KEY)');
        const llm = llmSettingsFrom(engine.config);
        const report = await sendDueBriefs(engine, deliverers, { now: flags.now === true, digester: { llm: llm ? createLlmSummariser(llm) : null } });
        if (flags.json) printJson(report);
        else {
          process.stdout.write(`sent     ${report.sent}\nskipped  ${report.skipped} (already sent or queued this week)\nretrying ${report.retrying} (see \`mawjaz deliveries list\`)\nfailed   ${report.failed.length}\n`);
          for (const f of report.failed) process.stdout.write(`  ✗ ${f.target}: ${f.error}\n`);
        }
        return report.failed.length > 0 ? EXIT.failed : EXIT.ok;
      }),
    );
}
