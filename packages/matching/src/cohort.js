// @ts-check
/**
 * Matching a whole cohort: scores every allowed pair from the profiles, applies the hard
 * rules and the coordinator's locks and exclusions, finds the optimal assignment, and
 * explains the result (why each pair, why each unmatched adept, stability with respect to
 * stated preferences). Pure: runs in a worker thread in the server.
 */
import { solve, greedy } from './index.js';
import { CohortScorer } from './cohort-scoring.js';
import { AdeptMarks, Vocabulary, explainPair, profileOf, profileRuleBreaks } from './scoring.js';

/**
 * @typedef {import('./scoring.js').Person} Person
 * @typedef {import('./scoring.js').RuleBreak} RuleBreak
 * @typedef {import('./scoring.js').Profile} Profile
 * @typedef {{ kind: 'lock' | 'exclude', adeptId: string, mentorId: string }} Constraint
 * @typedef {object} CohortInput
 * @property {Person[]} adepts
 * @property {Person[]} mentors
 * @property {import('./scoring.js').Weights} weights
 * @property {import('./scoring.js').HardRules} hardRules
 * @property {Constraint[]} constraints
 * @property {{ adeptRanks: [string, number][], mentorMarks: string[] } | null} preferences  keys `${adeptId}/${mentorId}`
 * @property {number | null} minScore
 * @property {boolean} reverse
 *
 * @typedef {object} CohortPair
 * @property {string} adeptId
 * @property {string} mentorId
 * @property {number} score
 * @property {import('./scoring.js').Contribution[]} breakdown
 * @property {boolean} locked
 * @property {RuleBreak[]} ruleBreaks  non-empty only for a locked pair that breaks rules
 *
 * @typedef {object} CohortResult
 * @property {CohortPair[]} pairs
 * @property {UnmatchedAdept[]} unmatched

 * @property {number} matchedCount
 * @property {number} totalScore
 * @property {number} greedyTotalScore
 * @property {number} greedyMatchedCount
 * @property {{ stable: boolean, blockingPairs: { adeptId: string, mentorId: string }[] } | null} stability
 * @property {{ edges: number, ms: number, solveMs?: number }} stats  solveMs: the exact solver's part of ms
 */

/**
 * Why an adept is unmatched, compactly (issue 15: not every mentor of a large cohort): the
 * forbidden mentors grouped by the rules that forbid them (most common first; rules [] = below the
 * minimum score), with their count and a few examples each, and the allowed mentors that were full,
 * counted, with a few examples. Mentors as ids.
 * @typedef {object} UnmatchedAdept
 * @property {string} adeptId
 * @property {'no-feasible-mentor' | 'capacity'} reason
 * @property {{ rules: RuleBreak[], count: number, examples: string[] }[]} forbidden
 * @property {number} forbiddenCount
 * @property {string[]} full  examples, in mentor order
 * @property {number} fullCount
 */

/**
 * @param {CohortInput} input
 * @param {(progress: number) => void} [onProgress]
 * @returns {CohortResult}
 *
 * Cost (issue 15): every profile is tokenised once (`profileOf`); the scores of the allowed pairs
 * go straight into the solver's compact form (typed arrays, no instance of string triples to
 * validate); a pair's breakdown and the forbidden mentors' rules are computed only where they
 * are shown — for the pairs of the result and for the unmatched adepts.
 */
export function matchCohort(input, onProgress = () => {}) {
  const started = Date.now();
  const { adepts, mentors } = input;
  const n = adepts.length;
  const m = mentors.length;
  const preferences = input.preferences
    ? { adeptRanks: new Map(input.preferences.adeptRanks), mentorMarks: new Set(input.preferences.mentorMarks) }
    : undefined;
  const adeptIndex = new Map(adepts.map((a, i) => [a.id, i]));
  const mentorIndex = new Map(mentors.map((x, j) => [x.id, j]));
  /** @param {string} key `${adeptId}/${mentorId}` @returns {number} the pair's cell (adept-major), -1 if unknown */
  const cellOf = (key) => {
    const [a, b] = /** @type {[string, string]} */ (key.split('/'));
    const i = adeptIndex.get(a);
    const j = mentorIndex.get(b);
    return i === undefined || j === undefined ? -1 : i * m + j;
  };

  // Per pair: 1 locked, 2 excluded; the adept's rank of the mentor; the mentor's mark.
  const constraint = new Uint8Array(n * m);
  const locksOf = new Int32Array(m);
  const lockedOf = new Int32Array(n).fill(-1);
  for (const c of input.constraints) {
    const k = cellOf(`${c.adeptId}/${c.mentorId}`);
    if (k < 0) continue;
    if (c.kind === 'exclude') {
      constraint[k] |= 2;
      continue;
    }
    if (constraint[k] & 1) continue;
    const i = Math.floor(k / m);
    if (lockedOf[i] >= 0) throw new Error(`adept ${c.adeptId} is locked to more than one mentor`);
    constraint[k] |= 1;
    lockedOf[i] = k - i * m;
    locksOf[k - i * m]++;
  }
  const rank = new Uint8Array(preferences ? n * m : 0);
  const marked = new Uint8Array(preferences ? n * m : 0);
  if (preferences) {
    for (const [key, r] of preferences.adeptRanks) {
      const k = cellOf(key);
      if (k >= 0) rank[k] = r;
    }
    for (const key of preferences.mentorMarks) {
      const k = cellOf(key);
      if (k >= 0) marked[k] = 1;
    }
  }

  const vocabulary = new Vocabulary();
  const adeptProfiles = adepts.map((a) => profileOf(a, vocabulary));
  const mentorProfiles = mentors.map((x) => profileOf(x, vocabulary));
  const scorer = new CohortScorer(adeptProfiles, mentorProfiles, input.weights, input.hardRules, input.reverse);
  const reverse = input.reverse;

  // The allowed pairs in the solver's compact form (see validate.js), adept by adept.
  const rowStart = new Int32Array(n + 1);
  let col = new Int32Array(Math.min(n * m, 1 << 16));
  let score = new Float64Array(col.length);
  const lockedEdge = new Int32Array(n).fill(-1);
  const forbidden = new Uint8Array(m);
  const rowScore = new Float64Array(m);
  const minScore = input.minScore;
  const hasMinScore = minScore != null;
  let edges = 0;
  for (let i = 0; i < n; i++) {
    if (col.length < edges + m) {
      const size = Math.min(n * m, Math.max(2 * col.length, edges + m));
      const grownCol = new Int32Array(size);
      grownCol.set(col);
      col = grownCol;
      const grownScore = new Float64Array(size);
      grownScore.set(score);
      score = grownScore;
    }
    scorer.forbiddenRow(i, forbidden);
    scorer.scoreRow(i, rowScore, preferences ? rank : null, preferences ? marked : null, i * m);
    const row = i * m;
    for (let j = 0; j < m; j++) {
      const c = /** @type {number} */ (constraint[row + j]);
      const s = /** @type {number} */ (rowScore[j]);
      if ((c & 1) === 1) lockedEdge[i] = edges;
      else if ((c & 2) === 2 || forbidden[j] === 1 || (hasMinScore && s < minScore)) continue;
      col[edges] = j;
      score[edges] = s;
      edges++;
    }
    rowStart[i + 1] = edges;
    if (i % 50 === 0) onProgress(Math.round((40 * i) / Math.max(1, n)));
  }
  onProgress(40);

  const adeptIds = adepts.map((a) => a.id);
  const mentorIds = mentors.map((x) => x.id);
  // A mentor with a locked pair keeps room for it even when the pool says full.
  const capacity = mentors.map((x, j) => Math.max(x.capacity, /** @type {number} */ (locksOf[j])));
  /** @type {import('./types.js').Problem} */
  const problem = {
    kind: 'lots-matching-problem',
    adeptIds,
    mentorIds,
    capacity,
    rowStart,
    col: col.subarray(0, edges),
    score: score.subarray(0, edges),
    lockedEdge,
    lockedCount: lockedEdge.reduce((c, e) => c + (e >= 0 ? 1 : 0), 0),
    minScore: null,
    form: 'edges',
  };
  const solveStarted = performance.now();
  const result = solve(problem);
  const solveMs = Math.round(performance.now() - solveStarted);
  onProgress(80);
  const baseline = greedy({ ...problem, lockedEdge: new Int32Array(n).fill(-1), lockedCount: 0 });

  const marks = new AdeptMarks(vocabulary);
  const pairs = result.pairs.map((p) => {
    const i = /** @type {number} */ (adeptIndex.get(p.adept));
    const j = /** @type {number} */ (mentorIndex.get(p.mentor));
    const locked = (constraint[i * m + j] & 1) === 1;
    const ap = /** @type {Profile} */ (adeptProfiles[i]);
    const mp = /** @type {Profile} */ (mentorProfiles[j]);
    return {
      adeptId: p.adept,
      mentorId: p.mentor,
      score: p.score,
      // On demand: the breakdown of the pairs shown, not of every allowed pair.
      breakdown: explainPair(
        ap,
        mp,
        input.weights,
        reverse,
        preferences ? rank[i * m + j] || undefined : undefined,
        preferences ? marked[i * m + j] === 1 : false,
        marks,
      ).breakdown,
      locked,
      ruleBreaks: locked ? profileRuleBreaks(ap, mp, input.hardRules).filter((b) => b !== 'noCapacity') : [],
    };
  });
  const used = new Int32Array(m);
  for (const p of pairs) used[/** @type {number} */ (mentorIndex.get(p.mentorId))]++;
  const unmatched = result.unmatched.map((u) => {
    const i = /** @type {number} */ (adeptIndex.get(u.adept));
    const ap = /** @type {Profile} */ (adeptProfiles[i]);
    /** @type {{ mentor: string, rules: RuleBreak[] }[]} */
    const forbidden = [];
    /** @type {string[]} */
    const full = [];
    for (let j = 0, e = rowStart[i]; j < m; j++) {
      const mentorId = /** @type {string} */ (mentorIds[j]);
      if (e < rowStart[i + 1] && col[e] === j) {
        e++;
        if (used[j] >= /** @type {number} */ (capacity[j])) full.push(mentorId);
        continue;
      }
      const rules = [...profileRuleBreaks(ap, /** @type {Profile} */ (mentorProfiles[j]), input.hardRules)];
      if (constraint[i * m + j] & 2 && !rules.includes('excluded')) rules.push('excluded');
      forbidden.push({ mentor: mentorId, rules });
    }
    return { adeptId: u.adept, reason: u.reason, ...summariseUnmatched(forbidden, full) };
  });
  const capacityOf = new Map(mentorIds.map((id, j) => [id, /** @type {number} */ (capacity[j])]));
  /** @param {string} key */
  const allowed = (key) => {
    const k = cellOf(key);
    if (k < 0) return false;
    const i = Math.floor(k / m);
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) if (col[e] === k - i * m) return true;
    return false;
  };
  const stability = preferences ? checkStability(pairs, allowed, capacityOf, preferences) : null;
  onProgress(100);
  return {
    pairs,
    unmatched,
    matchedCount: result.matchedCount,
    totalScore: result.totalScore,
    greedyTotalScore: baseline.totalScore,
    greedyMatchedCount: baseline.matchedCount,
    stability,
    stats: { edges, ms: Date.now() - started, solveMs },
  };
}

/** How many mentors an unmatched adept's explanation names per group. */
export const EXAMPLES = 3;

/**
 * The compact explanation of an unmatched adept (see UnmatchedAdept) from the full lists: every
 * forbidden mentor with its rules, and every full allowed mentor.
 * @template T
 * @param {{ mentor: T, rules: RuleBreak[] }[]} forbidden
 * @param {T[]} full
 * @returns {{ forbidden: { rules: RuleBreak[], count: number, examples: T[] }[], forbiddenCount: number, full: T[], fullCount: number }}
 */
export function summariseUnmatched(forbidden, full) {
  /** @type {Map<string, { rules: RuleBreak[], count: number, examples: T[] }>} */
  const groups = new Map();
  for (const f of forbidden) {
    const key = f.rules.join(' ');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { rules: f.rules, count: 0, examples: [] }));
    group.count++;
    if (group.examples.length < EXAMPLES) group.examples.push(f.mentor);
  }
  return {
    forbidden: [...groups.values()].sort((a, b) => b.count - a.count),
    forbiddenCount: forbidden.length,
    full: full.slice(0, EXAMPLES),
    fullCount: full.length,
  };
}

/**
 * Blocking pairs with respect to the stated preferences: an adept and a mentor who may be
 * paired, where the adept ranked the mentor above the one they got (or got none), and the
 * mentor marked the adept and has a free place or an adept they did not mark.
 * @param {CohortPair[]} pairs
 * @param {(key: string) => boolean} allowed whether the pair `${adeptId}/${mentorId}` may be made
 * @param {Map<string, number>} capacityOf
 * @param {{ adeptRanks: Map<string, number>, mentorMarks: Set<string> }} preferences
 */
function checkStability(pairs, allowed, capacityOf, preferences) {
  const mentorOf = new Map(pairs.map((p) => [p.adeptId, p.mentorId]));
  /** @type {Map<string, string[]>} */
  const adeptsOf = new Map();
  for (const p of pairs) adeptsOf.set(p.mentorId, [...(adeptsOf.get(p.mentorId) ?? []), p.adeptId]);
  const blockingPairs = [];
  for (const [key, rank] of preferences.adeptRanks) {
    const [adeptId, mentorId] = /** @type {[string, string]} */ (key.split('/'));
    if (!allowed(key) || mentorOf.get(adeptId) === mentorId) continue;
    const current = mentorOf.get(adeptId);
    const currentRank = current ? preferences.adeptRanks.get(`${adeptId}/${current}`) : undefined;
    const adeptWants = !current || currentRank === undefined || rank < currentRank;
    if (!adeptWants || !preferences.mentorMarks.has(key)) continue;
    const mine = adeptsOf.get(mentorId) ?? [];
    const mentorWants = mine.length < (capacityOf.get(mentorId) ?? 0) || mine.some((a) => !preferences.mentorMarks.has(`${a}/${mentorId}`));
    if (mentorWants) blockingPairs.push({ adeptId, mentorId });
  }
  return { stable: blockingPairs.length === 0, blockingPairs };
}
