/** The installed package's version, read at run time from package.json so it is the one installed. */
import { readFileSync } from 'node:fs';

export const packageVersion: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
