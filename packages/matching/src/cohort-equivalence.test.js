// @ts-check
import { describe, expect, it } from 'vitest';
import { matchCohort, summariseUnmatched } from './cohort.js';
import { DEFAULT_HARD_RULES, DEFAULT_WEIGHTS, scorePair } from './scoring.js';
import { matchCohortReference } from './testing/cohort-reference.js';
import { rng, syntheticCohort } from './testing/cohort-gen.js';

/** @param {Omit<import('./cohort.js').CohortResult, 'unmatched'>} r */
const withoutTime = (r) => ({ ...r, stats: { edges: r.stats.edges } });

/**
 * The reference's result with its full explanations summarised as matchCohort gives them.
 * @param {ReturnType<typeof matchCohortReference>} r
 */
const summarised = (r) => ({
  ...withoutTime(r),
  unmatched: r.unmatched.map((u) => ({
    adeptId: u.adeptId,
    reason: u.reason,
    ...summariseUnmatched(
      u.forbidden.map((f) => ({ mentor: f.mentorId, rules: f.rules })),
      u.full,
    ),
  })),
});

/**
 * A generated cohort with locks (some against the hard rules), exclusions, stated preferences,
 * a minimum score and each distance level.
 * @param {number} seed
 * @returns {import('./cohort.js').CohortInput}
 */
function cohort(seed) {
  const r = rng(seed);
  const { adepts, mentors } = syntheticCohort({ adepts: 70, mentors: 45, seed });
  const pick = (/** @type {{ id: string }[]} */ list) => /** @type {{ id: string }} */ (list[Math.floor(r() * list.length)]).id;
  /** @type {import('./cohort.js').Constraint[]} */
  const constraints = [];
  const lockedAdepts = new Set();
  const locksOf = new Map();
  for (let k = 0; k < 6; k++) {
    const adeptId = pick(adepts);
    const mentorId = pick(mentors);
    const mentor = mentors.find((m) => m.id === mentorId);
    if (lockedAdepts.has(adeptId) || (locksOf.get(mentorId) ?? 0) >= Math.max(1, mentor?.capacity ?? 1)) continue;
    lockedAdepts.add(adeptId);
    locksOf.set(mentorId, (locksOf.get(mentorId) ?? 0) + 1);
    constraints.push({ kind: 'lock', adeptId, mentorId });
  }
  for (let k = 0; k < 15; k++) constraints.push({ kind: 'exclude', adeptId: pick(adepts), mentorId: pick(mentors) });
  /** @type {[string, number][]} */
  const adeptRanks = [];
  /** @type {string[]} */
  const mentorMarks = [];
  for (let k = 0; k < 120; k++) adeptRanks.push([`${pick(adepts)}/${pick(mentors)}`, 1 + Math.floor(r() * 5)]);
  for (let k = 0; k < 120; k++) mentorMarks.push(`${pick(adepts)}/${pick(mentors)}`);
  const distances = /** @type {const} */ (['none', 'reportingLine', 'unitSubtree', 'topLevelUnit', 'organisation']);
  return {
    adepts,
    mentors: mentors.map((m, j) => (j % 13 === 0 ? { ...m, capacity: 0 } : m)),
    weights: { ...DEFAULT_WEIGHTS, mentorGoals: seed % 3, distance: seed % 4 },
    hardRules: {
      ...DEFAULT_HARD_RULES,
      distance: distances[seed % distances.length] ?? 'none',
      requiredLanguage: seed % 2 ? 'svenska' : null,
    },
    constraints,
    preferences: seed % 2 ? { adeptRanks: [...new Map(adeptRanks)], mentorMarks: [...new Set(mentorMarks)] } : null,
    minScore: seed % 3 === 0 ? 25 : null,
    reverse: seed % 4 === 1,
  };
}

describe('matchCohort against the straightforward reference (issue 15)', () => {
  it('gives the same pairs, breakdowns, explanations and stability on generated cohorts', () => {
    let unmatched = 0;
    let locked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const input = cohort(seed);
      const fast = matchCohort(input);
      expect(withoutTime(fast)).toEqual(summarised(matchCohortReference(input)));
      unmatched += fast.unmatched.length;
      locked += fast.pairs.filter((p) => p.locked && p.ruleBreaks.length > 0).length;
    }
    // The cohorts exercise what is compared: unmatched adepts with reasons, and locks against the rules.
    expect(unmatched).toBeGreaterThan(10);
    expect(locked).toBeGreaterThan(0);
  });

  it('computes each shown breakdown on demand, equal to scoring the pair in full', () => {
    const input = cohort(5);
    const preferences = input.preferences
      ? { adeptRanks: new Map(input.preferences.adeptRanks), mentorMarks: new Set(input.preferences.mentorMarks) }
      : undefined;
    const result = matchCohort(input);
    expect(result.pairs.length).toBeGreaterThan(20);
    for (const pair of result.pairs) {
      const adept = input.adepts.find((a) => a.id === pair.adeptId);
      const mentor = input.mentors.find((m) => m.id === pair.mentorId);
      if (!adept || !mentor) throw new Error('unknown pair');
      const full = scorePair(adept, mentor, input.weights, { reverse: input.reverse, preferences });
      expect({ score: pair.score, breakdown: pair.breakdown }).toEqual(full);
    }
  });
});
