// @ts-check
/** Shared plumbing: accepting an instance or a validated problem, and shaping a result. */
import { InstanceError, isProblem, validate } from './validate.js';

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').Instance} Instance */
/** @typedef {import('./types.js').Result} Result */

/**
 * @param {Instance | Problem | unknown} input a raw instance (validated here) or a `Problem`
 * @returns {Problem}
 * @throws {InstanceError} when a raw instance is not valid
 */
export function toProblem(input) {
  if (isProblem(input)) return input;
  const checked = validate(input);
  if (!checked.ok) throw new InstanceError(checked.errors);
  return checked.problem;
}

/**
 * Rounds a sum of scores to 15 significant digits, which removes binary noise such as
 * 0.8 + 0.9 = 1.7000000000000002 without changing any meaningful digit.
 * @param {number} x
 */
export function roundScore(x) {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}

/**
 * @param {Problem} p
 * @param {Int32Array} edgeOf for each adept, its chosen pair (index into p.col/p.score) or -1
 * @returns {Result}
 */
export function buildResult(p, edgeOf) {
  /** @type {Result['pairs']} */
  const pairs = [];
  /** @type {Result['unmatched']} */
  const unmatched = [];
  let total = 0;
  for (let i = 0; i < p.adeptIds.length; i++) {
    const e = edgeOf[i];
    if (e >= 0) {
      pairs.push({ adept: p.adeptIds[i], mentor: p.mentorIds[p.col[e]], score: p.score[e] });
      total += p.score[e];
    } else {
      const feasible = p.rowStart[i + 1] > p.rowStart[i];
      unmatched.push({ adept: p.adeptIds[i], reason: feasible ? 'capacity' : 'no-feasible-mentor' });
    }
  }
  return {
    pairs,
    unmatched,
    matchedCount: pairs.length,
    totalScore: roundScore(total),
    stats: {
      adepts: p.adeptIds.length,
      mentors: p.mentorIds.length,
      allowedPairs: p.col.length,
      locked: p.lockedCount,
    },
  };
}
