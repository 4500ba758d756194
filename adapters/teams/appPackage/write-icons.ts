/**
 * `npm run teams:icons`: draws color.png and outline.png (see icons.ts) into this folder.
 * Run it after changing the drawing, and commit the PNGs.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLOR_ICON, OUTLINE_ICON } from './icon-files.js';
import { drawColorIcon, drawOutlineIcon, encodePng } from './icons.js';

const here = dirname(fileURLToPath(import.meta.url));
for (const [icon, png] of [[COLOR_ICON, drawColorIcon()], [OUTLINE_ICON, drawOutlineIcon()]] as const) {
  const path = join(here, icon.file);
  writeFileSync(path, encodePng(png));
  process.stdout.write(`wrote ${path} (${icon.size}×${icon.size})\n`);
}
