// @ts-check
/** Explainability: why an adept was left unmatched, and an independent feasibility check. */
import { toProblem } from './result.js';

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').Instance} Instance */
/** @typedef {import('./types.js').Result} Result */
/** @typedef {import('./types.js').UnmatchedExplanation} UnmatchedExplanation */
/** @typedef {import('./types.js').ForbiddenWhy} ForbiddenWhy */

/**
 * For each unmatched adept of `result`: which mentors were forbidden (and why), and which were
 * allowed but full (with the adept's score and the weakest score the mentor did get).
 * @param {Instance} instance the raw instance the result was computed from (validated here)
 * @param {Pick<Result, 'pairs' | 'unmatched'>} result
 * @returns {UnmatchedExplanation[]}
 */
export function explainUnmatched(instance, result) {
  const p = toProblem(instance);
  const adeptIndex = new Map(p.adeptIds.map((id, i) => [id, i]));
  const mentorIndex = new Map(p.mentorIds.map((id, j) => [id, j]));
  const m = p.mentorIds.length;

  const taken = new Int32Array(m);
  const weakest = new Float64Array(m).fill(Infinity);
  for (const pair of result.pairs) {
    const j = mentorIndex.get(pair.mentor);
    if (j === undefined) continue;
    taken[j]++;
    weakest[j] = Math.min(weakest[j], pair.score);
  }

  const wanted = new Set(result.unmatched.map((u) => adeptIndex.get(u.adept)));
  /** For the sparse form: listed pairs of the wanted adepts (they are below minScore if not allowed). */
  /** @type {Map<number, Set<number>>} */
  const listed = new Map();
  if (p.form === 'edges') {
    for (const [aId, mId] of /** @type {[string, string, number][]} */ (instance.edges)) {
      const i = /** @type {number} */ (adeptIndex.get(aId));
      if (!wanted.has(i)) continue;
      let set = listed.get(i);
      if (!set) listed.set(i, (set = new Set()));
      set.add(/** @type {number} */ (mentorIndex.get(mId)));
    }
  }

  /** @type {UnmatchedExplanation[]} */
  const out = [];
  for (const u of result.unmatched) {
    const i = adeptIndex.get(u.adept);
    if (i === undefined) continue;
    const scoreOf = new Float64Array(m).fill(NaN);
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) scoreOf[p.col[e]] = p.score[e];
    /** @type {UnmatchedExplanation['forbidden']} */
    const forbidden = [];
    /** @type {UnmatchedExplanation['full']} */
    const full = [];
    for (let j = 0; j < m; j++) {
      const mentor = p.mentorIds[j];
      if (!Number.isNaN(scoreOf[j])) {
        full.push({
          mentor,
          score: scoreOf[j],
          capacity: p.capacity[j],
          weakestAssignedScore: taken[j] > 0 ? weakest[j] : null,
        });
        continue;
      }
      /** @type {ForbiddenWhy} */
      let why;
      if (p.form === 'scores') {
        why = /** @type {(number | null)[][]} */ (instance.scores)[i][j] === null ? 'null-score' : 'below-min-score';
      } else {
        why = listed.get(i)?.has(j) ? 'below-min-score' : 'not-listed';
      }
      forbidden.push({ mentor, why });
    }
    full.sort((x, y) => y.score - x.score);
    out.push({ adept: u.adept, reason: full.length > 0 ? 'capacity' : 'no-feasible-mentor', forbidden, full });
  }
  return out;
}

/**
 * Checks a result against an instance without trusting the solver: every adept listed exactly once,
 * pairs allowed and scored as in the instance, capacities respected, locked pairs present, counts
 * and total right, reasons right, and no unmatched adept with an allowed mentor that has room
 * (a necessary condition for maximum cardinality). Does not prove optimality.
 * @param {Instance | Problem} instance
 * @param {Pick<Result, 'pairs' | 'unmatched' | 'matchedCount' | 'totalScore'>} result
 * @returns {string[]} problems found (empty when the result is feasible)
 */
export function verifyResult(instance, result) {
  const p = toProblem(instance);
  const n = p.adeptIds.length;
  const m = p.mentorIds.length;
  /** @type {string[]} */
  const problems = [];
  const adeptIndex = new Map(p.adeptIds.map((id, i) => [id, i]));
  const mentorIndex = new Map(p.mentorIds.map((id, j) => [id, j]));
  const mentorOf = new Int32Array(n).fill(-2); // -2: not listed, -1: unmatched
  const taken = new Int32Array(m);
  let total = 0;
  /** @param {number} i @param {number} j */
  const edgeScore = (i, j) => {
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) if (p.col[e] === j) return p.score[e];
    return NaN;
  };
  result.pairs.forEach((pair, k) => {
    const i = adeptIndex.get(pair.adept);
    const j = mentorIndex.get(pair.mentor);
    if (i === undefined || j === undefined) return void problems.push(`pairs[${k}]: unknown adept or mentor`);
    if (mentorOf[i] !== -2) problems.push(`pairs[${k}]: adept ${pair.adept} listed more than once`);
    mentorOf[i] = j;
    taken[j]++;
    const s = edgeScore(i, j);
    if (Number.isNaN(s)) problems.push(`pairs[${k}]: pair ${pair.adept}/${pair.mentor} is forbidden`);
    else if (s !== pair.score) problems.push(`pairs[${k}]: score ${pair.score}, but the instance says ${s}`);
    total += pair.score;
  });
  result.unmatched.forEach((u, k) => {
    const i = adeptIndex.get(u.adept);
    if (i === undefined) return void problems.push(`unmatched[${k}]: unknown adept ${u.adept}`);
    if (mentorOf[i] !== -2) problems.push(`unmatched[${k}]: adept ${u.adept} listed more than once`);
    mentorOf[i] = -1;
    const feasible = p.rowStart[i + 1] > p.rowStart[i];
    const reason = feasible ? 'capacity' : 'no-feasible-mentor';
    if (u.reason !== reason) problems.push(`unmatched[${k}]: reason ${u.reason}, expected ${reason}`);
  });
  for (let i = 0; i < n; i++) {
    if (mentorOf[i] === -2) problems.push(`adept ${p.adeptIds[i]} is missing from the result`);
    const locked = p.lockedEdge[i];
    if (locked >= 0 && mentorOf[i] !== p.col[locked]) {
      problems.push(`locked pair ${p.adeptIds[i]}/${p.mentorIds[p.col[locked]]} is not in the result`);
    }
  }
  for (let j = 0; j < m; j++) {
    if (taken[j] > p.capacity[j]) problems.push(`mentor ${p.mentorIds[j]} has ${taken[j]} adepts, capacity ${p.capacity[j]}`);
  }
  for (let i = 0; i < n; i++) {
    if (mentorOf[i] !== -1) continue;
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
      if (taken[p.col[e]] < p.capacity[p.col[e]]) {
        problems.push(`adept ${p.adeptIds[i]} is unmatched although mentor ${p.mentorIds[p.col[e]]} has room`);
        break;
      }
    }
  }
  if (result.matchedCount !== result.pairs.length) problems.push(`matchedCount ${result.matchedCount}, but ${result.pairs.length} pairs`);
  if (Math.abs(result.totalScore - total) > 1e-9 * Math.max(1, Math.abs(total))) {
    problems.push(`totalScore ${result.totalScore}, but the pairs add up to ${total}`);
  }
  return problems;
}
