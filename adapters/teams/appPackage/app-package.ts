/**
 * The Teams app package users upload: manifest.json with this deployment's ids and host, and the two
 * icons, at the root of a zip. https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package
 *
 * manifest.json in this folder holds placeholders (the all-zero GUID, mawjaz.example.org, as the Slack
 * manifest does); they are replaced here, never by hand, so the committed file stays valid and generic.
 * fflate makes the zip: a small, dependency-free, actively maintained library that both writes and
 * reads zips in memory (the test unpacks the package with it).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { COLOR_ICON, OUTLINE_ICON } from './icon-files.js';

export const APP_PACKAGE_DIR = dirname(fileURLToPath(import.meta.url));
export const MANIFEST_FILE = 'manifest.json';
/** The id in the committed manifest: a valid GUID that no Azure bot has. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
export const PLACEHOLDER_HOST = 'mawjaz.example.org';

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/iu;
// A DNS name of two or more labels: what validDomains and the developer URLs need, without a scheme or port.
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/iu;

export class AppPackageError extends Error {
  override readonly name = 'AppPackageError';
}

export interface AppPackageOptions {
  /** The Azure Bot's Microsoft App ID (MICROSOFT_APP_ID); undefined or empty: not set. */
  appId: string | undefined;
  /** The public host name Mawjaz is served on (MAWJAZ_PUBLIC_HOST); undefined or empty: the placeholder. */
  publicHost: string | undefined;
  /** Build with the placeholder id when no app id is given (a package Teams accepts but no bot answers). */
  allowPlaceholder: boolean;
  /** The app's version (package.json's): Teams needs a higher one to update an installed app. */
  version: string;
}

/** The parts of the manifest this module rewrites; the rest is copied as it is. */
interface TeamsManifest {
  version: string;
  id: string;
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string; [key: string]: unknown };
  bots: { botId: string; [key: string]: unknown }[];
  validDomains: string[];
  [key: string]: unknown;
}

export function readManifestTemplate(): TeamsManifest {
  return JSON.parse(readFileSync(join(APP_PACKAGE_DIR, MANIFEST_FILE), 'utf8')) as TeamsManifest;
}

function appIdOf(options: AppPackageOptions): string {
  const appId = options.appId?.trim() ?? '';
  if (appId === '' || appId === PLACEHOLDER_ID) {
    if (options.allowPlaceholder) return PLACEHOLDER_ID;
    throw new AppPackageError(
      `MICROSOFT_APP_ID is not set: the package needs your Azure Bot's Microsoft App ID (a GUID such as 4f1c2a9e-…), which becomes the app id and the bot id. ` +
        `Set it, or pass --allow-placeholder to build a package with ${PLACEHOLDER_ID}, which Teams accepts but no bot answers.`,
    );
  }
  if (!GUID.test(appId)) {
    throw new AppPackageError(`MICROSOFT_APP_ID must be a GUID like 4f1c2a9e-5b7d-4c3e-9a1f-2b6d8e0c7a15; got ${JSON.stringify(appId.slice(0, 100))}.`);
  }
  return appId.toLowerCase();
}

function hostOf(options: AppPackageOptions): string {
  const host = options.publicHost?.trim() ?? '';
  if (host === '') return PLACEHOLDER_HOST;
  if (!HOST.test(host)) {
    throw new AppPackageError(
      `MAWJAZ_PUBLIC_HOST must be a host name such as mawjaz.example.org, without https://, a port or a path; got ${JSON.stringify(host.slice(0, 100))}.`,
    );
  }
  return host.toLowerCase();
}

/** The same URL on another host: the committed manifest's developer links keep their paths. */
function onHost(url: string, host: string): string {
  const moved = new URL(url);
  moved.host = host;
  return moved.href;
}

/** The manifest for this deployment: ids, host and version substituted. */
export function deploymentManifest(template: TeamsManifest, options: AppPackageOptions): TeamsManifest {
  const appId = appIdOf(options);
  const host = hostOf(options);
  const { developer } = template;
  return {
    ...template,
    version: options.version,
    id: appId,
    developer: {
      ...developer,
      websiteUrl: onHost(developer.websiteUrl, host),
      privacyUrl: onHost(developer.privacyUrl, host),
      termsOfUseUrl: onHost(developer.termsOfUseUrl, host),
    },
    bots: template.bots.map((bot) => ({ ...bot, botId: appId })),
    validDomains: [host],
  };
}

/** The zip to upload: manifest.json, color.png and outline.png at its root. */
export function buildAppPackage(options: AppPackageOptions): Uint8Array {
  const manifest = deploymentManifest(readManifestTemplate(), options);
  const icon = (file: string): Uint8Array => readFileSync(join(APP_PACKAGE_DIR, file));
  return zipSync({
    [MANIFEST_FILE]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    [COLOR_ICON.file]: icon(COLOR_ICON.file),
    [OUTLINE_ICON.file]: icon(OUTLINE_ICON.file),
  });
}
