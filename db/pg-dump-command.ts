/**
 * The pg_dump command that backs up a PostgreSQL database (Mawjaz does not copy PostgreSQL itself:
 * pg_dump gives a consistent snapshot of a live database and matches the server's version). The
 * password is never printed: pg_dump reads it from PGPASSWORD or ~/.pgpass.
 * https://www.postgresql.org/docs/current/app-pgdump.html
 */

/** A shell word: quoted unless it is plainly safe. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

export interface PgDumpCommand {
  /** The command line, ready to paste. */
  line: string;
  /** The same as separate arguments (for --json and scripts), and the variables to set for it. */
  argv: string[];
  env: Record<string, string>;
  /** Whether the URL carried a password the operator must supply apart. */
  needsPassword: boolean;
}

export function pgDumpCommand(databaseUrl: string, file: string): PgDumpCommand {
  const url = new URL(databaseUrl);
  const argv = ['pg_dump', '--format=custom', `--file=${file}`];
  if (url.hostname !== '') argv.push(`--host=${decodeURIComponent(url.hostname)}`);
  if (url.port !== '') argv.push(`--port=${url.port}`);
  if (url.username !== '') argv.push(`--username=${decodeURIComponent(url.username)}`);
  argv.push(`--dbname=${decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres'}`);
  // Connection options from the URL's query (sslmode=require…) become pg_dump's environment variables.
  const sslmode = url.searchParams.get('sslmode');
  const env: Record<string, string> = sslmode === null ? {} : { PGSSLMODE: sslmode };
  const words = [...Object.entries(env).map(([key, value]) => `${key}=${value}`), ...argv];
  return { argv, env, line: words.map(shellWord).join(' '), needsPassword: url.password !== '' };
}
