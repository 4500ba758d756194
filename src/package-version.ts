/**
 * The installed package's version, read at run time from package.json so it is the one installed.
 * The file is found by walking up from this module: one folder up from src/, two from dist/src/.
 * (Four lines do not justify a dependency such as read-package-up.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageJsonPath(from: string): string {
  const candidate = join(from, 'package.json');
  if (existsSync(candidate)) return candidate;
  if (dirname(from) === from) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
  return packageJsonPath(dirname(from));
}

export const packageVersion: string = (JSON.parse(readFileSync(packageJsonPath(dirname(fileURLToPath(import.meta.url))), 'utf8')) as { version: string }).version;
