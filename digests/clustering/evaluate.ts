/**
 * Pairwise precision and recall of a clustering against labelled pairs, the measure used to tune and
 * test story clustering: a wrong merge costs precision, a missed same-story pair costs recall.
 */
import type { StoryCluster } from './cluster-stories.js';

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
}

export interface PairwiseScores {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Labelled pairs judged wrongly, for reports. */
  errors: LabelledPair[];
}

export function clusterOf(clusters: readonly StoryCluster[]): Map<string, number> {
  const out = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const id of c.articleIds) out.set(id, i);
  });
  return out;
}

export function pairwiseScores(clusters: readonly StoryCluster[], pairs: readonly LabelledPair[]): PairwiseScores {
  const of = clusterOf(clusters);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: LabelledPair[] = [];
  for (const pair of pairs) {
    const ca = of.get(pair.a);
    const together = ca !== undefined && ca === of.get(pair.b);
    if (together && pair.same) tp += 1;
    else if (together) {
      fp += 1;
      errors.push(pair);
    } else if (pair.same) {
      fn += 1;
      errors.push(pair);
    }
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    errors,
  };
}

/** Every pair of items, labelled same when their gold labels are equal. */
export function allPairs(gold: ReadonlyMap<string, string>): LabelledPair[] {
  const ids = [...gold.keys()].sort();
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const a = ids[i] ?? '';
      const b = ids[j] ?? '';
      pairs.push({ a, b, same: gold.get(a) === gold.get(b) });
    }
  }
  return pairs;
}
