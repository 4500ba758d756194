/**
 * The two icons of the Teams app package, drawn from code so they can be remade and checked:
 * a 192×192 full-colour icon and a 32×32 outline icon, white on transparent, as Teams requires.
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
 *
 * The mark is three lines of a short text (a brief) and a dot: simple shapes that still read at 32
 * pixels. `npm run teams:icons` writes them beside the manifest; the test compares the committed
 * files with what this module draws.
 */
import { PNG } from 'pngjs';
import { BACKGROUND, COLOR_ICON, OUTLINE_ICON } from './icon-files.js';

const WHITE = { r: 255, g: 255, b: 255 } as const;
const AMBER = { r: 0xf2, g: 0xa5, b: 0x41 } as const;

type Rgb = { readonly r: number; readonly g: number; readonly b: number };

/** A shape in unit coordinates (0..1 across the icon): inside when distance ≤ 0. */
interface Shape {
  colour: Rgb;
  distance(x: number, y: number): number;
}

/** A horizontal bar with round ends from x0 to x1 at height y. */
function bar(x0: number, x1: number, y: number, radius: number, colour: Rgb): Shape {
  return {
    colour,
    distance(x, py) {
      const cx = Math.min(Math.max(x, x0), x1);
      return Math.hypot(x - cx, py - y) - radius;
    },
  };
}

function dot(cx: number, cy: number, radius: number, colour: Rgb): Shape {
  return { colour, distance: (x, y) => Math.hypot(x - cx, y - cy) - radius };
}

/** The mark: lines of decreasing length and a dot closing the last one. */
function mark(lines: Rgb, accent: Rgb): Shape[] {
  const radius = 0.055;
  return [
    bar(0.26, 0.74, 0.32, radius, lines),
    bar(0.26, 0.62, 0.5, radius, lines),
    bar(0.26, 0.46, 0.68, radius, lines),
    dot(0.7, 0.68, radius * 1.35, accent),
  ];
}

// Samples per pixel along each axis: smooth edges without a rendering library.
const SUPERSAMPLING = 4;

/**
 * Draws shapes over a background (null: transparent). A shape's coverage of a pixel becomes its
 * alpha over what is below, so edges are smooth and a white-on-transparent icon stays pure white.
 */
function draw(size: number, background: Rgb | null, shapes: readonly Shape[]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let { r, g, b } = background ?? WHITE;
      let a = background === null ? 0 : 1;
      for (const shape of shapes) {
        let inside = 0;
        for (let sy = 0; sy < SUPERSAMPLING; sy++) {
          for (let sx = 0; sx < SUPERSAMPLING; sx++) {
            const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
            const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
            if (shape.distance(x, y) <= 0) inside++;
          }
        }
        const coverage = inside / SUPERSAMPLING ** 2;
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        const blend = (top: number, below: number): number => (top * coverage + below * a * (1 - coverage)) / outA;
        ({ r, g, b } = { r: blend(shape.colour.r, r), g: blend(shape.colour.g, g), b: blend(shape.colour.b, b) });
        a = outA;
      }
      const i = (py * size + px) * 4;
      png.data[i] = Math.round(r);
      png.data[i + 1] = Math.round(g);
      png.data[i + 2] = Math.round(b);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return png;
}

/** 192×192, the mark in white and amber on the app's dark blue. */
export function drawColorIcon(): PNG {
  return draw(COLOR_ICON.size, BACKGROUND, mark(WHITE, AMBER));
}

/** 32×32, the whole mark in white on transparent (Teams colours the outline icon itself). */
export function drawOutlineIcon(): PNG {
  return draw(OUTLINE_ICON.size, null, mark(WHITE, WHITE));
}

export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png);
}
