/**
 * The system Chromium (Debian's `chromium` package, which `.ci/run` installs) driven by playwright-core:
 * no browser download. Where /usr/bin/chromium is absent the browser tests are skipped with a printed
 * notice; with CI=true its absence is a failure, as for PostgreSQL (test/support/databases.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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

