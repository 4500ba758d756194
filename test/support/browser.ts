/**
 * The system Chromium (Debian's `chromium` package, which `.ci/run` installs) driven by playwright-core:
 * no browser download. Where /usr/bin/chromium is absent the browser tests are skipped with a printed
 * notice; with CI=true its absence is a failure, as for PostgreSQL (test/support/databases.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { tempSqlite, type TestDatabase } from './databases.js';
import { startServer } from './fake-slack.js';

export const CHROMIUM_PATH = process.env.MAWJAZ_CHROMIUM ?? '/usr/bin/chromium';

function probeChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium must be installed in CI (${CHROMIUM_PATH}): .ci/run installs Debian's chromium package`);
  console.warn(`[mawjaz tests] ${CHROMIUM_PATH} not found: the playground browser tests are skipped (apt-get install chromium).`);
  return false;
}

export const hasChromium = probeChromium();

/** Flags for a quiet, headless, container-friendly run that reaches nothing but the page's server. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface SystemBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh persistent context (its own user-data dir, removed on close) of the system Chromium. */
export async function launchChromium(viewport = { width: 1440, height: 900 }): Promise<SystemBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'mawjaz-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: ARGS, headless: true, viewport, locale: 'en-GB', timezoneId: 'UTC' });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}


/** Waits for what the user should see, failing with what was expected. */
export async function visible(locator: Locator, what: string, timeout = 10_000): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`not shown within ${timeout} ms: ${what}`);
  }
  return locator;
}

export interface PlaygroundSession {
  page: Page;
  /** What breaks the page even when a test's clicks work: script errors, Content-Security-Policy violations, a file it misses. */
  problems: string[];
  /** The server's own database file. */
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real `mawjaz serve` on a fresh SQLite file (the playground, with the bundled samples), opened in the system Chromium. */
export async function startPlayground(env: Record<string, string> = {}, viewport?: { width: number; height: number }): Promise<PlaygroundSession> {
  const db = tempSqlite();
  const server = await startServer(db.target, env);
  const browser = await launchChromium(viewport);
  const problems: string[] = [];
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Chrome logs an API's 4xx as "Failed to load resource"; those the page handles (a test shows one). A file it misses is a problem.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/playground/api/')) problems.push(`${response.status()} for ${response.url()}`);
  });
  await page.goto(server.url);
  await visible(page.locator('body[data-ready="true"]'), 'the page to start');
  return {
    page,
    problems,
    db,
    close: async () => {
      await browser.close();
      await server.stop();
      await db.drop();
    },
  };
}

/** Types a command in the chat, in the DM or in #playground, as a person would; resolves to its answer once shown. */
export async function askInChat(page: Page, command: string, place: 'dm' | 'channel' = 'dm'): Promise<Locator> {
  await page.getByTestId('tab-chat').click();
  await page.getByTestId(`place-${place}`).click();
  const before = await page.getByTestId('answer').count();
  await page.getByTestId('command-input').fill(command);
  await page.getByTestId('command-send').click();
  await visible(page.getByTestId('answer').nth(before), `the answer to “${command}”`);
  return page.getByTestId('answer').nth(before);
}
