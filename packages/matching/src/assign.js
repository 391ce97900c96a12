// @ts-check
/**
 * The exact solver: a lexicographically optimal many-to-one assignment (first the most adepts
 * matched, then the highest total score), computed as a min-cost flow by successive shortest
 * augmenting paths with potentials (the Hungarian method in its shortest-path form, one adept at a
 * time).
 *
 * Network: adept -> mentor (cost -score), mentor -> sink (capacity = remaining capacity, cost 0),
 * and a private "stay unmatched" arc adept -> sink whose cost is (1, 0) in the lexicographic order
 * (unmatched count first, then minus score). Every processed adept is routed to the sink (through a
 * mentor or through its private arc), so each phase adds one unit of flow along a shortest
 * residual path from the new adept; the flow stays a min-cost flow at every step, which makes the
 * final assignment optimal. Path costs only ever carry the lexicographic part 0 (ends at a mentor
 * with free capacity) or 1 (ends by dropping some adept), so the search runs in two modes:
 *
 * - alive mode: Dijkstra over the part of the residual graph from which a mentor with free capacity
 *   can still be reached; ends at the first such mentor that leaves the heap (+ its sink arc).
 * - dead mode: when no free capacity is reachable, a path must drop an adept; Dijkstra over the
 *   "dead" part, ending at the cheapest drop (possibly the new adept itself).
 *
 * Being dead is permanent (augmenting never makes free capacity reachable again from a region that
 * could not reach it), so every node is searched exhaustively in a failed alive search at most
 * once; the two regions keep separate sink potentials, and a region that turns dead is shifted by
 * one constant so that the reduced costs of all arcs it will be searched over stay >= 0.
 * Reduced costs are clamped at 0 to absorb floating-point noise.
 */
import { IndexedHeap } from './heap.js';

/** @typedef {import('./types.js').Problem} Problem */

/**
 * @param {Problem} p validated problem
 * @param {{ searches: number, deadSearches: number, popped: number, scanned: number }} [counters]
 *   optional work counters, filled in (for benchmarks)
 * @returns {Int32Array} for each adept, the index of its pair in `p.col`/`p.score`, or -1
 */
export function assignOptimal(p, counters) {
  let popped = 0;
  let scanned = 0;
  let searches = 0;
  let deadSearches = 0;
  const n = p.adeptIds.length;
  const m = p.mentorIds.length;
  const { rowStart, col, score, lockedEdge } = p;
  const edgeOf = new Int32Array(n).fill(-1);

  // Capacity left after the locked pairs, bounded by how many free adepts may take the mentor.
  const lockedUse = new Int32Array(m);
  const degree = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    if (lockedEdge[i] >= 0) {
      edgeOf[i] = lockedEdge[i];
      lockedUse[col[lockedEdge[i]]]++;
    } else {
      for (let e = rowStart[i]; e < rowStart[i + 1]; e++) degree[col[e]]++;
    }
  }
  const rem = new Int32Array(m);
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) {
    rem[j] = Math.min(p.capacity[j] - lockedUse[j], degree[j]);
    slotStart[j + 1] = slotStart[j] + rem[j];
  }
  const slotAdept = new Int32Array(slotStart[m]);
  const load = new Int32Array(m);
  const slotOf = new Int32Array(n).fill(-1);

  // Potentials (mentors, adepts) and the two sink potentials; labels of the dead region.
  const piM = new Float64Array(m);
  const piA = new Float64Array(n);
  const piTA = 0;
  const piTD = 0;
  const deadM = new Uint8Array(m);
  const deadA = new Uint8Array(n);
  for (let j = 0; j < m; j++) if (rem[j] === 0) deadM[j] = 1;

  // Dijkstra state. Heap items: mentors 0..m-1 and the sink T = m.
  const T = m;
  const dist = new Float64Array(m + 1);
  const seen = new Int32Array(m + 1).fill(-1);
  const prevAdept = new Int32Array(m + 1);
  const prevEdge = new Int32Array(m + 1);
  const distA = new Float64Array(n);
  const visitM = new Int32Array(m);
  const visitA = new Int32Array(n);
  let nVisitM = 0;
  let nVisitA = 0;
  const heap = new IndexedHeap(m + 1, dist);
  let phase = 0;

  /** @param {number} x @param {number} d @param {number} from @param {number} e */
  const relax = (x, d, from, e) => {
    if (seen[x] !== phase) {
      seen[x] = phase;
      dist[x] = d;
      prevAdept[x] = from;
      prevEdge[x] = e;
      heap.push(x);
    } else if (d < dist[x] && heap.has(x)) {
      dist[x] = d;
      prevAdept[x] = from;
      prevEdge[x] = e;
      heap.decrease(x);
    }
  };

  /**
   * Shortest path from the new adept `a` to the sink within one region.
   * @param {number} a
   * @param {boolean} dead
   * @returns {boolean} whether the sink was reached (always, in dead mode)
   */
  const search = (a, dead) => {
    phase++;
    searches++;
    if (dead) deadSearches++;
    heap.clear();
    nVisitM = 0;
    nVisitA = 0;
    const want = dead ? 1 : 0;
    for (let e = rowStart[a]; e < rowStart[a + 1]; e++) {
      const j = col[e];
      if (deadM[j] === want) relax(j, -score[e] - piM[j], a, e);
    }
    if (dead) relax(T, -piTD, a, -1); // `a` stays unmatched
    while (heap.length > 0) {
      const j = heap.pop();
      if (j === T) return true;
      visitM[nVisitM++] = j;
      popped++;
      const dj = dist[j];
      if (!dead && load[j] < rem[j]) {
        const rc = piM[j] - piTA;
        relax(T, dj + (rc > 0 ? rc : 0), j, -1);
      }
      const pj = piM[j];
      for (let s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) {
        const i = slotAdept[s];
        if (deadA[i] !== want) continue;
        const back = score[edgeOf[i]] + pj - piA[i];
        const di = dj + (back > 0 ? back : 0);
        distA[i] = di;
        visitA[nVisitA++] = i;
        scanned += rowStart[i + 1] - rowStart[i];
        const pi = piA[i];
        if (dead) {
          const rc = pi - piTD;
          relax(T, di + (rc > 0 ? rc : 0), i, -1);
        }
        for (let e = rowStart[i], eEnd = rowStart[i + 1]; e < eEnd; e++) {
          const j2 = col[e];
          if (deadM[j2] !== want || j2 === j) continue;
          const rc = pi - score[e] - piM[j2];
          relax(j2, di + (rc > 0 ? rc : 0), i, e);
        }
      }
    }
    return false;
  };

  /** After a failed alive search: everything it reached can never reach free capacity. */
  const markDead = () => {
    let shift = 0;
    for (let k = 0; k < nVisitM; k++) {
      const j = visitM[k];
      for (let s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) {
        const i = slotAdept[s];
        if (deadA[i]) shift = Math.max(shift, -(score[edgeOf[i]] + piM[j] - piA[i]));
      }
    }
    for (let k = 0; k < nVisitA; k++) {
      const i = visitA[k];
      shift = Math.max(shift, piTD - piA[i]);
      for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
        const j2 = col[e];
        if (deadM[j2]) shift = Math.max(shift, -(piA[i] - score[e] - piM[j2]));
      }
    }
    for (let k = 0; k < nVisitM; k++) {
      piM[visitM[k]] += shift;
      deadM[visitM[k]] = 1;
    }
    for (let k = 0; k < nVisitA; k++) {
      piA[visitA[k]] += shift;
      deadA[visitA[k]] = 1;
    }
  };

  for (let a = 0; a < n; a++) {
    if (lockedEdge[a] >= 0 || rowStart[a] === rowStart[a + 1]) continue;
    let alive = false;
    for (let e = rowStart[a]; e < rowStart[a + 1] && !alive; e++) alive = deadM[col[e]] === 0;
    let dead = false;
    if (!alive || !search(a, false)) {
      if (alive) markDead();
      dead = true;
      search(a, true);
    }

    // Potentials: visited nodes move by (distance - D); the new adept gets -D.
    const D = dist[T];
    for (let k = 0; k < nVisitM; k++) piM[visitM[k]] += dist[visitM[k]] - D;
    for (let k = 0; k < nVisitA; k++) {
      const d = distA[visitA[k]];
      piA[visitA[k]] += (d < D ? d : D) - D;
    }
    piA[a] = -D;

    // Augment: walk back from the sink, each adept taking the slot of the next one on the path.
    let j = -1;
    let slot = -1;
    if (dead) {
      const drop = prevAdept[T];
      if (drop === a) continue; // cheapest: `a` stays unmatched
      j = col[edgeOf[drop]];
      slot = slotOf[drop];
      edgeOf[drop] = -1;
      slotOf[drop] = -1;
      deadA[a] = 1;
    } else {
      j = prevAdept[T];
    }
    for (;;) {
      const i = prevAdept[j];
      const oldEdge = edgeOf[i];
      const oldSlot = slotOf[i];
      if (slot < 0) slot = slotStart[j] + load[j]++;
      slotAdept[slot] = i;
      slotOf[i] = slot;
      edgeOf[i] = prevEdge[j];
      if (i === a) break;
      j = col[oldEdge];
      slot = oldSlot;
    }
  }
  if (counters) Object.assign(counters, { searches, deadSearches, popped, scanned });
  return edgeOf;
}
