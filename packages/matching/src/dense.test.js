// @ts-check
/**
 * The dense kernel (dense.js), which solves every complete instance: against the exhaustive
 * reference on small ones (ties, negative scores, capacity 0..3, locked pairs, more adepts than
 * places and the other way round, both orientations), against the textbook Hungarian method and the
 * flow solver on medium ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignOptimal, isComplete } from './assign.js';
import { solveDense } from './dense.js';
import { solve, validate, verifyResult } from './index.js';
import { buildResult } from './result.js';
import { bruteForce, hungarianReference, rng } from './testing/brute.js';

/** @typedef {import('./types.js').Instance} Instance */
/** @typedef {import('./types.js').Problem} Problem */

/** @param {Instance} instance */
const problemOf = (instance) => {
  const checked = validate(instance);
  if (!checked.ok) throw new Error(checked.errors[0]);
  return checked.problem;
};

/**
 * Complete small instances: every pair allowed, locked pairs drawn at random and kept when valid.
 * @param {fc.Arbitrary<number>} scoreArb
 * @returns {fc.Arbitrary<Instance>}
 */
const complete = (scoreArb) =>
  fc
    .record({ n: fc.integer({ min: 1, max: 7 }), m: fc.integer({ min: 1, max: 5 }) })
    .chain(({ n, m }) =>
      fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
        scores: fc.array(fc.array(scoreArb, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
        lockTries: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      }),
    )
    .map(({ capacity, scores, lockTries }) => {
      /** @type {Instance} */
      const instance = {
        mentors: capacity.map((c, j) => ({ id: `m${j}`, capacity: c })),
        adepts: scores.map((_, i) => ({ id: `a${i}` })),
        scores,
      };
      /** @type {[string, string][]} */
      const locked = [];
      for (const [x, y] of lockTries) {
        /** @type {[string, string]} */
        const pair = [`a${x % scores.length}`, `m${y % capacity.length}`];
        if (validate({ ...instance, locked: [...locked, pair] }).ok) locked.push(pair);
      }
      if (locked.length > 0) instance.locked = locked;
      return instance;
    });

/**
 * The dense kernel's result in both orientations, checked for feasibility.
 * @param {Problem} p
 */
const denseResults = (p) => {
  expect(isComplete(p)).toBe(true);
  return /** @type {const} */ (['adepts', 'mentors']).map((orientation) => {
    const result = buildResult(p, assignOptimal(p, { orientation }));
    expect(verifyResult(p, result)).toEqual([]);
    return result;
  });
};

describe('dense kernel = brute force on small complete instances', () => {
  it('integer scores from a small range (many ties), negative ones included', () => {
    fc.assert(
      fc.property(complete(fc.integer({ min: -3, max: 3 })), (instance) => {
        const p = problemOf(instance);
        const best = bruteForce(p);
        for (const r of denseResults(p)) expect([r.matchedCount, r.totalScore]).toEqual([best.matchedCount, best.totalScore]);
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });

  it('floating-point scores', () => {
    const floats = fc.double({ min: -1, max: 2, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(complete(floats), (instance) => {
        const p = problemOf(instance);
        const best = bruteForce(p);
        for (const r of denseResults(p)) {
          expect(r.matchedCount).toBe(best.matchedCount);
          expect(Math.abs(r.totalScore - best.totalScore)).toBeLessThanOrEqual(1e-9);
        }
      }),
      { numRuns: 1500, seed: 20261204 },
    );
  });
});

describe('dense kernel on medium complete instances', () => {
  it('= the textbook Hungarian method and the flow solver (popular mentors, scarce and ample room)', () => {
    const r = rng(11);
    const int = (/** @type {number} */ lo, /** @type {number} */ hi) => lo + Math.floor(r() * (hi - lo + 1));
    for (let t = 0; t < 120; t++) {
      const n = int(1, 40);
      const m = int(1, 15);
      const pop = Array.from({ length: m }, () => int(0, 6));
      /** @type {Instance} */
      const instance = {
        mentors: pop.map((_, j) => ({ id: `m${j}`, capacity: int(0, 5) })),
        adepts: Array.from({ length: n }, (_, i) => ({ id: `a${i}` })),
        scores: Array.from({ length: n }, () => pop.map((q) => int(-3, 9) + q)),
      };
      const p = problemOf(instance);
      const reference = hungarianReference(p);
      const flow = buildResult(p, assignOptimal(p, { kernel: 'flow' }));
      for (const result of denseResults(p)) {
        expect([result.matchedCount, result.totalScore]).toEqual([reference.matchedCount, reference.totalScore]);
        expect([result.matchedCount, result.totalScore]).toEqual([flow.matchedCount, flow.totalScore]);
      }
    }
  });

  it('= the flow solver on four-decimal scores, 150 × 90 with capacities 1-3', () => {
    const r = rng(12);
    for (let t = 0; t < 6; t++) {
      const n = 150;
      const m = 90;
      const pop = Array.from({ length: m }, () => r());
      /** @type {Instance} */
      const instance = {
        mentors: pop.map((_, j) => ({ id: `m${j}`, capacity: 1 + Math.floor(r() * 3) })),
        adepts: Array.from({ length: n }, (_, i) => ({ id: `a${i}` })),
        scores: Array.from({ length: n }, () => pop.map((q) => Math.round((t % 2 ? q : 0.5 * q + 0.5 * r()) * 1e4) / 1e4)),
      };
      const p = problemOf(instance);
      const flow = buildResult(p, assignOptimal(p, { kernel: 'flow' }));
      for (const result of denseResults(p)) {
        expect(result.matchedCount).toBe(flow.matchedCount);
        expect(Math.abs(result.totalScore - flow.totalScore)).toBeLessThanOrEqual(1e-9);
      }
    }
  });
});

describe('dense kernel: balanced instances (the row reduction before the searches)', () => {
  /** n adepts, n / cap mentors of capacity cap: as many places as adepts. @param {() => number} r @param {number} n @param {number} cap @param {(x: number) => number} round */
  const balanced = (r, n, cap, round) => {
    const m = n / cap;
    const pop = Array.from({ length: m }, () => r());
    return {
      mentors: Array.from({ length: m }, (_, j) => ({ id: `m${j}`, capacity: cap })),
      adepts: Array.from({ length: n }, (_, i) => ({ id: `a${i}` })),
      scores: Array.from({ length: n }, () => pop.map((q) => round(q + r()))),
    };
  };

  it('= brute force on small square and place-balanced instances, with many ties', () => {
    const r = rng(13);
    for (let t = 0; t < 400; t++) {
      const cap = 1 + (t % 3);
      const n = cap * (1 + Math.floor(r() * (cap === 1 ? 7 : 3)));
      const p = problemOf(balanced(r, n, cap, (x) => Math.floor(x * 3)));
      const best = bruteForce(p);
      for (const result of denseResults(p)) expect([result.matchedCount, result.totalScore]).toEqual([best.matchedCount, best.totalScore]);
    }
  });

  it('= the flow solver on medium square and place-balanced instances', () => {
    const r = rng(14);
    for (let t = 0; t < 12; t++) {
      const cap = 1 + (t % 3);
      const p = problemOf(balanced(r, 120, cap, t % 2 ? (x) => Math.round(x * 1e4) / 1e4 : (x) => Math.floor(x * 4)));
      const flow = buildResult(p, assignOptimal(p, { kernel: 'flow' }));
      for (const result of denseResults(p)) {
        expect(result.matchedCount).toBe(flow.matchedCount);
        expect(Math.abs(result.totalScore - flow.totalScore)).toBeLessThanOrEqual(1e-9);
      }
    }
  });
});

describe('dense kernel: details', () => {
  it('fills the spare column with the rows that cannot be placed, and the real columns up to their room', () => {
    // 4 rows, 2 columns of room 1 and 0, spare 3: the best row takes column 0, the rest the spare.
    const matrix = Float64Array.from([1, 9, 5, 9, 2, 9, -4, 9]);
    const colOf = solveDense({ matrix, stride: 2, rowBase: Int32Array.from([0, 2, 4, 6]), capacity: Int32Array.from([1, 0]), spare: 3 });
    expect(Array.from(colOf)).toEqual([2, 0, 2, 2]);
  });

  it('refuses rows that outnumber the room rather than leave one out', () => {
    expect(() =>
      solveDense({ matrix: new Float64Array(2), stride: 1, rowBase: Int32Array.from([0, 1]), capacity: Int32Array.from([1]), spare: 0 }),
    ).toThrow(/outnumber/);
  });

  it('is used for complete instances only: a null, a missing edge or minScore sends the instance to the flow solver', () => {
    const base = { mentors: [{ id: 'm', capacity: 1 }], adepts: [{ id: 'a' }, { id: 'b' }] };
    expect(isComplete(problemOf({ ...base, scores: [[1], [2]] }))).toBe(true);
    expect(
      isComplete(
        problemOf({
          ...base,
          edges: [
            ['a', 'm', 1],
            ['b', 'm', 2],
          ],
        }),
      ),
    ).toBe(true);
    expect(isComplete(problemOf({ ...base, scores: [[1], [null]] }))).toBe(false);
    expect(isComplete(problemOf({ ...base, edges: [['a', 'm', 1]] }))).toBe(false);
    expect(isComplete(problemOf({ ...base, scores: [[1], [2]], minScore: 1.5 }))).toBe(false);
    expect(solve({ ...base, scores: [[1], [2]] }).pairs).toEqual([{ adept: 'b', mentor: 'm', score: 2 }]);
  });
});
