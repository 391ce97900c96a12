// @ts-check
import { describe, expect, it } from 'vitest';
import { CohortScorer } from './cohort-scoring.js';
import { DEFAULT_WEIGHTS, DISTANCES, Vocabulary, profileOf, ruleBreaks, scorePair } from './scoring.js';
import { rng, syntheticCohort } from './testing/cohort-gen.js';
import { testPerson } from './testing/person.js';

/** @typedef {import('./scoring.js').Person} Person */

/**
 * People that reach the corners the generated cohort does not: no unit, one person on both sides,
 * empty or blank lists, blank location, a missing manager chain, the required language with spaces.
 * @returns {{ adepts: Person[], mentors: Person[] }}
 */
function corners() {
  const adepts = [
    testPerson('a-nounit', { unitId: null, languages: ['  '], location: '  ', meetingPreference: 'physical' }),
    testPerson('a-both', { personId: 'p-both', managerChain: ['boss'], languages: ['Svenska '], availability: '' }),
    testPerson('a-empty', { competenceAreas: [], developmentGoals: '', wishes: '', interests: [''], yearsAsManager: 0 }),
    testPerson('a-close', { tooClose: [' M-NAMED@example.org '], unitPath: ['top', 'mid'], unitId: 'mid', wishes: 'Ekonomi, budget' }),
    testPerson('a-boss', { personId: 'boss', unitPath: ['top'], unitId: 'top', yearsAsManager: 30, meetingPreference: 'digital' }),
  ];
  const mentors = [
    testPerson('m-both', { personId: 'p-both', managerChain: ['boss'], languages: ['svenska'], capacity: 2 }),
    testPerson('m-named', { unitPath: ['top', 'other'], unitId: 'other', developmentGoals: 'budget och ekonomi', location: 'Umeå' }),
    testPerson('m-under', { managerChain: ['boss', 'top-boss'], unitPath: ['top', 'mid', 'low'], unitId: 'low', availability: 'kvällar' }),
    testPerson('m-nounit', { unitId: null, languages: [], meetingPreference: 'physical', location: 'umeå ' }),
    testPerson('m-full', { capacity: 0, eligible: false, organisationId: 'elsewhere' }),
  ];
  return { adepts, mentors };
}

/**
 * Every pair of the cohort row by row, against `scorePair` and `ruleBreaks` pair by pair.
 * @param {Person[]} adepts @param {Person[]} mentors
 * @param {import('./scoring.js').Weights} weights @param {import('./scoring.js').HardRules} rules
 * @param {boolean} reverse @param {(a: number, j: number) => [number, boolean]} prefs rank and mark of a pair
 */
function compare(adepts, mentors, weights, rules, reverse, prefs) {
  const vocabulary = new Vocabulary();
  const scorer = new CohortScorer(
    adepts.map((p) => profileOf(p, vocabulary)),
    mentors.map((p) => profileOf(p, vocabulary)),
    weights,
    rules,
    reverse,
  );
  const m = mentors.length;
  const rank = new Uint8Array(adepts.length * m);
  const marked = new Uint8Array(adepts.length * m);
  /** @type {Map<string, number>} */
  const adeptRanks = new Map();
  /** @type {Set<string>} */
  const mentorMarks = new Set();
  adepts.forEach((a, i) =>
    mentors.forEach((x, j) => {
      const [r, mk] = prefs(i, j);
      rank[i * m + j] = r;
      marked[i * m + j] = mk ? 1 : 0;
      if (r) adeptRanks.set(`${a.id}/${x.id}`, r);
      if (mk) mentorMarks.add(`${a.id}/${x.id}`);
    }),
  );
  const forbidden = new Uint8Array(m);
  const scores = new Float64Array(m);
  let checked = 0;
  let forbiddenCount = 0;
  adepts.forEach((a, i) => {
    scorer.forbiddenRow(i, forbidden);
    scorer.scoreRow(i, scores, rank, marked, i * m);
    mentors.forEach((x, j) => {
      const expected = scorePair(a, x, weights, { reverse, preferences: { adeptRanks, mentorMarks } }).score;
      const breaks = ruleBreaks(a, x, rules);
      if (scores[j] !== expected || forbidden[j] !== (breaks.length > 0 ? 1 : 0))
        throw new Error(
          `${a.id}/${x.id}: score ${scores[j]} (expected ${expected}), forbidden ${forbidden[j]} (rules ${breaks.join(', ')})`,
        );
      checked++;
      if (breaks.length) forbiddenCount++;
    });
  });
  return { checked, forbiddenCount };
}

describe('CohortScorer (issue 15): row by row what scorePair and ruleBreaks give pair by pair', () => {
  it('agrees on generated cohorts with every distance level, rule and weight setting', () => {
    let checked = 0;
    let forbidden = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const r = rng(seed);
      const { adepts, mentors } = syntheticCohort({ adepts: 40, mentors: 30, seed });
      const weights = {
        ...DEFAULT_WEIGHTS,
        mentorGoals: seed % 3,
        distance: seed % 4,
        preferences: seed % 2 ? 6 : 0,
        goals: seed === 7 ? 0 : 8,
      };
      const rules = {
        distance: DISTANCES[seed % DISTANCES.length] ?? 'none',
        closeRelations: seed % 3 !== 0,
        requireEligible: seed % 2 === 0,
        requireConfirmation: seed % 4 !== 1,
        requiredLanguage: seed % 3 === 1 ? ' Svenska' : null,
      };
      const got = compare(adepts, mentors, weights, rules, seed % 4 === 1, () => [r() < 0.1 ? 1 + Math.floor(r() * 5) : 0, r() < 0.1]);
      checked += got.checked;
      forbidden += got.forbiddenCount;
    }
    expect(checked).toBe(10 * 40 * 30);
    expect(forbidden).toBeGreaterThan(1000);
    expect(forbidden).toBeLessThan(checked - 1000);
  });

  it('agrees on the corners: no unit, one person on both sides, blank lists and places, the boss', () => {
    const { adepts, mentors } = corners();
    for (const distance of DISTANCES) {
      for (const reverse of [false, true]) {
        const rules = { distance, closeRelations: true, requireEligible: true, requireConfirmation: true, requiredLanguage: 'svenska ' };
        compare(adepts, mentors, { ...DEFAULT_WEIGHTS, mentorGoals: 3, distance: 2 }, rules, reverse, (i, j) => [
          (i + j) % 6,
          (i * j) % 2 === 1,
        ]);
        const open = { ...rules, closeRelations: false, requireEligible: false, requireConfirmation: false, requiredLanguage: null };
        compare(adepts, mentors, { ...DEFAULT_WEIGHTS, language: 0 }, open, reverse, () => [0, false]);
      }
    }
    // Each corner rule forbids something: close relation, same person, reporting line, no unit, no capacity.
    const strict = {
      distance: /** @type {const} */ ('unitSubtree'),
      closeRelations: true,
      requireEligible: true,
      requireConfirmation: true,
      requiredLanguage: null,
    };
    const breaks = new Set(adepts.flatMap((a) => mentors.flatMap((x) => ruleBreaks(a, x, strict))));
    expect([...breaks].sort()).toEqual(
      expect.arrayContaining(['closeRelation', 'mentorNotEligible', 'noCapacity', 'reportingLine', 'sameUnit', 'unitUnknown']),
    );
  });

  it('gives no score to weights that are all zero', () => {
    const { adepts, mentors } = corners();
    const zero = /** @type {import('./scoring.js').Weights} */ (Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])));
    const rules = {
      distance: /** @type {const} */ ('none'),
      closeRelations: false,
      requireEligible: false,
      requireConfirmation: false,
      requiredLanguage: null,
    };
    compare(adepts, mentors, zero, rules, false, () => [0, false]);
  });
});
