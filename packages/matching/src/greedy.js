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
  const order = byScoreDescending(score);
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
 * The pairs from the highest score down; equal scores keep their order (pairs are stored by adept,
 * then in input order). A counting sort over the distinct scores (sorted natively): a comparator
 * sort of a million pairs takes seconds.
 * @param {Float64Array} score
 * @returns {Int32Array}
 */
function byScoreDescending(score) {
  return byMilliScoreDescending(score) ?? byDistinctScoreDescending(score);
}

/**
 * The same order by counting over thousandths, when every score is a whole number of thousandths
 * (as the cohort's scores, 0–100 to three decimals) within a range not much larger than the list:
 * no sort at all. Null otherwise.
 * @param {Float64Array} score
 * @returns {Int32Array | null}
 */
function byMilliScoreDescending(score) {
  if (score.length === 0) return new Int32Array(0);
  // Each score in thousandths, kept for the counting below.
  const milli = new Int32Array(score.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (let e = 0; e < score.length; e++) {
    const x = /** @type {number} */ (score[e]);
    const t = Math.round(x * 1000);
    if (t / 1000 !== x || !(Math.abs(t) <= 0x3fffffff)) return null;
    milli[e] = t;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const top = hi;
  const range = top - lo + 1;
  if (!(range <= Math.max(1 << 20, 4 * score.length))) return null;
  // Bucket b holds the scores of (top - b) thousandths: the highest first.
  const start = new Int32Array(range + 1);
  for (let e = 0; e < score.length; e++) start[top - /** @type {number} */ (milli[e]) + 1]++;
  for (let b = 0; b < range; b++) start[b + 1] += start[b];
  const order = new Int32Array(score.length);
  for (let e = 0; e < score.length; e++) order[start[top - /** @type {number} */ (milli[e])]++] = e;
  return order;
}

/**
 * The same order for any scores: a counting sort over the distinct scores (sorted natively).
 * @param {Float64Array} score
 * @returns {Int32Array}
 */
function byDistinctScoreDescending(score) {
  const sorted = Float64Array.from(score).sort();
  /** distinct scores, highest first */
  const distinct = new Float64Array(sorted.length);
  let d = 0;
  for (let k = sorted.length - 1; k >= 0; k--) if (d === 0 || sorted[k] !== distinct[d - 1]) distinct[d++] = sorted[k];
  const bucket = new Int32Array(score.length);
  const start = new Int32Array(d + 1);
  for (let e = 0; e < score.length; e++) {
    // Binary search in the descending list.
    let lo = 0;
    let hi = d - 1;
    const x = score[e];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] > x) lo = mid + 1;
      else hi = mid;
    }
    bucket[e] = lo;
    start[lo + 1]++;
  }
  for (let b = 0; b < d; b++) start[b + 1] += start[b];
  const order = new Int32Array(score.length);
  for (let e = 0; e < score.length; e++) order[start[bucket[e]]++] = e;
  return order;
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
