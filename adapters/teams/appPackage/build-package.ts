/**
 * `mawjaz-teams-package [--out FILE] [--allow-placeholder]` (from a clone: `npm run teams:package --`):
 * writes the Teams app package (./mawjaz-teams.zip by default) to upload in Teams → Apps → Manage your apps → Upload a custom app.
 * A build step rather than part of `mawjaz serve`, so it reads its two settings from the environment
 * itself: MICROSOFT_APP_ID (required unless --allow-placeholder) and MAWJAZ_PUBLIC_HOST.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageVersion } from '../../../src/package-version.js';
import { AppPackageError, PLACEHOLDER_HOST, buildAppPackage } from './app-package.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'mawjaz-teams.zip' },
      'allow-placeholder': { type: 'boolean', default: false },
    },
  });
  const publicHost = process.env.MAWJAZ_PUBLIC_HOST;
  const zip = buildAppPackage({
    appId: process.env.MICROSOFT_APP_ID,
    publicHost,
    allowPlaceholder: values['allow-placeholder'],
    version: packageVersion,
  });
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  if (!publicHost?.trim()) {
    process.stderr.write(`MAWJAZ_PUBLIC_HOST is not set: the package names ${PLACEHOLDER_HOST} as the app's domain.\n`);
  }
  process.stdout.write(`Wrote ${out} (${zip.length} bytes). Upload it in Teams: Apps → Manage your apps → Upload a custom app.\n`);
}

try {
  main();
} catch (error) {
  // Our own errors and parseArgs' (an unknown option) are the user's to fix: one line, no stack.
  const usersToFix = error instanceof AppPackageError || (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'));
  if (!usersToFix) throw error;
  process.stderr.write(`mawjaz teams:package: ${error.message}\n`);
  process.exitCode = 1;
}
