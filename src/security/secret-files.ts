/**
 * Secrets given as files (`NAME_FILE=/run/secrets/name`), as Docker, Kubernetes and systemd credentials
 * mount them: the file's content becomes NAME's value, without its trailing line break. Giving both
 * NAME and NAME_FILE is a mistake (which one wins would be a guess); a file that cannot be read is named
 * by its variable and path, and its content never appears in a message.
 */
import { readFileSync } from 'node:fs';

export interface SecretFilesResult {
  /** The environment with each NAME_FILE read into NAME. */
  env: Record<string, string | undefined>;
  /** One line per variable that could not be read: `NAME_FILE: reason`. */
  problems: string[];
}

const isSet = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export function readSecretFiles(env: Record<string, string | undefined>, names: Iterable<string>): SecretFilesResult {
  const resolved = { ...env };
  const problems: string[] = [];
  for (const name of names) {
    const path = env[`${name}_FILE`];
    if (!isSet(path)) continue;
    if (isSet(env[name])) {
      problems.push(`${name}_FILE: ${name} is set too; give the secret one way, not both`);
      continue;
    }
    try {
      resolved[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      // The code (ENOENT, EACCES, EISDIR) says what to fix; the path is the operator's own setting.
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unreadable';
      problems.push(`${name}_FILE: cannot read ${path} (${code})`);
    }
  }
  return { env: resolved, problems };
}
