/**
 * One matcher over the real gazetteer for all entity tests (building it takes ~50 ms), plus small
 * helpers that turn results into the ids a test asserts on.
 */
import { extractEntities } from '../../src/entities/extract.js';
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

/** [entityId, surface] pairs, to check what exactly was matched. */
export function surfacesIn(text: string): Array<[string, string]> {
  return gazetteerMatcher()
    .match(text)
    .map((m) => [m.entityId, m.surface]);
}

export function extract(text: string) {
  return extractEntities(text, gazetteerMatcher());
}
