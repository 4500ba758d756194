/**
 * The committed Teams icons' names, sizes and background colour. Apart from icons.ts (which draws
 * them with pngjs, a dev dependency) so that building the app package on an install without dev
 * dependencies reads the PNGs and never loads the drawing code.
 */
export const COLOR_ICON = { file: 'color.png', size: 192 } as const;
export const OUTLINE_ICON = { file: 'outline.png', size: 32 } as const;

/** The manifest's accentColor and the colour icon's background: Slack's background_color. */
export const BACKGROUND = { r: 0x1d, g: 0x3b, b: 0x53 } as const;
