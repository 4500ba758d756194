/**
 * One matcher over the real gazetteer for all entity tests (building it takes ~50 ms), plus small
 * helpers that turn results into the ids a test asserts on.
 */
import { expect } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';
import { prepareArticle } from '../../src/ingest/enrich.js';
import { loadBlockers, loadGazetteer } from '../../src/entities/gazetteer.js';
import { type EntityMatcher, createEntityMatcher } from '../../src/entities/matcher.js';

let matcher: EntityMatcher | undefined;

export function gazetteerMatcher(): EntityMatcher {
  matcher ??= createEntityMatcher(loadGazetteer(), loadBlockers());
  return matcher;
}

/** Entity ids found in the text, in order of appearance, each once. */
export function idsIn(text: string): string[] {
  return [...new Set(gazetteerMatcher().match(text).map((m) => m.entityId))];
}

/** Organisation and process ids found in the text, in order of appearance, each once. */
export function organisationsIn(text: string): string[] {
  return idsIn(text).filter((id) => id.startsWith('org:') || id.startsWith('process:'));
}

/** One theme, and the sentences (written for the tests, one per language) that must or must not carry it. */
export interface WordingCase {
  what: string;
  theme: string;
  found: readonly string[];
  notFound?: readonly string[];
}

/** Checks a WordingCase with the matcher alone: the theme is in every `found` sentence, in no `notFound` one. */
export function expectWordings({ theme, found, notFound = [] }: WordingCase): void {
  for (const sentence of found) expect(idsIn(sentence), sentence).toContain(theme);
  for (const sentence of notFound) expect(idsIn(sentence), sentence).not.toContain(theme);
}

/** [entityId, surface] pairs, to check what exactly was matched. */
export function surfacesIn(text: string): Array<[string, string]> {
  return gazetteerMatcher()
    .match(text)
    .map((m) => [m.entityId, m.surface]);
}

export function extract(text: string) {
  return extractEntities(text, gazetteerMatcher());
}

/** The themes an article keeps once enriched (support and relevance applied), paragraphs joined as a reader does. */
export function themesOf(title: string, paragraphs: readonly string[], lang: string): string[] {
  const article = prepareArticle({ url: `https://example.invalid/${encodeURIComponent(title)}`, title, text: paragraphs.join('\n\n'), published: null, lang }, gazetteerMatcher());
  return article.mentions.map((m) => m.entityId).filter((id) => id.startsWith('theme:'));
}
