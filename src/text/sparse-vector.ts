/**
 * Sparse vectors over small integer ids, sorted by id, so cosine is a linear merge of two typed
 * arrays — several times faster than Map lookups in the hot loops of summaries and story clustering.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A vector from (id → weight) pairs, sorted by id and scaled to unit length; zero weights are dropped. */
export function unitVector(entries: Iterable<readonly [number, number]>): SparseVector {
  const pairs = [...entries].filter(([, w]) => w !== 0).sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(pairs.length);
  const weights = new Float64Array(pairs.length);
  let sumSquares = 0;
  pairs.forEach(([id, w], i) => {
    ids[i] = id;
    weights[i] = w;
    sumSquares += w * w;
  });
  const norm = Math.sqrt(sumSquares) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return { ids, weights };
}

/** Dot product; the cosine when both are unit vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
