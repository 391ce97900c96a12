// @ts-check
/**
 * Input validation: turns a raw (parsed JSON) instance into a compact `Problem`, or into a list of
 * precise error messages that name the offending place (`scores: 4 rows, but there are 5 adepts`).
 */

import { MAX_ERRORS, readEdges, readLocked, readScores } from './pairs.js';
import { describe, isFiniteNumber, isObject, showId } from './text.js';

export { showId } from './text.js';

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').ValidationResult} ValidationResult */

/** Thrown by `solve`, `greedy` and `explainUnmatched` when the instance is not valid. */
export class InstanceError extends Error {
  /** @param {string[]} errors */
  constructor(errors) {
    super(errors[0] ?? 'invalid instance');
    this.name = 'InstanceError';
    /** Every problem found (at most 20); `message` is the first one. */
    this.errors = errors;
  }
}

/** @param {unknown} v @returns {v is Problem} */
export function isProblem(v) {
  // Typed arrays cannot come from JSON: a parsed instance is never mistaken for a problem.
  return isObject(v) && v.kind === 'lots-matching-problem' && v.rowStart instanceof Int32Array;
}

/**
 * Checks an instance against the contract and builds the compact form used by the solvers.
 * Never throws; unknown extra fields are ignored.
 * @param {unknown} raw parsed JSON
 * @returns {ValidationResult}
 */
export function validate(raw) {
  /** @type {string[]} */
  const errors = [];
  /** @param {string} msg */
  const fail = (msg) => {
    if (errors.length < MAX_ERRORS) errors.push(msg);
  };
  const done = () => /** @type {ValidationResult} */ ({ ok: false, errors });

  if (!isObject(raw)) {
    fail(`instance: must be a JSON object, got ${describe(raw)}`);
    return done();
  }

  const mentors = readParticipants(raw.mentors, 'mentors', true, fail);
  const adepts = readParticipants(raw.adepts, 'adepts', false, fail);

  /** @type {number | null} */
  let minScore = null;
  if (raw.minScore !== undefined && raw.minScore !== null) {
    if (isFiniteNumber(raw.minScore)) minScore = raw.minScore;
    else fail(`minScore: must be a finite number, got ${describe(raw.minScore)}`);
  }

  const hasScores = raw.scores !== undefined && raw.scores !== null;
  const hasEdges = raw.edges !== undefined && raw.edges !== null;
  if (hasScores && hasEdges) fail('instance: give exactly one of scores or edges, not both');
  if (!hasScores && !hasEdges) fail('instance: give exactly one of scores or edges (neither is present)');
  if (!mentors || !adepts || errors.length > 0) return done();

  const adeptIndex = indexIds(adepts.ids);
  const mentorIndex = indexIds(mentors.ids);
  const csr = hasScores
    ? readScores(raw.scores, adepts.ids.length, mentors.ids.length, minScore, fail)
    : readEdges(raw.edges, adeptIndex, mentorIndex, minScore, fail);
  if (!csr || errors.length > 0) return done();

  const lockedEdge = new Int32Array(adepts.ids.length).fill(-1);
  const lockedCount = readLocked(raw, csr, lockedEdge, adeptIndex, mentorIndex, mentors, minScore, fail);
  if (errors.length > 0) return done();

  return {
    ok: true,
    problem: {
      kind: 'lots-matching-problem',
      adeptIds: adepts.ids,
      mentorIds: mentors.ids,
      capacity: mentors.capacity,
      rowStart: csr.rowStart,
      col: csr.col,
      score: csr.score,
      lockedEdge,
      lockedCount,
      minScore,
      form: hasScores ? 'scores' : 'edges',
    },
  };
}

/**
 * @param {unknown} list
 * @param {'mentors' | 'adepts'} where
 * @param {boolean} withCapacity
 * @param {(msg: string) => void} fail
 * @returns {{ ids: string[], capacity: number[] } | null}
 */
function readParticipants(list, where, withCapacity, fail) {
  const shape = withCapacity ? 'an array of { id, capacity }' : 'an array of { id }';
  if (list === undefined) {
    fail(`${where}: is missing (must be ${shape})`);
    return null;
  }
  if (!Array.isArray(list)) {
    fail(`${where}: must be ${shape}, got ${describe(list)}`);
    return null;
  }
  /** @type {string[]} */
  const ids = [];
  /** @type {number[]} */
  const capacity = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  let ok = true;
  for (let k = 0; k < list.length; k++) {
    const item = /** @type {unknown} */ (list[k]);
    const place = `${where}[${k}]`;
    if (!isObject(item)) {
      fail(`${place}: must be an object with ${withCapacity ? 'id and capacity' : 'an id'}, got ${describe(item)}`);
      ok = false;
      continue;
    }
    const id = item.id;
    if (typeof id !== 'string' || id.length === 0) {
      fail(`${place}.id: must be a non-empty string, got ${typeof id === 'string' ? 'an empty string' : describe(id)}`);
      ok = false;
    } else {
      const first = seen.get(id);
      if (first !== undefined) {
        fail(`${place}.id: duplicate id ${showId(id)} (also ${where}[${first}])`);
        ok = false;
      } else seen.set(id, k);
      ids.push(id);
    }
    if (withCapacity) {
      const c = item.capacity;
      if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 0) {
        fail(`${place}.capacity: must be a whole number >= 0`);
        ok = false;
      } else capacity.push(c);
    }
  }
  return ok ? { ids, capacity } : null;
}

/** @param {string[]} ids */
function indexIds(ids) {
  /** @type {Map<string, number>} */
  const map = new Map();
  ids.forEach((id, k) => map.set(id, k));
  return map;
}
