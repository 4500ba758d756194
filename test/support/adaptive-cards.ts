/**
 * Checks a card the way a Teams client would read it, with Microsoft's own `adaptivecards` parser:
 * every parse event (unknown element, bad value, property newer than 1.5) is returned, plus any key
 * of ours the parser dropped when serialising the card back (an unknown property: the parser ignores
 * those silently), plus a version above 1.5.
 *
 * The package's lib/ uses extensionless ESM imports Node cannot load, so the UMD bundle is required;
 * it touches `window`/`document` when loaded, hence a linkedom DOM on globalThis first.
 */
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

interface ParsedCard {
  version: { major: number; minor: number; toString(): string } | undefined;
  parse(json: unknown, context: ParseContext): void;
  toJSON(context?: ParseContext): unknown;
}

interface ParseContext {
  readonly eventCount: number;
  getEventAt(index: number): { message: string };
}

interface AdaptiveCardsModule {
  AdaptiveCard: new () => ParsedCard;
  SerializationContext: new (targetVersion?: unknown) => ParseContext;
  Versions: { v1_5: unknown };
}

function load(): AdaptiveCardsModule {
  const dom = parseHTML('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'HTMLElement'] as const) g[key] ??= key === 'window' ? dom.window : key === 'document' ? dom.document : dom.HTMLElement;
  return createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
}

let module: AdaptiveCardsModule | undefined;

/** Keys present in `ours` but missing from the parser's own serialisation of it, as JSON paths. */
function dropped(ours: unknown, theirs: unknown, path: string): string[] {
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs)) return [path];
    return ours.flatMap((item, i) => dropped(item, theirs[i], `${path}[${i}]`));
  }
  if (ours === null || typeof ours !== 'object') return [];
  if (theirs === null || typeof theirs !== 'object') return [path];
  const them = theirs as Record<string, unknown>;
  // `data` is ours to shape: the parser copies it whole.
  return Object.entries(ours).flatMap(([key, value]) => (key in them ? (key === 'data' ? [] : dropped(value, them[key], `${path}.${key}`)) : [`${path}.${key}`]));
}

/** Every problem the official parser finds in `card`, as readable strings; empty means Teams reads it all. */
export function parseCardStrictly(card: unknown): string[] {
  module ??= load();
  const parsed = new module.AdaptiveCard();
  const context = new module.SerializationContext(module.Versions.v1_5);
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const version = parsed.version;
  if (version === undefined || version.major !== 1 || version.minor > 5) problems.push(`card version ${String(version)} is above 1.5`);
  problems.push(...dropped(card, parsed.toJSON(), '$').map((path) => `unknown property ${path}`));
  return problems;
}
