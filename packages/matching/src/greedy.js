// @ts-check
/**
 * Baseline for comparison: take the allowed pairs from the highest score down (ties: adept order,
 * then mentor order) while the adept is free and the mentor has room. Not optimal in either
 * cardinality or score; the benchmark uses it to show what the exact solver gains.
 */
import { buildResult, toProblem } from './result.js';

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').Instance} Instance */
/** @typedef {import('./types.js').Result} Result */

/**
 * @param {Problem} p
 * @returns {Int32Array} for each adept, its chosen pair or -1
 */
export function assignGreedy(p) {
  const n = p.adeptIds.length;
  const { rowStart, col, score, lockedEdge } = p;
  const edgeOf = new Int32Array(n).fill(-1);
  const left = Int32Array.from(p.capacity.map((c) => Math.min(c, n)));
  const adeptOf = new Int32Array(col.length);
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) adeptOf[e] = i;
    if (lockedEdge[i] >= 0) {
      edgeOf[i] = lockedEdge[i];
      left[col[lockedEdge[i]]]--;
    }
  }
  const order = new Uint32Array(col.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  // Edges are stored by adept, then in input order; ties keep that order.
  order.sort((x, y) => score[y] - score[x] || x - y);
  for (let k = 0; k < order.length; k++) {
    const e = order[k];
    const i = adeptOf[e];
    if (edgeOf[i] < 0 && left[col[e]] > 0) {
      edgeOf[i] = e;
      left[col[e]]--;
    }
  }
  return edgeOf;
}

/**
 * Greedy baseline (highest score first). Same input and output shapes as `solve`.
 * @param {Instance | Problem} instance
 * @returns {Result}
 */
export function greedy(instance) {
  const p = toProblem(instance);
  return buildResult(p, assignGreedy(p));
}
