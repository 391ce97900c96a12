// @ts-check
/**
 * Warm start for the exact solver: an auction-like "augmenting row reduction" (as in the
 * Jonker-Volgenant method) with step size 0, so that it keeps EXACT complementary slackness.
 *
 * Each free adept looks at its profits (score - mentor price). It takes its best mentor if that
 * mentor has room; otherwise it outbids the mentor's least attached adept by raising the mentor's
 * price as far as every other adept of that mentor still prefers it (never further than the
 * bidder's own margin over its second choice). The evicted adept becomes free and bids in turn.
 *
 * Invariants (checked by the property tests through the final result):
 *  - every assigned adept is at a mentor of maximum profit (prices of other mentors only rise);
 *  - a mentor with room has price 0 and every price is >= 0; mentor loads never decrease.
 * That makes the partial assignment a min-cost flow for the set of assigned adepts, with the prices
 * as its dual certificate, so the shortest-path phases can start from it and stay exact. Adepts
 * the warm start cannot place (no strict price progress possible, or budget used up) are simply
 * left to the exact phases. The warm start matters for speed only: it absorbs "popular mentor"
 * structure that makes a cold start explore most of the graph on every augmentation.
 */

/** @typedef {import('./types.js').Problem} Problem */

/**
 * @typedef {object} WarmState
 * @property {Int32Array} rem remaining capacity of each mentor (after locked pairs), 0 = unusable
 * @property {Int32Array} slotStart slots of mentor j: slotStart[j] .. slotStart[j+1]-1
 * @property {Int32Array} slotAdept adept in each slot (the first load[j] slots of j are used)
 * @property {Int32Array} load
 * @property {Int32Array} slotOf slot of each adept, or -1
 * @property {Int32Array} edgeOf chosen pair of each adept, or -1 (locked pairs already set)
 * @property {Float64Array} price mentor prices (output)
 */

/**
 * @param {Problem} p
 * @param {WarmState} st filled in place
 * @param {number} budget maximum number of pair scores to look at
 * @returns {{ bids: number, scanned: number, placed: number }}
 */
export function warmStart(p, st, budget) {
  const n = p.adeptIds.length;
  const { rowStart, col, score, lockedEdge } = p;
  const { rem, slotStart, slotAdept, load, slotOf, edgeOf, price } = st;
  /** Price level of its mentor at which the adept would stop preferring it (a lower bound). */
  const cap = new Float64Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (lockedEdge[i] < 0 && rowStart[i + 1] > rowStart[i]) queue[tail++] = i;
  let queued = tail;
  if (tail === n) tail = 0;
  let scanned = 0;
  let bids = 0;
  let placed = 0;
  let ties = Infinity;
  let bidId = 0;
  const refreshed = new Int32Array(n);

  /** @param {number} i @param {number} e @param {number} slot @param {number} c */
  const put = (i, e, slot, c) => {
    slotAdept[slot] = i;
    slotOf[i] = slot;
    edgeOf[i] = e;
    cap[i] = c;
  };

  while (queued > 0 && scanned < budget) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    queued--;
    let v1 = -Infinity;
    let v2 = -Infinity;
    let e1 = -1;
    let e2 = -1;
    const s0 = rowStart[i];
    const s1 = rowStart[i + 1];
    scanned += s1 - s0;
    for (let e = s0; e < s1; e++) {
      const j = col[e];
      if (rem[j] === 0) continue;
      const v = score[e] - price[j];
      if (v > v1) {
        v2 = v1;
        e2 = e1;
        v1 = v;
        e1 = e;
      } else if (v > v2) {
        v2 = v;
        e2 = e;
      }
    }
    if (e1 < 0) continue;
    const j1 = col[e1];
    if (load[j1] < rem[j1]) {
      put(i, e1, slotStart[j1] + load[j1]++, score[e1] - v2);
      placed++;
      continue;
    }
    if (v1 === v2 && e2 >= 0 && load[col[e2]] < rem[col[e2]]) {
      const j2 = col[e2];
      put(i, e2, slotStart[j2] + load[j2]++, score[e2] - v1);
      placed++;
      continue;
    }
    // Outbid the least attached adept of j1. Attachment bounds go stale as other prices rise, so
    // a bound that allows no progress is refreshed from the adept's current second choice.
    let w = -1;
    let wCap = Infinity;
    bidId++;
    for (let tries = 0; tries <= rem[j1]; tries++) {
      w = -1;
      wCap = Infinity;
      for (let s = slotStart[j1], end = slotStart[j1] + load[j1]; s < end; s++) {
        const o = slotAdept[s];
        if (w < 0 || cap[o] < wCap) {
          w = o;
          wCap = cap[o];
        }
      }
      if (wCap > price[j1] || refreshed[w] === bidId) break;
      refreshed[w] = bidId;
      let other = -Infinity;
      for (let e = rowStart[w]; e < rowStart[w + 1]; e++) {
        const j = col[e];
        if (j !== j1 && rem[j] > 0 && score[e] - price[j] > other) other = score[e] - price[j];
      }
      scanned += rowStart[w + 1] - rowStart[w];
      cap[w] = score[edgeOf[w]] - other;
    }
    const next = Math.min(score[e1] - v2, wCap);
    if (next === Infinity) continue; // nothing to bid against: leave to the exact phases
    if (!(next > price[j1])) {
      // A genuine tie: allowed a limited number of times (it can cycle), then left to the exact phases.
      if (ties === 0) continue;
      ties--;
    }
    if (next > price[j1]) price[j1] = next;
    put(i, e1, slotOf[w], score[e1] - v2);
    edgeOf[w] = -1;
    slotOf[w] = -1;
    queue[tail] = w;
    tail = tail + 1 === n ? 0 : tail + 1;
    queued++;
    bids++;
  }
  return { bids, scanned, placed };
}
