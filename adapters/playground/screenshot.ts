/**
 * `npm run playground:screenshot`: the README's picture of the playground. Starts `mawjaz serve` on a
 * fresh SQLite file (no credentials: the playground with the bundled samples), asks `khartoum` in the
 * system Chromium, presses Follow, and saves the window to docs/playground.png (or the path given).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium } from '../../test/support/browser.js';
import { tempSqlite } from '../../test/support/databases.js';
import { startServer } from '../../test/support/fake-slack.js';

const out = resolve(process.argv[2] ?? 'docs/playground.png');
const db = tempSqlite();
const server = await startServer(db.target, {});
const browser = await launchChromium({ width: 1440, height: 1000 });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('command-input').fill('khartoum');
  await page.getByTestId('command-send').click();
  const answer = page.getByTestId('answer').first();
  await answer.waitFor();
  await answer.getByTestId('slack-render').locator('[data-action-id="mawjaz_follow"]').click();
  await page.getByTestId('follow-item').first().waitFor();
  await answer.getByTestId('slack-render').locator('[data-action-id="mawjaz_unfollow"]').waitFor();
  // A still picture: no caret, no smooth scroll in progress.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  process.stdout.write(`saved ${out}\n`);
} finally {
  await browser.close();
  await server.stop();
  await db.drop();
}
