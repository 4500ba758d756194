/**
 * Counts the entity matchers built on the test's own thread (worker threads load their own, unmocked
 * modules): a test mocks entity.service.js with `countingMatcherLoads` and reads `matcherLoads.count`.
 */
import type * as EntityService from '../../src/entities/entity.service.js';

export const matcherLoads = { count: 0 };

export async function countingMatcherLoads(importOriginal: () => Promise<typeof EntityService>): Promise<typeof EntityService> {
  const original = await importOriginal();
  return {
    ...original,
    loadEntityMatcher: (...args: Parameters<typeof original.loadEntityMatcher>) => {
      matcherLoads.count++;
      return original.loadEntityMatcher(...args);
    },
  };
}
