// @ts-check
/**
 * Reference for the tests only: the straightforward cohort matching that cohort.js replaced
 * (issue 15). It scores every pair with `scorePair` (a breakdown object per pair), keeps every
 * forbidden mentor with its rules, and hands the solver an instance of string triples. The
 * tests check that cohort.js gives the same result on generated cohorts.
 */
import { solve, greedy } from '../index.js';
import { ruleBreaks, scorePair } from '../scoring.js';

/**
 * @typedef {import('../scoring.js').RuleBreak} RuleBreak
 * @typedef {import('../cohort.js').CohortInput} CohortInput
 * @typedef {import('../cohort.js').CohortPair} CohortPair
 * @typedef {import('../cohort.js').CohortResult} CohortResult
 * @typedef {{ adeptId: string, reason: 'no-feasible-mentor' | 'capacity', forbidden: { mentorId: string, rules: RuleBreak[] }[], full: string[] }} FullUnmatched
 * @typedef {Omit<CohortResult, 'unmatched'> & { unmatched: FullUnmatched[] }} ReferenceResult  every forbidden and full mentor listed
 */

/**
 * @param {CohortInput} input
 * @param {(progress: number) => void} [onProgress]
 * @returns {ReferenceResult}
 */
export function matchCohortReference(input, onProgress = () => {}) {
  const started = Date.now();
  const preferences = input.preferences
    ? { adeptRanks: new Map(input.preferences.adeptRanks), mentorMarks: new Set(input.preferences.mentorMarks) }
    : undefined;
  const locked = new Set(input.constraints.filter((c) => c.kind === 'lock').map((c) => `${c.adeptId}/${c.mentorId}`));
  const excluded = new Set(input.constraints.filter((c) => c.kind === 'exclude').map((c) => `${c.adeptId}/${c.mentorId}`));
  /** @type {[string, string, number][]} */
  const edges = [];
  /** @type {Map<string, { score: number, breakdown: import('../scoring.js').Contribution[], breaks: RuleBreak[] }>} */
  const details = new Map();
  /** @type {Map<string, { mentorId: string, rules: RuleBreak[] }[]>} */
  const forbiddenOf = new Map();
  const options = { reverse: input.reverse, preferences };
  input.adepts.forEach((adept, i) => {
    /** @type {{ mentorId: string, rules: RuleBreak[] }[]} */
    const forbidden = [];
    for (const mentor of input.mentors) {
      const key = `${adept.id}/${mentor.id}`;
      const breaks = ruleBreaks(adept, mentor, input.hardRules);
      if (excluded.has(key)) breaks.push('excluded');
      const isLocked = locked.has(key);
      if (breaks.length && !isLocked) {
        forbidden.push({ mentorId: mentor.id, rules: breaks });
        continue;
      }
      const { score, breakdown } = scorePair(adept, mentor, input.weights, options);
      if (!isLocked && input.minScore != null && score < input.minScore) {
        forbidden.push({ mentorId: mentor.id, rules: [] });
        continue;
      }
      details.set(key, { score, breakdown, breaks: breaks.filter((b) => b !== 'noCapacity') });
      edges.push([adept.id, mentor.id, score]);
    }
    forbiddenOf.set(adept.id, forbidden);
    if (i % 50 === 0) onProgress(Math.round((40 * i) / Math.max(1, input.adepts.length)));
  });
  onProgress(40);
  const instance = {
    adepts: input.adepts.map((a) => ({ id: a.id })),
    // A mentor with a locked pair keeps room for it even when the pool says full.
    mentors: input.mentors.map((m) => ({ id: m.id, capacity: Math.max(m.capacity, countLocks(locked, m.id)) })),
    edges,
    locked: [...locked].map((k) => /** @type {[string, string]} */ (k.split('/'))),
  };
  const result = solve(instance);
  onProgress(80);
  const baseline = greedy({ ...instance, locked: [] });
  const pairs = result.pairs.map((p) => {
    const d = details.get(`${p.adept}/${p.mentor}`);
    return {
      adeptId: p.adept,
      mentorId: p.mentor,
      score: p.score,
      breakdown: d?.breakdown ?? [],
      locked: locked.has(`${p.adept}/${p.mentor}`),
      ruleBreaks: d?.breaks ?? [],
    };
  });
  const used = new Map();
  for (const p of pairs) used.set(p.mentorId, (used.get(p.mentorId) ?? 0) + 1);
  const capacityOf = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const unmatched = result.unmatched.map((u) => {
    const forbidden = forbiddenOf.get(u.adept) ?? [];
    const forbiddenIds = new Set(forbidden.map((f) => f.mentorId));
    const full = input.mentors
      .filter((m) => !forbiddenIds.has(m.id) && (used.get(m.id) ?? 0) >= (capacityOf.get(m.id) ?? 0))
      .map((m) => m.id);
    return { adeptId: u.adept, reason: u.reason, forbidden, full };
  });
  const stability = preferences ? checkStability(input, pairs, details, capacityOf, preferences) : null;
  onProgress(100);
  return {
    pairs,
    unmatched,
    matchedCount: result.matchedCount,
    totalScore: result.totalScore,
    greedyTotalScore: baseline.totalScore,
    greedyMatchedCount: baseline.matchedCount,
    stability,
    stats: { edges: edges.length, ms: Date.now() - started },
  };
}

/** @param {Set<string>} locked @param {string} mentorId */
function countLocks(locked, mentorId) {
  let n = 0;
  for (const k of locked) if (k.endsWith(`/${mentorId}`)) n++;
  return n;
}

/**
 * Blocking pairs with respect to the stated preferences: an adept and a mentor who may be
 * paired, where the adept ranked the mentor above the one they got (or got none), and the
 * mentor marked the adept and has a free place or an adept they did not mark.
 * @param {CohortInput} input
 * @param {CohortPair[]} pairs
 * @param {Map<string, unknown>} allowed
 * @param {Map<string, number>} capacityOf
 * @param {{ adeptRanks: Map<string, number>, mentorMarks: Set<string> }} preferences
 */
function checkStability(input, pairs, allowed, capacityOf, preferences) {
  const mentorOf = new Map(pairs.map((p) => [p.adeptId, p.mentorId]));
  /** @type {Map<string, string[]>} */
  const adeptsOf = new Map();
  for (const p of pairs) adeptsOf.set(p.mentorId, [...(adeptsOf.get(p.mentorId) ?? []), p.adeptId]);
  const blockingPairs = [];
  for (const [key, rank] of preferences.adeptRanks) {
    const [adeptId, mentorId] = /** @type {[string, string]} */ (key.split('/'));
    if (!allowed.has(key) || mentorOf.get(adeptId) === mentorId) continue;
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
