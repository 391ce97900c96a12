// @ts-check
/**
 * Property tests: the exact solver against an exhaustive reference on thousands of small random
 * instances (ties, forbidden pairs, locked pairs, minScore, capacity 0..3, both input forms), and
 * against an independent textbook Hungarian method on medium ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedy, solve, validate, verifyResult } from './index.js';
import { bruteForce, hungarianReference, rng } from './testing/brute.js';

/** @typedef {import('./types.js').Instance} Instance */

/**
 * Random small instances. Locked pairs are drawn at random and kept only when they are valid.
 * @param {fc.Arbitrary<number>} scoreArb
 * @param {number} maxAdepts
 * @param {number} maxMentors
 * @returns {fc.Arbitrary<Instance>}
 */
const instances = (scoreArb, maxAdepts, maxMentors) =>
  fc
    .record({ n: fc.integer({ min: 0, max: maxAdepts }), m: fc.integer({ min: 0, max: maxMentors }) })
    .chain(({ n, m }) =>
      fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
        cells: fc.array(fc.array(fc.option(scoreArb, { nil: null, freq: 3 }), { minLength: m, maxLength: m }), {
          minLength: n,
          maxLength: n,
        }),
        sparse: fc.boolean(),
        minScore: fc.option(scoreArb, { nil: undefined, freq: 2 }),
        lockTries: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        seed: fc.nat(),
      }),
    )
    .map(({ capacity, cells, sparse, minScore, lockTries, seed }) => {
      /** @type {Instance} */
      const instance = {
        mentors: capacity.map((c, j) => ({ id: `m${j}`, capacity: c })),
        adepts: cells.map((_, i) => ({ id: `a${i}` })),
      };
      if (sparse) {
        const r = rng(seed);
        /** @type {[string, string, number][]} */
        const edges = [];
        cells.forEach((row, i) =>
          row.forEach((s, j) => {
            if (s !== null) edges.push([`a${i}`, `m${j}`, s]);
          }),
        );
        for (let k = edges.length - 1; k > 0; k--) {
          const t = Math.floor(r() * (k + 1));
          [edges[k], edges[t]] = [edges[t], edges[k]];
        }
        instance.edges = edges;
      } else instance.scores = cells;
      if (minScore !== undefined) instance.minScore = minScore;
      /** @type {[string, string][]} */
      const locked = [];
      for (const [x, y] of lockTries) {
        if (cells.length === 0 || capacity.length === 0) break;
        /** @type {[string, string]} */
        const pair = [`a${x % cells.length}`, `m${y % capacity.length}`];
        if (validate({ ...instance, locked: [...locked, pair] }).ok) locked.push(pair);
      }
      if (locked.length > 0) instance.locked = locked;
      return instance;
    });

/** Solves both ways and checks against the reference. @param {Instance} instance */
const checkAgainstBruteForce = (instance) => {
  const checked = validate(instance);
  if (!checked.ok) throw new Error(checked.errors[0]);
  const best = bruteForce(checked.problem);
  for (const orientation of /** @type {const} */ (['adepts', 'mentors'])) {
    const result = solve(instance, { orientation });
    expect(verifyResult(instance, result)).toEqual([]);
    expect(result.matchedCount).toBe(best.matchedCount);
    expect(Math.abs(result.totalScore - best.totalScore)).toBeLessThanOrEqual(1e-9);
  }
};

describe('solve = brute force on small instances', () => {
  it('integer scores from a small range (many ties)', () => {
    fc.assert(fc.property(instances(fc.integer({ min: -2, max: 4 }), 6, 5), checkAgainstBruteForce), { numRuns: 3000, seed: 20240601 });
  });

  it('floating-point scores', () => {
    const floats = fc.double({ min: -1, max: 2, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(instances(floats, 6, 5), checkAgainstBruteForce), { numRuns: 1500, seed: 20240602 });
  });

  it('is deterministic and never worse than greedy', () => {
    fc.assert(
      fc.property(instances(fc.integer({ min: 0, max: 3 }), 6, 4), (instance) => {
        const a = solve(instance);
        expect(solve(structuredClone(instance))).toEqual(a);
        const g = greedy(instance);
        expect(verifyResult(instance, g)).toEqual([]);
        expect(g.matchedCount <= a.matchedCount).toBe(true);
        if (g.matchedCount === a.matchedCount) expect(g.totalScore).toBeLessThanOrEqual(a.totalScore + 1e-9);
      }),
      { numRuns: 500, seed: 20240603 },
    );
  });
});

describe('solve = textbook Hungarian method on medium instances', () => {
  it('up to 40 adepts x 15 mentors, popular mentors, scarce and ample capacity', () => {
    const r = rng(7);
    const int = (/** @type {number} */ lo, /** @type {number} */ hi) => lo + Math.floor(r() * (hi - lo + 1));
    for (let t = 0; t < 150; t++) {
      const n = int(1, 40);
      const m = int(1, 15);
      const pop = Array.from({ length: m }, () => int(0, 6));
      const forbid = r() * 0.9;
      /** @type {Instance} */
      const instance = {
        mentors: pop.map((_, j) => ({ id: `m${j}`, capacity: int(0, 5) })),
        adepts: Array.from({ length: n }, (_, i) => ({ id: `a${i}` })),
        scores: Array.from({ length: n }, () => pop.map((p) => (r() < forbid ? null : int(-3, 9) + p))),
      };
      const checked = validate(instance);
      if (!checked.ok) throw new Error(checked.errors[0]);
      const reference = hungarianReference(checked.problem);
      for (const orientation of /** @type {const} */ (['adepts', 'mentors'])) {
        const result = solve(checked.problem, { orientation });
        expect(verifyResult(checked.problem, result)).toEqual([]);
        expect([result.matchedCount, result.totalScore]).toEqual([reference.matchedCount, reference.totalScore]);
      }
    }
  });
});
