/**
 * The Teams app icons as Teams checks them on upload: color.png 192×192, outline.png 32×32 in white on
 * transparent only. https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
 * Also that the committed PNGs are what icons.ts draws, so the script and the files cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR } from '../../../adapters/teams/appPackage/app-package.js';
import { COLOR_ICON, OUTLINE_ICON } from '../../../adapters/teams/appPackage/icon-files.js';
import { drawColorIcon, drawOutlineIcon } from '../../../adapters/teams/appPackage/icons.js';

function committed(file: string): PNG {
  return PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, file)));
}

/** Pixels as [r, g, b, a] tuples. */
function pixels(png: PNG): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0]);
  return out;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Ample for two flat icons (they weigh 2.4 KB and 0.3 KB); a photo or an uncompressed export would not fit. */
const MAX_ICON_BYTES = 16 * 1024;

describe('Teams app icons', () => {
  it.each([COLOR_ICON, OUTLINE_ICON])('$file is a small 8-bit RGBA PNG of $size×$size, read as committed (no drawing at run time)', (icon) => {
    const bytes = readFileSync(join(APP_PACKAGE_DIR, icon.file));
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The IHDR chunk comes first: width and height at bytes 16 and 20, bit depth at 24, colour type at 25 (6: RGBA).
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20), bytes[24], bytes[25]]).toEqual([icon.size, icon.size, 8, 6]);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_ICON_BYTES);
  });

  it('color.png is 192×192, opaque, and has a mark on its background', () => {
    const png = committed(COLOR_ICON.file);
    expect([png.width, png.height]).toEqual([192, 192]);
    const all = pixels(png);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    expect(new Set(all.map((p) => p.join(','))).size).toBeGreaterThan(2);
  });

  it('outline.png is 32×32, white on transparent only, and not empty', () => {
    const png = committed(OUTLINE_ICON.file);
    expect([png.width, png.height]).toEqual([32, 32]);
    const visible = pixels(png).filter(([, , , a]) => a > 0);
    const notWhite = visible.filter(([r, g, b]) => r !== 255 || g !== 255 || b !== 255);
    expect(notWhite, `non-white pixels: ${notWhite.slice(0, 5).map((p) => p.join(',')).join(' ')}`).toEqual([]);
    expect(visible.filter(([, , , a]) => a === 255).length).toBeGreaterThan(32);
    const corners = [0, 31, 32 * 31, 32 * 32 - 1].map((i) => png.data[i * 4 + 3]);
    expect(corners).toEqual([0, 0, 0, 0]);
  });

  it.each([
    [COLOR_ICON.file, drawColorIcon],
    [OUTLINE_ICON.file, drawOutlineIcon],
  ])('%s is what icons.ts draws (run npm run teams:icons after changing it)', (file, draw) => {
    const drawn = draw();
    const saved = committed(file);
    expect([saved.width, saved.height]).toEqual([drawn.width, drawn.height]);
    expect(Buffer.compare(saved.data, drawn.data)).toBe(0);
  });
});
