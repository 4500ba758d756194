/** The sample corpus shipped with Mawjaz (samples/news, written for it): `mawjaz demo` and the playground's first run load it. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples/news');
