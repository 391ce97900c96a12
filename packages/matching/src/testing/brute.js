// @ts-check
/**
 * Test helpers: an exhaustive reference solver and a random instance generator for small
 * instances. Independent of the solver's code path except for `validate` (the compact form).
 */

/** @typedef {import('../types.js').Problem} Problem */
/** @typedef {import('../types.js').Instance} Instance */

/**
 * Best (matchedCount, totalScore) over all feasible assignments, by exhaustive search.
 * Scores are compared exactly when they are integers; use a tolerance in the caller otherwise.
 * @param {Problem} p
 * @returns {{ matchedCount: number, totalScore: number }}
 */
export function bruteForce(p) {
  const n = p.adeptIds.length;
  const left = p.capacity.slice();
  let baseCount = 0;
  let baseScore = 0;
  /** @type {number[]} */
  const free = [];
  for (let i = 0; i < n; i++) {
    const e = p.lockedEdge[i];
    if (e >= 0) {
      left[p.col[e]]--;
      baseCount++;
      baseScore += p.score[e];
    } else free.push(i);
  }
  let bestCount = -1;
  let bestScore = -Infinity;
  /** @param {number} k @param {number} count @param {number} total */
  const go = (k, count, total) => {
    if (k === free.length) {
      if (count > bestCount || (count === bestCount && total > bestScore + 1e-12)) {
        bestCount = count;
        bestScore = total;
      }
      return;
    }
    // Bound: even matching every remaining adept cannot beat the best count.
    if (count + (free.length - k) < bestCount) return;
    const i = free[k];
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
      const j = p.col[e];
      if (left[j] > 0) {
        left[j]--;
        go(k + 1, count + 1, total + p.score[e]);
        left[j]++;
      }
    }
    go(k + 1, count, total);
  };
  go(0, 0, 0);
  return { matchedCount: baseCount + bestCount, totalScore: baseScore + bestScore };
}

/**
 * Mulberry32: a small seeded PRNG (deterministic instances).
 * @param {number} seed
 */
export function rng(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A second, independent exact solver for medium instances: the textbook O(N^3) Hungarian method
 * on a square matrix (mentors expanded into capacity slots, plus one "unmatched" column per adept),
 * with integer-weighted costs so that cardinality dominates. Only for integer scores.
 * @param {Problem} p
 * @returns {{ matchedCount: number, totalScore: number }}
 */
export function hungarianReference(p) {
  const n = p.adeptIds.length;
  /** @type {number[]} */
  const slots = [];
  let baseCount = 0;
  let baseScore = 0;
  const left = p.capacity.map((c) => Math.min(c, n));
  for (let i = 0; i < n; i++) {
    const e = p.lockedEdge[i];
    if (e >= 0) {
      left[p.col[e]]--;
      baseCount++;
      baseScore += p.score[e];
    }
  }
  left.forEach((c, j) => {
    for (let k = 0; k < c; k++) slots.push(j);
  });
  const rows = [];
  for (let i = 0; i < n; i++) if (p.lockedEdge[i] < 0) rows.push(i);
  const R = rows.length;
  const C = slots.length + R;
  const N = Math.max(R, C);
  let maxAbs = 1;
  for (let e = 0; e < p.score.length; e++) maxAbs = Math.max(maxAbs, Math.abs(p.score[e]));
  const BIG = 2 * maxAbs * (n + 1) + 1;
  const FORBID = BIG * (n + 2) * 4;
  /** @type {number[][]} cost[r][c], 1-based as in the classic formulation */
  const cost = Array.from({ length: N + 1 }, () => new Array(N + 1).fill(0));
  for (let r = 0; r < N; r++) {
    for (let c = 0; c < N; c++) {
      let v = 0;
      if (r < R && c < slots.length) {
        v = FORBID;
        const i = rows[r];
        for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) if (p.col[e] === slots[c]) v = -(BIG + p.score[e]);
      } else if (r < R && c >= slots.length) {
        v = c - slots.length === r ? 0 : FORBID;
      }
      cost[r + 1][c + 1] = v;
    }
  }
  const u = new Array(N + 1).fill(0);
  const v = new Array(N + 1).fill(0);
  const match = new Array(N + 1).fill(0);
  const way = new Array(N + 1).fill(0);
  for (let r = 1; r <= N; r++) {
    match[0] = r;
    let c0 = 0;
    const minv = new Array(N + 1).fill(Infinity);
    const used = new Array(N + 1).fill(false);
    do {
      used[c0] = true;
      const r0 = match[c0];
      let delta = Infinity;
      let c1 = 0;
      for (let c = 1; c <= N; c++) {
        if (used[c]) continue;
        const cur = cost[r0][c] - u[r0] - v[c];
        if (cur < minv[c]) {
          minv[c] = cur;
          way[c] = c0;
        }
        if (minv[c] < delta) {
          delta = minv[c];
          c1 = c;
        }
      }
      for (let c = 0; c <= N; c++) {
        if (used[c]) {
          u[match[c]] += delta;
          v[c] -= delta;
        } else minv[c] -= delta;
      }
      c0 = c1;
    } while (match[c0] !== 0);
    do {
      const c1 = way[c0];
      match[c0] = match[c1];
      c0 = c1;
    } while (c0);
  }
  let count = baseCount;
  let total = baseScore;
  for (let c = 1; c <= slots.length; c++) {
    const r = match[c] - 1;
    if (r < 0 || r >= R) continue;
    const i = rows[r];
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
      if (p.col[e] === slots[c - 1]) {
        count++;
        total += p.score[e];
      }
    }
  }
  return { matchedCount: count, totalScore: total };
}
