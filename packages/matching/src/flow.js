// @ts-check
/**
 * Exact lexicographic min-cost flow on a bipartite "transportation" graph: rows with a supply,
 * columns with a capacity, each allowed pair usable once. Lexicographic objective: first the most
 * units placed, then the highest total score. Used with rows = adepts (supply 1) and columns =
 * mentors, or transposed (rows = mentors, columns = adepts); see assign.js.
 *
 * Method: successive shortest augmenting paths with potentials (the Hungarian method in its
 * shortest-path form), one row unit at a time. Every processed unit is routed to the sink, either
 * through a column or through its row's private "unit unused" arc whose cost is (1, 0) in the
 * lexicographic order (unused count, then minus score). The flow is a min-cost flow after every
 * phase (augmenting a min-cost flow along a shortest residual path keeps it min-cost), so the final
 * assignment is optimal. A path's lexicographic part is 0 when it ends at a column with room and 1
 * when it ends by freeing a unit, so Dijkstra runs in one of two modes:
 *
 * - alive mode, over the nodes from which a column with room can still be reached;
 * - dead mode, when no room is reachable: the cheapest way to free a unit (possibly the new one).
 *
 * Being dead is permanent (augmenting never makes room reachable again from a region that could not
 * reach it), so each node is in at most one failed (exhaustive) alive search. The regions keep
 * separate sink potentials, and a region that turns dead is shifted by one constant so that every
 * arc it will be searched over keeps a reduced cost >= 0. Reduced costs are clamped at 0 to absorb
 * floating-point noise; on integer scores the arithmetic is exact.
 */
import { IndexedHeap } from './heap.js';

/**
 * @typedef {object} FlowGraph
 * @property {Int32Array} rowStart row r owns arcs rowStart[r] .. rowStart[r+1]-1
 * @property {Int32Array} col column of each arc
 * @property {Float64Array} score score of each arc
 * @property {Int32Array} supply units of each row to place (0 = none)
 * @property {Int32Array} capacity room of each column (0 = none)
 */

/**
 * @param {FlowGraph} g
 * @returns {Uint8Array} 1 for each arc in the optimal assignment
 */
export function solveFlow(g) {
  const { rowStart, col, score, supply, capacity } = g;
  const nR = supply.length;
  const nC = capacity.length;
  const nE = col.length;

  const edgeRow = new Int32Array(nE);
  for (let r = 0; r < nR; r++) for (let e = rowStart[r]; e < rowStart[r + 1]; e++) edgeRow[e] = r;

  // Slots: the arcs in use, listed per row and per column, with each arc's position in both lists.
  const rowSlotStart = new Int32Array(nR + 1);
  for (let r = 0; r < nR; r++) rowSlotStart[r + 1] = rowSlotStart[r] + supply[r];
  const colSlotStart = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) colSlotStart[c + 1] = colSlotStart[c] + capacity[c];
  const rowSlotArc = new Int32Array(rowSlotStart[nR]);
  const colSlotArc = new Int32Array(colSlotStart[nC]);
  const used = new Int32Array(nR);
  const load = new Int32Array(nC);
  const arcRowSlot = new Int32Array(nE).fill(-1);
  const arcColSlot = new Int32Array(nE).fill(-1);

  // Potentials, sink potentials of the two regions, dead labels.
  const piC = new Float64Array(nC);
  const piR = new Float64Array(nR);
  const piTA = 0;
  const piTD = 0;
  const deadC = new Uint8Array(nC);
  const deadR = new Uint8Array(nR);
  const processed = new Uint8Array(nR);
  for (let c = 0; c < nC; c++) if (capacity[c] === 0) deadC[c] = 1;

  // Dijkstra state. Heap items: columns 0..nC-1, the sink T = nC, and rows (R0 + r). A row with a
  // single arc in use has a single way in, so it is expanded as soon as its column leaves the heap;
  // a row with several arcs in use goes through the heap (its ways in may differ in reduced cost).
  const T = nC;
  const R0 = nC + 1;
  const dist = new Float64Array(nC + 1 + nR);
  const seen = new Int32Array(nC + 1 + nR).fill(-1);
  const prevRow = new Int32Array(nC + 1);
  const prevArc = new Int32Array(nC + 1);
  const backArc = new Int32Array(nR);
  const mine = new Int32Array(nC).fill(-1);
  const visitC = new Int32Array(nC);
  const visitR = new Int32Array(nR);
  let nVisitC = 0;
  let nVisitR = 0;
  const heap = new IndexedHeap(nC + 1 + nR, dist);
  heap.first = T; // on equal distances, stop rather than explore further
  let phase = 0;
  let stamp = 0;

  /** @param {number} x @param {number} d @param {number} from @param {number} arc */
  const relax = (x, d, from, arc) => {
    if (seen[x] !== phase) {
      seen[x] = phase;
      dist[x] = d;
      prevRow[x] = from;
      prevArc[x] = arc;
      heap.push(x);
    } else if (d < dist[x] && heap.has(x)) {
      dist[x] = d;
      prevRow[x] = from;
      prevArc[x] = arc;
      heap.decrease(x);
    }
  };

  /** Marks the columns row r already uses (no second arc to them). @param {number} r */
  const markMine = (r) => {
    if (++stamp === 0x7fffffff) {
      mine.fill(-1);
      stamp = 0;
    }
    for (let s = rowSlotStart[r], end = rowSlotStart[r] + used[r]; s < end; s++) mine[col[rowSlotArc[s]]] = stamp;
  };

  /**
   * Relaxes the arcs of row r (reached at distance d) into the region `want`.
   * @param {number} r @param {number} d @param {number} want @param {boolean} start
   */
  const expand = (r, d, want, start) => {
    markMine(r);
    const pr = processed[r] === 0 ? 0 : piR[r];
    const end = rowStart[r + 1];
    let bound = seen[T] === phase ? dist[T] : Infinity;
    for (let e = rowStart[r]; e < end; e++) {
      const c = col[e];
      let rc = pr - score[e] - piC[c];
      if (rc < 0 && !start) rc = 0;
      const nd = d + rc;
      if (nd >= bound) continue; // cannot leave the heap before the sink
      if (seen[c] === phase) {
        // Most arcs improve nothing: reject them before the other checks.
        if (nd >= dist[c] || mine[c] === stamp || !heap.has(c)) continue;
        dist[c] = nd;
        prevRow[c] = r;
        prevArc[c] = e;
        heap.decrease(c);
        if (want === 0 && load[c] < capacity[c]) {
          toSink(c, nd);
          bound = dist[T];
        }
      } else {
        if (deadC[c] !== want || mine[c] === stamp) continue;
        seen[c] = phase;
        dist[c] = nd;
        prevRow[c] = r;
        prevArc[c] = e;
        heap.push(c);
        if (want === 0 && load[c] < capacity[c]) {
          toSink(c, nd);
          bound = dist[T];
        }
      }
    }
  };

  /**
   * Alive mode: a column with room leads to the sink. Relaxed as soon as the column's distance
   * drops (not when it leaves the heap), so that on ties the search stops at once.
   * @param {number} c @param {number} d
   */
  const toSink = (c, d) => {
    const rc = piC[c] - piTA;
    relax(T, d + (rc > 0 ? rc : 0), c, -1);
  };

  /**
   * Shortest path from a new unit of row a to the sink, within one region.
   * @param {number} a @param {boolean} dead
   * @returns {boolean} whether the sink was reached (always, in dead mode)
   */
  const search = (a, dead) => {
    phase++;
    heap.clear();
    nVisitC = 0;
    nVisitR = 0;
    const want = dead ? 1 : 0;
    // The new unit's own arcs are start values, which Dijkstra allows to be negative: for a row that
    // was never processed (nothing leads into it yet), and for an alive row whose arcs all lead into
    // the dead region (those arcs' reduced costs are not maintained).
    const start = processed[a] === 0 || (dead && deadR[a] === 0);
    const pa = processed[a] === 0 ? 0 : piR[a];
    seen[R0 + a] = phase;
    expand(a, 0, want, start);
    if (dead) relax(T, start ? pa - piTD : Math.max(0, pa - piTD), a, -1); // the new unit stays unused
    while (heap.length > 0) {
      const x = heap.pop();
      if (x === T) return true;
      if (x > T) {
        visitRow(x - R0, dead, want);
        continue;
      }
      const c = x;
      visitC[nVisitC++] = c;
      const dc = dist[c];
      const pc = piC[c];
      for (let s = colSlotStart[c], end = colSlotStart[c] + load[c]; s < end; s++) {
        const e = colSlotArc[s];
        const r = edgeRow[e];
        if (deadR[r] !== want) continue;
        const back = score[e] + pc - piR[r];
        const dr = dc + (back > 0 ? back : 0);
        const y = R0 + r;
        if (seen[y] !== phase) {
          seen[y] = phase;
          dist[y] = dr;
          backArc[r] = e;
          if (used[r] === 1) visitRow(r, dead, want);
          else heap.push(y);
        } else if (dr < dist[y] && heap.has(y)) {
          dist[y] = dr;
          backArc[r] = e;
          heap.decrease(y);
        }
      }
    }
    return false;
  };

  /** Row r's distance is final: expand it. @param {number} r @param {boolean} dead @param {number} want */
  const visitRow = (r, dead, want) => {
    const dr = dist[R0 + r];
    visitR[nVisitR++] = r;
    if (dead) {
      const rc = piR[r] - piTD;
      relax(T, dr + (rc > 0 ? rc : 0), r, -1);
    }
    expand(r, dr, want, false);
  };

  /**
   * After a failed alive search from row a: everything it reached can never reach room again.
   * @param {number} a
   */
  const markDead = (a) => {
    if (processed[a] === 1) visitR[nVisitR++] = a;
    let shift = 0;
    for (let k = 0; k < nVisitC; k++) {
      const c = visitC[k];
      for (let s = colSlotStart[c], end = colSlotStart[c] + load[c]; s < end; s++) {
        const e = colSlotArc[s];
        const r = edgeRow[e];
        if (deadR[r]) shift = Math.max(shift, -(score[e] + piC[c] - piR[r]));
      }
    }
    for (let k = 0; k < nVisitR; k++) {
      const r = visitR[k];
      shift = Math.max(shift, piTD - piR[r]);
      markMine(r);
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const c = col[e];
        if (deadC[c] && mine[c] !== stamp) shift = Math.max(shift, -(piR[r] - score[e] - piC[c]));
      }
    }
    for (let k = 0; k < nVisitC; k++) {
      piC[visitC[k]] += shift;
      deadC[visitC[k]] = 1;
    }
    for (let k = 0; k < nVisitR; k++) {
      piR[visitR[k]] += shift;
      deadR[visitR[k]] = 1;
    }
  };

  /** Puts arc e into column slot `slot` (-1: a new slot of its column). @param {number} e @param {number} slot */
  const putCol = (e, slot) => {
    const c = col[e];
    const s = slot >= 0 ? slot : colSlotStart[c] + load[c]++;
    colSlotArc[s] = e;
    arcColSlot[e] = s;
  };

  /** Replaces arc `old` of row r by arc e (-1: adds a slot). @param {number} r @param {number} old @param {number} e */
  const putRow = (r, old, e) => {
    const s = old >= 0 ? arcRowSlot[old] : rowSlotStart[r] + used[r]++;
    if (old >= 0) arcRowSlot[old] = -1;
    rowSlotArc[s] = e;
    arcRowSlot[e] = s;
  };

  /** Removes arc e from its row (its column slot is reused by the caller). @param {number} e */
  const dropArc = (e) => {
    const r = edgeRow[e];
    const s = arcRowSlot[e];
    const last = rowSlotStart[r] + --used[r];
    const moved = rowSlotArc[last];
    rowSlotArc[s] = moved;
    arcRowSlot[moved] = s;
    arcRowSlot[e] = -1;
    arcColSlot[e] = -1;
  };

  /** @param {number} a */
  const phaseFor = (a) => {
    let alive = false;
    markMine(a);
    for (let e = rowStart[a]; e < rowStart[a + 1] && !alive; e++) alive = deadC[col[e]] === 0 && mine[col[e]] !== stamp;
    let dead = false;
    if (!alive || !search(a, false)) {
      if (alive) markDead(a);
      dead = true;
      search(a, true);
    }

    // Potentials: visited nodes move by (distance - D).
    const D = dist[T];
    for (let k = 0; k < nVisitC; k++) piC[visitC[k]] += dist[visitC[k]] - D;
    for (let k = 0; k < nVisitR; k++) {
      const d = dist[R0 + visitR[k]];
      piR[visitR[k]] += (d < D ? d : D) - D;
    }
    piR[a] = (processed[a] === 0 ? 0 : piR[a]) - D;
    processed[a] = 1;
    if (dead) deadR[a] = 1;

    // Augment: walk back from the sink; each row on the path swaps the arc it was reached by for
    // the arc it continues on, and each column keeps its load (except the last, which gains one).
    /** @type {number} */
    let c;
    let slot = -1;
    if (dead) {
      const drop = prevRow[T];
      if (drop === a) return; // cheapest: the new unit stays unused
      const e = backArc[drop];
      c = col[e];
      slot = arcColSlot[e];
      dropArc(e);
    } else {
      c = prevRow[T];
    }
    for (;;) {
      const r = prevRow[c];
      const e = prevArc[c];
      const old = r === a ? -1 : backArc[r];
      const oldSlot = old >= 0 ? arcColSlot[old] : -1;
      putCol(e, slot);
      putRow(r, old, e);
      if (old < 0) break;
      arcColSlot[old] = -1;
      c = col[old];
      slot = oldSlot;
    }
  };

  // Units are placed round-robin: every row's first unit, then every row's second unit, ...
  let maxSupply = 0;
  for (let r = 0; r < nR; r++) maxSupply = Math.max(maxSupply, supply[r]);
  for (let k = 0; k < maxSupply; k++) {
    for (let r = 0; r < nR; r++) if (supply[r] > k && rowStart[r + 1] > rowStart[r]) phaseFor(r);
  }

  const inUse = new Uint8Array(nE);
  for (let e = 0; e < nE; e++) if (arcColSlot[e] >= 0) inUse[e] = 1;
  return inUse;
}
