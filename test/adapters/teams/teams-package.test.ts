/**
 * `npm run teams:package`: the zip users upload to Teams holds manifest.json with this deployment's
 * app id and host, and the two icons, at its root; without MICROSOFT_APP_ID it refuses unless told
 * to use the placeholder. The zip is unpacked with fflate, the library that wrote it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_PACKAGE_DIR,
  PLACEHOLDER_HOST,
  PLACEHOLDER_ID,
  buildAppPackage,
  type AppPackageOptions,
} from '../../../adapters/teams/appPackage/app-package.js';
import { hasTeamsSchema, teamsSchemaErrors } from '../../support/teams-schema.js';

const run = promisify(execFile);
const projectRoot = resolve(APP_PACKAGE_DIR, '../../..');
const APP_ID = '4f1c2a9e-5b7d-4c3e-9a1f-2b6d8e0c7a15';
const HOST = 'news.ministry.example';

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-teams-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PackagedManifest {
  version: string;
  id: string;
  bots: { botId: string }[];
  validDomains: string[];
  developer: Record<string, string>;
}

function unpack(zip: Uint8Array): { files: string[]; manifest: PackagedManifest; entries: Record<string, Uint8Array> } {
  const entries = unzipSync(zip);
  return {
    files: Object.keys(entries).sort(),
    manifest: JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as PackagedManifest,
    entries,
  };
}

function options(overrides: Partial<AppPackageOptions>): AppPackageOptions {
  return { appId: APP_ID, publicHost: HOST, allowPlaceholder: false, version: '1.2.3', ...overrides };
}

/** `npm run teams:package` as a user runs it, with only the given settings in the environment. */
async function teamsPackage(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { MICROSOFT_APP_ID: _id, MAWJAZ_PUBLIC_HOST: _host, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'adapters/teams/appPackage/build-package.ts', ...args], {
      cwd: projectRoot,
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('the Teams app package', () => {
  it('holds manifest.json and both icons at its root, the icons as committed', () => {
    const { files, entries } = unpack(buildAppPackage(options({})));
    expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.from(entries[icon] ?? new Uint8Array()).equals(readFileSync(join(APP_PACKAGE_DIR, icon)))).toBe(true);
    }
  });

  it('puts the app id in id and botId, the host in validDomains and the developer links, and the version', () => {
    const { manifest } = unpack(buildAppPackage(options({ appId: APP_ID.toUpperCase() })));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots.map((b) => b.botId)).toEqual([APP_ID]);
    expect(manifest.validDomains).toEqual([HOST]);
    expect(manifest.version).toBe('1.2.3');
    expect(Object.values(manifest.developer).filter((v) => v.startsWith('https://'))).toEqual([
      `https://${HOST}/`,
      `https://${HOST}/privacy`,
      `https://${HOST}/terms`,
    ]);
    expect(JSON.stringify(manifest)).not.toContain(PLACEHOLDER_HOST);
    expect(JSON.stringify(manifest)).not.toContain(PLACEHOLDER_ID);
  });

  it.skipIf(!hasTeamsSchema)('packages a manifest that validates against the Teams schema', () => {
    const { manifest } = unpack(buildAppPackage(options({})));
    const errors = teamsSchemaErrors(manifest);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('refuses a missing app id unless the placeholder is allowed, and names the setting', () => {
    expect(() => buildAppPackage(options({ appId: undefined }))).toThrow(/MICROSOFT_APP_ID is not set.*--allow-placeholder/su);
    expect(() => buildAppPackage(options({ appId: '  ' }))).toThrow(/MICROSOFT_APP_ID is not set/u);
    const { manifest } = unpack(buildAppPackage(options({ appId: undefined, publicHost: undefined, allowPlaceholder: true })));
    expect(manifest.id).toBe(PLACEHOLDER_ID);
    expect(manifest.validDomains).toEqual([PLACEHOLDER_HOST]);
  });

  it.each([
    [{ appId: 'mawjaz-bot' }, /MICROSOFT_APP_ID must be a GUID.*"mawjaz-bot"/u],
    [{ publicHost: 'https://news.ministry.example/' }, /MAWJAZ_PUBLIC_HOST must be a host name.*without https:\/\//u],
    [{ publicHost: 'news.ministry.example:8443' }, /MAWJAZ_PUBLIC_HOST must be a host name/u],
  ])('refuses %j with a clear message', (overrides, message) => {
    expect(() => buildAppPackage(options(overrides))).toThrow(message);
  });
});

describe('npm run teams:package', () => {
  it('writes the zip to --out with the ids and host from the environment', async () => {
    const out = join(dir, 'nested', 'mawjaz-teams.zip');
    const result = await teamsPackage(['--out', out], { MICROSOFT_APP_ID: APP_ID, MAWJAZ_PUBLIC_HOST: HOST });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const { manifest } = unpack(readFileSync(out));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual([HOST]);
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(version);
  });

  it('exits 1 with one readable line, and writes nothing, when MICROSOFT_APP_ID is missing', async () => {
    const out = join(dir, 'refused.zip');
    const result = await teamsPackage(['--out', out], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mawjaz teams:package: MICROSOFT_APP_ID is not set: .*--allow-placeholder.*\n$/u);
    expect(() => readFileSync(out)).toThrow(/ENOENT/u);
  });

  it('builds with the placeholders when allowed, and says the host is the placeholder', async () => {
    const out = join(dir, 'placeholder.zip');
    const result = await teamsPackage(['--out', out, '--allow-placeholder'], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`MAWJAZ_PUBLIC_HOST is not set: the package names ${PLACEHOLDER_HOST}`);
    expect(unpack(readFileSync(out)).manifest.id).toBe(PLACEHOLDER_ID);
  });
});
