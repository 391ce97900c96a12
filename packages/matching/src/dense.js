// @ts-check
/**
 * The exact solver's kernel for complete instances (every adept may take every mentor): an
 * assignment problem with column capacities on a dense score matrix, solved by shortest augmenting
 * paths with potentials, where each Dijkstra step scans one row of the matrix in place, with no heap
 * and no adjacency lists (the method of scipy's `linear_sum_assignment`: D. F. Crouse, "On
 * implementing 2D rectangular assignment algorithms", IEEE TAES 52(4), 2016; here with column
 * capacities and a spare column).
 *
 * Every row has one unit and the columns have room for all of them, so every row is placed, and
 * each augmentation is a cheapest one: the result has the highest total score of all assignments
 * that place every row. The caller (assign.js) uses a spare column, of score 0 for every row and
 * outside the matrix, whose capacity is exactly the number of rows that cannot be placed in the
 * real columns: then the real columns are all filled, and the rows on the spare column are the
 * unmatched ones; as every assignment leaves the same number on it, its score does not matter.
 *
 * Invariants (maximisation; reduced cost of row r and column c: u[r] + v[c] - score(r, c)):
 * - every pair in use has reduced cost 0, every other pair of a row already placed >= 0;
 * - a column with room has never been left behind full by a search, so its v is still 0 and its
 *   way to the sink costs nothing: the first column with room a search reaches ends it (and on
 *   equal distances a column with room is taken first, so that searches stop early on ties).
 *   In the balanced case (as many rows as columns of capacity 1) every column ends up full, so this
 *   one is not needed there, and Jonker and Volgenant's augmenting row reduction places most rows
 *   before the searches (reduceRows): about 35% less time on random square matrices.
 * Floating-point noise can make a reduced cost slightly negative; nothing relies on a sign, so it
 * only costs a rounding error in the total (~1e-12), as in the flow solver.
 */

/**
 * @typedef {object} DenseProblem
 * @property {Float64Array} matrix row-major scores, `stride` per row
 * @property {number} stride columns of the matrix
 * @property {Int32Array} rowBase offset of each row's scores in `matrix` (rows may share one)
 * @property {Int32Array} capacity room of each column of the matrix (0 = none)
 * @property {number} spare capacity of the spare column (index `stride`, score 0; 0 = none)
 */

/**
 * @param {DenseProblem} p the rows must not outnumber the columns' room (spare included)
 * @returns {Int32Array} the column of each row (`stride` = the spare column)
 */
export function solveDense(p) {
  const { matrix, rowBase, stride } = p;
  const nR = rowBase.length;
  const nC = stride + 1; // the spare column last
  const capacity = new Int32Array(nC);
  capacity.set(p.capacity);
  capacity[stride] = p.spare;

  // Rows in each column: column c owns slots colStart[c] .. colStart[c] + load[c] - 1.
  const colStart = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) colStart[c + 1] = colStart[c] + Math.min(capacity[c], nR);
  const colRow = new Int32Array(colStart[nC]);
  const load = new Int32Array(nC);
  /** 1 while a column has room. */
  const room = new Uint8Array(nC);
  for (let c = 0; c < nC; c++) room[c] = capacity[c] > 0 ? 1 : 0;
  const rowCol = new Int32Array(nR).fill(-1);
  const rowSlot = new Int32Array(nR);

  const u = new Float64Array(nR);
  const v = new Float64Array(nC);
  const dist = new Float64Array(nC);
  const pred = new Int32Array(nC);
  // The columns the current search left behind (full), in order, with their distances and
  // potentials. While the search runs, such a column's v and distance are +Infinity, so that the
  // scans pass over it without a test.
  const done = new Int32Array(nC);
  const doneDist = new Float64Array(nC);
  const doneV = new Float64Array(nC);
  // The rows to expand: those of the column just left behind.
  const queue = new Int32Array(nR);
  // A column without room from the start (capacity 0) is never a way anywhere.
  for (let c = 0; c < nC; c++) if (capacity[c] === 0) v[c] = Infinity;

  // The rows still to place, in order.
  /** @type {Int32Array} */
  let toPlace = Int32Array.from({ length: nR }, (_, r) => r);
  let balanced = p.spare === 0 && nR === stride;
  for (let c = 0; c < stride && balanced; c++) balanced = capacity[c] === 1;
  if (balanced) {
    toPlace = reduceRows(matrix, stride, rowBase, u, v, rowCol, colRow);
    for (let c = 0; c < stride; c++) {
      if (colRow[c] >= 0) {
        load[c] = 1;
        room[c] = 0;
        rowSlot[colRow[c]] = c;
      }
    }
  }

  for (const a of toPlace) {
    dist.fill(Infinity);
    let nDone = 0;
    let nQueue = 1;
    queue[0] = a;
    let minVal = 0;
    let sink = -1;
    while (sink < 0) {
      let lowest = Infinity;
      let at = -1;
      // Each pass relaxes one row over the columns in order and finds the nearest column (on equal
      // distances the first with room, else the first); the last pass's answer counts.
      for (let q = 0; q < nQueue; q++) {
        const r = queue[q];
        const base = rowBase[r];
        const ur = minVal + u[r];
        lowest = Infinity;
        at = -1;
        let atRoom = 0;
        for (let c = 0; c < stride; c++) {
          const d = ur + v[c] - matrix[base + c];
          let dc = dist[c];
          if (d < dc) {
            dist[c] = d;
            pred[c] = r;
            dc = d;
          }
          if (dc < lowest || (dc === lowest && room[c] > atRoom)) {
            lowest = dc;
            at = c;
            atRoom = room[c];
          }
        }
        const d = ur + v[stride];
        let dc = dist[stride];
        if (d < dc) {
          dist[stride] = d;
          pred[stride] = r;
          dc = d;
        }
        if (dc < lowest || (dc === lowest && room[stride] > atRoom)) {
          lowest = dc;
          at = stride;
        }
      }
      if (at < 0 || lowest === Infinity) throw new Error('solveDense: the rows outnumber the room');
      minVal = lowest;
      if (room[at] === 1) {
        sink = at;
        break;
      }
      done[nDone] = at;
      doneDist[nDone] = lowest;
      doneV[nDone++] = v[at];
      v[at] = Infinity;
      dist[at] = Infinity;
      nQueue = 0;
      for (let s = colStart[at], end = colStart[at] + load[at]; s < end; s++) queue[nQueue++] = colRow[s];
    }

    // Potentials: each node reached before the sink moves by (minVal - its distance), columns up and
    // rows down, so that the path found becomes tight and no reduced cost turns negative.
    u[a] -= minVal;
    for (let k = 0; k < nDone; k++) {
      const c = done[k];
      const delta = minVal - doneDist[k];
      v[c] = doneV[k] + delta;
      for (let s = colStart[c], end = colStart[c] + load[c]; s < end; s++) u[colRow[s]] -= delta;
    }

    // Augment: walk back from the sink; each row takes the column it was reached from and leaves its
    // slot in its old column to the row before it on the path.
    let c = sink;
    let slot = colStart[c] + load[c]++;
    if (load[c] === capacity[c]) room[c] = 0;
    for (;;) {
      const r = pred[c];
      const old = rowCol[r];
      const oldSlot = rowSlot[r];
      colRow[slot] = r;
      rowSlot[r] = slot;
      rowCol[r] = c;
      if (r === a) break;
      c = old;
      slot = oldSlot;
    }
  }
  return rowCol;
}

/**
 * Augmenting row reduction (R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for
 * dense and sparse linear assignment problems", Computing 38, 1987), for the balanced case only: as
 * many rows as columns, every column of capacity 1, no spare. Each row takes its best column at the
 * potentials, and that column's v rises by the row's margin over its second best (so that the row's
 * pair is tight and every other pair of it >= 0); the row it takes the column from is placed again
 * at once (when the margin was positive) or in the next round. Every step keeps the invariant of the
 * search (pairs in use tight, all pairs of placed rows >= 0), so the rows left over are placed by
 * the searches as usual. It is only a start: in the balanced case every column ends up full, so the
 * potentials of the columns with room do not have to be equal (the final assignment is optimal by
 * complementary slackness), which the searches rely on otherwise.
 * @param {Float64Array} matrix
 * @param {number} stride
 * @param {Int32Array} rowBase
 * @param {Float64Array} u
 * @param {Float64Array} v
 * @param {Int32Array} rowCol filled in
 * @param {Int32Array} colRow filled in (slot c = column c)
 * @returns {Int32Array} the rows left to place
 */
function reduceRows(matrix, stride, rowBase, u, v, rowCol, colRow) {
  const nR = rowBase.length;
  colRow.fill(-1, 0, stride);
  let free = Int32Array.from({ length: nR }, (_, r) => r);
  let nFree = nR;
  // A bound on the work (each step is one scan of a row), well below what the searches would cost.
  let steps = 4 * nR;
  for (let round = 0; round < 2 && nFree > 0; round++) {
    const todo = free.slice(0, nFree);
    let nTodo = nFree;
    nFree = 0;
    let k = 0;
    while (k < nTodo) {
      const r = todo[k++];
      if (steps-- <= 0) {
        free[nFree++] = r;
        continue;
      }
      const base = rowBase[r];
      let g1 = -Infinity;
      let g2 = -Infinity;
      let j1 = -1;
      let j2 = -1;
      for (let c = 0; c < stride; c++) {
        const g = matrix[base + c] - v[c];
        if (g > g2) {
          if (g > g1) {
            g2 = g1;
            j2 = j1;
            g1 = g;
            j1 = c;
          } else {
            g2 = g;
            j2 = c;
          }
        }
      }
      if (j2 < 0) {
        // A single column: the row takes it.
        g2 = g1;
        j2 = j1;
      }
      let j = j1;
      let evicted = colRow[j1];
      if (g1 > g2) v[j1] += g1 - g2;
      else if (evicted >= 0) {
        j = j2;
        evicted = colRow[j2];
      }
      u[r] = g2;
      rowCol[r] = j;
      colRow[j] = r;
      if (evicted >= 0) {
        rowCol[evicted] = -1;
        if (g1 > g2) todo[--k] = evicted;
        else free[nFree++] = evicted;
      }
    }
    free = free.slice(0, Math.max(nFree, 1));
  }
  return free.slice(0, nFree);
}
