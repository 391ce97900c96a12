// @ts-check
/**
 * Validation of the pairs: the dense `scores` matrix or the sparse `edges` list (turned into a
 * compact CSR adjacency of the allowed pairs, row = adept), and the `locked` pairs.
 * Only the JSON forms' messages reach users: an instance read from the bytes (`ScoreMatrix`,
 * `EdgeTable`, read.js) that is invalid is read again the ordinary way by the CLI, so its typed
 * forms fail with one fixed message each.
 */
import { EdgeTable, ScoreMatrix } from './compact-input.js';
import { count, describe, isFiniteNumber, showId, thereAre } from './text.js';

/** Stop collecting after this many errors (the first one is what the CLI prints). */
export const MAX_ERRORS = 20;

/** @typedef {{ rowStart: Int32Array, col: Int32Array, score: Float64Array }} Csr */

/**
 * Dense form: one row per adept, one column per mentor; `null` forbids the pair.
 * @param {unknown} scores
 * @param {number} n adepts
 * @param {number} m mentors
 * @param {number | null} minScore
 * @param {(msg: string) => void} fail
 * @returns {Csr | null}
 */
export function readScores(scores, n, m, minScore, fail) {
  if (scores instanceof ScoreMatrix) return readScoreMatrix(scores, n, m, minScore, fail);
  if (!Array.isArray(scores)) {
    fail(`scores: must be an array of rows (one per adept), got ${describe(scores)}`);
    return null;
  }
  if (scores.length !== n) {
    fail(`scores: ${count(scores.length, 'row', 'rows')}, but ${thereAre(n, 'adept', 'adepts')}`);
    return null;
  }
  const min = minScore ?? -Infinity;
  const rowStart = new Int32Array(n + 1);
  let allowed = 0;
  let ok = true;
  for (let i = 0; i < n; i++) {
    const row = /** @type {unknown} */ (scores[i]);
    if (!Array.isArray(row)) {
      fail(`scores[${i}]: must be an array (one value per mentor), got ${describe(row)}`);
      ok = false;
      continue;
    }
    if (row.length !== m) {
      fail(`scores[${i}]: ${count(row.length, 'column', 'columns')}, but ${thereAre(m, 'mentor', 'mentors')}`);
      ok = false;
      continue;
    }
    for (let j = 0; j < m; j++) {
      const v = /** @type {unknown} */ (row[j]);
      if (v === null) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        fail(`scores[${i}][${j}]: must be a finite number or null, got ${describe(v)}`);
        ok = false;
      } else if (v >= min) allowed++;
    }
  }
  if (!ok) return null;
  const col = new Int32Array(allowed);
  const score = new Float64Array(allowed);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const row = /** @type {(number | null)[]} */ (scores[i]);
    for (let j = 0; j < m; j++) {
      const v = row[j];
      if (v !== null && v !== undefined && v >= min) {
        col[e] = j;
        score[e] = v;
        e++;
      }
    }
    rowStart[i + 1] = e;
  }
  return { rowStart, col, score };
}

/**
 * Dense form read straight from a file (read.js): the same checks and result as the array of rows.
 * Its rows have equal length and hold finite numbers or NaN (= null), by construction.
 * @param {ScoreMatrix} scores
 * @param {number} n adepts
 * @param {number} m mentors
 * @param {number | null} minScore
 * @param {(msg: string) => void} fail
 * @returns {Csr | null}
 */
function readScoreMatrix(scores, n, m, minScore, fail) {
  if (scores.rows !== n || (n > 0 && scores.cols !== m)) {
    fail('scores: (read from bytes) shape differs');
    return null;
  }
  const { values } = scores;
  const min = minScore ?? -Infinity;
  let allowed = 0;
  for (let k = 0; k < values.length; k++) if (values[k] >= min) allowed++; // NaN (null) never is
  const rowStart = new Int32Array(n + 1);
  const col = new Int32Array(allowed);
  if (allowed === values.length) {
    // Every pair allowed: the matrix itself is the score array.
    for (let i = 0; i < n; i++) {
      const base = i * m;
      for (let j = 0; j < m; j++) col[base + j] = j;
      rowStart[i + 1] = base + m;
    }
    return { rowStart, col, score: values };
  }
  const score = new Float64Array(allowed);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const v = values[base + j];
      if (v >= min) {
        col[e] = j;
        score[e] = v;
        e++;
      }
    }
    rowStart[i + 1] = e;
  }
  return { rowStart, col, score };
}

/**
 * Sparse form: `[adeptId, mentorId, score]` per allowed pair; unlisted pairs are forbidden.
 * Pairs keep their input order within each adept's row.
 * @param {unknown} edges
 * @param {Map<string, number>} adeptIndex
 * @param {Map<string, number>} mentorIndex
 * @param {number | null} minScore
 * @param {(msg: string) => void} fail
 * @returns {Csr | null}
 */
export function readEdges(edges, adeptIndex, mentorIndex, minScore, fail) {
  const n = adeptIndex.size;
  const m = mentorIndex.size;
  /** @type {((k: number) => [string, string]) | undefined} the ids of edge k (for messages; the JSON form only) */
  let idsOf;
  /** @type {Int32Array} */
  let ea;
  /** @type {Int32Array} */
  let em;
  /** @type {Float64Array} */
  let es;
  if (edges instanceof EdgeTable) {
    ({ adept: ea, mentor: em, score: es } = edges);
  } else {
    const read = edgesFromJson(edges, adeptIndex, mentorIndex, fail);
    if (!read) return null;
    ({ ea, em, es } = read);
    idsOf = (k) => {
      const edge = /** @type {[string, string, number]} */ (/** @type {unknown[]} */ (edges)[k]);
      return [edge[0], edge[1]];
    };
  }
  const total = ea.length;

  // Group by adept (counting sort, stable), then look for repeated pairs row by row.
  const start = new Int32Array(n + 1);
  for (let k = 0; k < total; k++) start[ea[k] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const order = new Int32Array(total);
  const fill = start.slice(0, n);
  for (let k = 0; k < total; k++) order[fill[ea[k]]++] = k;
  const stamp = new Int32Array(m).fill(-1);
  /** @type {number[]} */
  const repeated = [];
  const min = minScore ?? -Infinity;
  let allowed = 0;
  for (let i = 0; i < n; i++) {
    for (let p = start[i]; p < start[i + 1]; p++) {
      const k = order[p];
      if (stamp[em[k]] === i) repeated.push(k);
      else stamp[em[k]] = i;
      if (es[k] >= min) allowed++;
    }
  }
  if (repeated.length > 0) {
    if (!idsOf) {
      fail('edges: pair listed twice');
      return null;
    }
    repeated.sort((x, y) => x - y);
    for (const k of repeated.slice(0, MAX_ERRORS)) {
      const [aId, mId] = idsOf(k);
      fail(`edges[${k}]: pair ${showId(aId)}/${showId(mId)} is listed twice`);
    }
    return null;
  }

  const rowStart = new Int32Array(n + 1);
  const col = new Int32Array(allowed);
  const score = new Float64Array(allowed);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let p = start[i]; p < start[i + 1]; p++) {
      const k = order[p];
      if (es[k] >= min) {
        col[e] = em[k];
        score[e] = es[k];
        e++;
      }
    }
    rowStart[i + 1] = e;
  }
  return { rowStart, col, score };
}

/**
 * The edges of the JSON form as positions of their adept and mentor, and their scores.
 * @param {unknown} edges
 * @param {Map<string, number>} adeptIndex
 * @param {Map<string, number>} mentorIndex
 * @param {(msg: string) => void} fail
 * @returns {{ ea: Int32Array, em: Int32Array, es: Float64Array } | null}
 */
function edgesFromJson(edges, adeptIndex, mentorIndex, fail) {
  if (!Array.isArray(edges)) {
    fail(`edges: must be an array of [adeptId, mentorId, score], got ${describe(edges)}`);
    return null;
  }
  const total = edges.length;
  const ea = new Int32Array(total);
  const em = new Int32Array(total);
  const es = new Float64Array(total);
  let ok = true;
  /** @type {string | undefined} */
  let lastId;
  let lastIndex = -1;
  for (let k = 0; k < total; k++) {
    const edge = /** @type {unknown} */ (edges[k]);
    const place = `edges[${k}]`;
    if (!Array.isArray(edge) || edge.length !== 3 || typeof edge[0] !== 'string' || typeof edge[1] !== 'string') {
      fail(`${place}: must be [adeptId, mentorId, score]`);
      ok = false;
      continue;
    }
    // Edges usually come grouped by adept: skip the lookup when the adept repeats.
    const a = edge[0] === lastId ? lastIndex : adeptIndex.get(edge[0]);
    if (a !== undefined) {
      lastId = edge[0];
      lastIndex = a;
    }
    const mm = mentorIndex.get(edge[1]);
    if (a === undefined) {
      fail(`${place}: adept ${showId(edge[0])} does not exist`);
      ok = false;
    } else if (mm === undefined) {
      fail(`${place}: mentor ${showId(edge[1])} does not exist`);
      ok = false;
    } else if (!isFiniteNumber(edge[2])) {
      fail(`${place}: score must be a finite number, got ${describe(edge[2])}`);
      ok = false;
    } else {
      ea[k] = a;
      em[k] = mm;
      es[k] = edge[2];
    }
  }
  return ok ? { ea, em, es } : null;
}

/**
 * @param {Csr} csr
 * @param {number} i
 * @param {number} j
 */
export function findEdge(csr, i, j) {
  for (let e = csr.rowStart[i]; e < csr.rowStart[i + 1]; e++) if (csr.col[e] === j) return e;
  return -1;
}

/**
 * Locked pairs: must exist, be allowed, not repeat an adept, and fit the mentor's capacity.
 * @param {Record<string, unknown>} raw
 * @param {Csr} csr
 * @param {Int32Array} lockedEdge filled in
 * @param {Map<string, number>} adeptIndex
 * @param {Map<string, number>} mentorIndex
 * @param {{ ids: string[], capacity: number[] }} mentors
 * @param {number | null} minScore
 * @param {(msg: string) => void} fail
 * @returns {number} how many locked pairs
 */
export function readLocked(raw, csr, lockedEdge, adeptIndex, mentorIndex, mentors, minScore, fail) {
  const locked = raw.locked;
  if (locked === undefined || locked === null) return 0;
  if (!Array.isArray(locked)) {
    fail(`locked: must be an array of [adeptId, mentorId], got ${describe(locked)}`);
    return 0;
  }
  /** @type {Map<number, number>} adept -> locked index */
  const lockedAt = new Map();
  const used = new Int32Array(mentors.ids.length);
  for (let k = 0; k < locked.length; k++) {
    const pair = /** @type {unknown} */ (locked[k]);
    const place = `locked[${k}]`;
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      fail(`${place}: must be [adeptId, mentorId]`);
      continue;
    }
    const [aId, mId] = /** @type {[string, string]} */ (pair);
    const a = adeptIndex.get(aId);
    const j = mentorIndex.get(mId);
    if (a === undefined) {
      fail(`${place}: adept ${showId(aId)} does not exist`);
      continue;
    }
    if (j === undefined) {
      fail(`${place}: mentor ${showId(mId)} does not exist`);
      continue;
    }
    const name = `${showId(aId)}/${showId(mId)}`;
    const before = lockedAt.get(a);
    if (before !== undefined) {
      const other = csr.col[lockedEdge[a]];
      fail(
        other === j
          ? `${place}: pair ${name} is listed twice`
          : `${place}: adept ${showId(aId)} is already locked to ${showId(mentors.ids[other])} (locked[${before}])`,
      );
      continue;
    }
    const e = findEdge(csr, a, j);
    if (e < 0) {
      fail(`${place}: pair ${name} is forbidden (${whyForbidden(raw, a, j, aId, mId, minScore)})`);
      continue;
    }
    used[j]++;
    if (used[j] > mentors.capacity[j]) {
      fail(`${place}: mentor ${showId(mId)} is over-filled (capacity ${mentors.capacity[j]}, ${used[j]} locked pairs)`);
      continue;
    }
    lockedAt.set(a, k);
    lockedEdge[a] = e;
  }
  return lockedAt.size;
}

/**
 * Why a pair is absent from the allowed pairs (used for messages; error path only).
 * @param {Record<string, unknown>} raw
 * @param {number} a
 * @param {number} j
 * @param {string} aId
 * @param {string} mId
 * @param {number | null} minScore
 */
function whyForbidden(raw, a, j, aId, mId, minScore) {
  /** @type {unknown} */
  let v;
  if (Array.isArray(raw.scores)) {
    v = /** @type {unknown[][]} */ (raw.scores)[a][j];
    if (v === null) return 'null in scores';
  } else if (!Array.isArray(raw.edges)) {
    return 'read from bytes'; // the CLI reads the file again for the message
  } else {
    const edge = /** @type {[string, string, number][]} */ (raw.edges).find((x) => x[0] === aId && x[1] === mId);
    if (!edge) return 'not listed in edges';
    v = edge[2];
  }
  return `score ${String(v)} is below minScore ${String(minScore)}`;
}
