// @ts-check
/**
 * The exact solver's entry: applies the locked pairs, picks an orientation, and runs the
 * lexicographic min-cost flow of flow.js (most adepts matched, then highest total score).
 *
 * Orientation. The flow places one unit of the row side at a time, and its intermediate solutions
 * are optimal for the units placed so far. When scores carry a strong per-column offset (a
 * "popular mentor" that every adept rates highly), early rows fill the popular columns and later
 * rows need long re-routing searches; a per-row offset does no such harm. So the side whose
 * offsets vary more (the spread of its mean scores) becomes the row side. Both orientations are
 * exact; the choice only affects speed.
 */
import { solveDense } from './dense.js';
import { solveFlow } from './flow.js';

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {'adepts' | 'mentors'} Orientation */

/**
 * @param {Problem} p validated problem
 * @param {{ orientation?: Orientation | 'auto', kernel?: 'auto' | 'flow' }} [options]
 *   kernel `flow`: the flow solver even on a complete instance (for tests that compare the two)
 * @returns {Int32Array} for each adept, the index of its pair in `p.col`/`p.score`, or -1
 */
export function assignOptimal(p, options = {}) {
  const n = p.adeptIds.length;
  const m = p.mentorIds.length;
  const { rowStart, col, score, lockedEdge } = p;
  const edgeOf = new Int32Array(n).fill(-1);

  // Room left after the locked pairs, bounded by how many free adepts may take the mentor.
  const lockedUse = new Int32Array(m);
  const degree = new Int32Array(m);
  const free = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (lockedEdge[i] >= 0) {
      edgeOf[i] = lockedEdge[i];
      lockedUse[col[lockedEdge[i]]]++;
    } else if (rowStart[i + 1] > rowStart[i]) {
      free[i] = 1;
      for (let e = rowStart[i]; e < rowStart[i + 1]; e++) degree[col[e]]++;
    }
  }
  const room = new Int32Array(m);
  for (let j = 0; j < m; j++) room[j] = Math.min(p.capacity[j] - lockedUse[j], degree[j]);

  const orientation = !options.orientation || options.orientation === 'auto' ? chooseOrientation(p, free) : options.orientation;

  if (options.kernel !== 'flow' && isComplete(p)) {
    assignDense(p, free, room, orientation, edgeOf);
    return edgeOf;
  }

  if (orientation === 'adepts') {
    const inUse = solveFlow({ rowStart, col, score, supply: Int32Array.from(free), capacity: room });
    for (let i = 0; i < n; i++) {
      if (!free[i]) continue;
      for (let e = rowStart[i]; e < rowStart[i + 1]; e++) if (inUse[e]) edgeOf[i] = e;
    }
    return edgeOf;
  }

  // Transposed: rows = mentors, columns = adepts. Arcs of a mentor in adept order.
  const tStart = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) if (free[i]) for (let e = rowStart[i]; e < rowStart[i + 1]; e++) tStart[col[e] + 1]++;
  for (let j = 0; j < m; j++) tStart[j + 1] += tStart[j];
  const total = tStart[m];
  const tCol = new Int32Array(total);
  const tScore = new Float64Array(total);
  const origin = new Int32Array(total);
  const fill = tStart.slice(0, m);
  for (let i = 0; i < n; i++) {
    if (!free[i]) continue;
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
      const k = fill[col[e]]++;
      tCol[k] = i;
      tScore[k] = score[e];
      origin[k] = e;
    }
  }
  const inUse = solveFlow({ rowStart: tStart, col: tCol, score: tScore, supply: room, capacity: Int32Array.from(free) });
  for (let k = 0; k < total; k++) if (inUse[k]) edgeOf[tCol[k]] = origin[k];
  return edgeOf;
}

/**
 * Whether every adept has every mentor as an allowed pair, row by row in mentor order (so that
 * `p.score` is the n × m score matrix, row-major).
 * @param {Problem} p
 */
export function isComplete(p) {
  const n = p.adeptIds.length;
  const m = p.mentorIds.length;
  if (n === 0 || m === 0 || p.col.length !== n * m) return false;
  const { rowStart, col } = p;
  for (let i = 0; i <= n; i++) if (rowStart[i] !== i * m) return false;
  for (let e = 0; e < col.length; e += m) for (let j = 0; j < m; j++) if (col[e + j] !== j) return false;
  return true;
}

/**
 * Places the free adepts of a complete instance with the dense kernel, in the orientation the flow
 * solver would use (see the file comment): rows = the free adepts over the score matrix as it is,
 * or rows = the mentors' places over a transposed copy (a mentor's places share its row). The spare
 * column takes the rows the other side has no room for, so the most adepts are matched.
 * @param {Problem} p complete (see isComplete)
 * @param {Uint8Array} free
 * @param {Int32Array} room
 * @param {Orientation} orientation
 * @param {Int32Array} edgeOf filled in for the free adepts that are matched
 */
function assignDense(p, free, room, orientation, edgeOf) {
  const n = p.adeptIds.length;
  const m = p.mentorIds.length;
  /** @type {number[]} */
  const adepts = [];
  for (let i = 0; i < n; i++) if (free[i]) adepts.push(i);
  const nF = adepts.length;
  let places = 0;
  for (let j = 0; j < m; j++) places += room[j];
  if (nF === 0 || places === 0) return;

  if (orientation === 'adepts') {
    const rowBase = Int32Array.from(adepts, (i) => i * m);
    const colOf = solveDense({ matrix: p.score, stride: m, rowBase, capacity: room, spare: Math.max(0, nF - places) });
    for (let k = 0; k < nF; k++) if (colOf[k] < m) edgeOf[adepts[k]] = adepts[k] * m + colOf[k];
    return;
  }

  /** @type {number[]} */
  const mentors = [];
  for (let j = 0; j < m; j++) if (room[j] > 0) mentors.push(j);
  const matrix = new Float64Array(mentors.length * nF);
  for (let k = 0; k < nF; k++) {
    const base = adepts[k] * m;
    for (let t = 0; t < mentors.length; t++) matrix[t * nF + k] = p.score[base + mentors[t]];
  }
  const rowBase = new Int32Array(places);
  const rowMentor = new Int32Array(places);
  let r = 0;
  for (let t = 0; t < mentors.length; t++) {
    for (let q = 0; q < room[mentors[t]]; q++) {
      rowBase[r] = t * nF;
      rowMentor[r++] = mentors[t];
    }
  }
  const colOf = solveDense({ matrix, stride: nF, rowBase, capacity: new Int32Array(nF).fill(1), spare: Math.max(0, places - nF) });
  for (r = 0; r < places; r++) if (colOf[r] < nF) edgeOf[adepts[colOf[r]]] = adepts[colOf[r]] * m + rowMentor[r];
}

/**
 * The side whose mean scores vary more goes on the row side (see the file comment).
 * @param {Problem} p
 * @param {Uint8Array} free adepts to place
 * @returns {Orientation}
 */
export function chooseOrientation(p, free) {
  const n = p.adeptIds.length;
  const m = p.mentorIds.length;
  const sumM = new Float64Array(m);
  const cntM = new Int32Array(m);
  let sumAll = 0;
  let cnt = 0;
  let betweenA = 0;
  const meansA = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!free[i]) continue;
    let s = 0;
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
      s += p.score[e];
      sumM[p.col[e]] += p.score[e];
      cntM[p.col[e]]++;
    }
    meansA[i] = s / (p.rowStart[i + 1] - p.rowStart[i]);
    sumAll += s;
    cnt += p.rowStart[i + 1] - p.rowStart[i];
  }
  if (cnt === 0) return 'adepts';
  const mu = sumAll / cnt;
  for (let i = 0; i < n; i++) if (free[i]) betweenA += (p.rowStart[i + 1] - p.rowStart[i]) * (meansA[i] - mu) ** 2;
  let betweenM = 0;
  for (let j = 0; j < m; j++) if (cntM[j] > 0) betweenM += cntM[j] * (sumM[j] / cntM[j] - mu) ** 2;
  return betweenM > betweenA ? 'mentors' : 'adepts';
}
