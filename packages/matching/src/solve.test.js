// @ts-check
import { describe, expect, it } from 'vitest';
import { InstanceError, greedy, solve, validate, verifyResult } from './index.js';

/** @typedef {import('./types.js').Instance} Instance */

/** The example of shared/specs/matching-cli.md. @returns {Instance} */
const specExample = () => ({
  mentors: [
    { id: 'm1', capacity: 2 },
    { id: 'm2', capacity: 1 },
  ],
  adepts: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }],
  scores: [
    [0.8, null],
    [0.5, 0.9],
    [null, 0.4],
  ],
  locked: [['a2', 'm2']],
  minScore: 0.1,
});

/**
 * @param {number[]} caps
 * @param {(number | null)[][]} scores
 * @param {Partial<Instance>} [extra]
 * @returns {Instance}
 */
const dense = (caps, scores, extra = {}) => ({
  mentors: caps.map((capacity, j) => ({ id: `m${j + 1}`, capacity })),
  adepts: scores.map((_, i) => ({ id: `a${i + 1}` })),
  scores,
  ...extra,
});

/** @param {import('./types.js').Result} r */
const pairsOf = (r) => r.pairs.map((p) => `${p.adept}-${p.mentor}`).sort();

describe('solve: the contract example', () => {
  it('keeps the locked pair, gives a1 to m1 and leaves a3 unmatched for capacity', () => {
    const result = solve(specExample());
    expect(result.pairs).toEqual([
      { adept: 'a1', mentor: 'm1', score: 0.8 },
      { adept: 'a2', mentor: 'm2', score: 0.9 },
    ]);
    // a3 may take m2 (0.4 >= minScore), but m2's only place is locked to a2.
    expect(result.unmatched).toEqual([{ adept: 'a3', reason: 'capacity' }]);
    expect(result.matchedCount).toBe(2);
    expect(result.totalScore).toBe(1.7);
    expect(result.stats).toEqual({ adepts: 3, mentors: 2, allowedPairs: 4, locked: 1 });
  });

  it('without the lock, matches all three (cardinality before score)', () => {
    const { locked: _unused, ...rest } = specExample();
    const result = solve(rest);
    expect(pairsOf(result)).toEqual(['a1-m1', 'a2-m1', 'a3-m2']);
    expect(result.totalScore).toBe(1.7);
    expect(result.unmatched).toEqual([]);
  });

  it('a minScore above a pair forbids it', () => {
    const { locked: _unused, ...rest } = specExample();
    const result = solve({ ...rest, minScore: 0.45 });
    expect(pairsOf(result)).toEqual(['a1-m1', 'a2-m2']);
    expect(result.unmatched).toEqual([{ adept: 'a3', reason: 'no-feasible-mentor' }]);
  });
});

describe('solve: optimality', () => {
  it('prefers more matched adepts over a higher score', () => {
    // a1 alone on m1 would score 10; matching both needs a1 on m2 (1) and a2 on m1 (1).
    const result = solve(
      dense(
        [1, 1],
        [
          [10, 1],
          [1, null],
        ],
      ),
    );
    expect(result.matchedCount).toBe(2);
    expect(pairsOf(result)).toEqual(['a1-m2', 'a2-m1']);
    expect(result.totalScore).toBe(2);
  });

  it('beats greedy where greedy takes the single best pair first', () => {
    const instance = dense(
      [1, 1],
      [
        [5, 4],
        [4, 0],
      ],
    );
    expect(greedy(instance).totalScore).toBe(5); // a1-m1 (5), then a2-m2 (0)
    const result = solve(instance);
    expect(result.totalScore).toBe(8); // a1-m2 (4) + a2-m1 (4)
    expect(greedy(instance).matchedCount).toBe(2);
  });

  it('re-routes through several mentors (long augmenting path)', () => {
    const result = solve(
      dense(
        [1, 1, 1],
        [
          [3, 2, null],
          [null, 3, 2],
          [3, null, null],
        ],
      ),
    );
    expect(result.matchedCount).toBe(3);
    expect(pairsOf(result)).toEqual(['a1-m2', 'a2-m3', 'a3-m1']);
    expect(result.totalScore).toBe(7);
  });

  it('handles negative scores, zero capacity and huge capacity', () => {
    const result = solve(
      dense(
        [0, 1e9],
        [
          [5, -3],
          [-1, -2],
        ],
      ),
    );
    expect(pairsOf(result)).toEqual(['a1-m2', 'a2-m2']);
    expect(result.totalScore).toBe(-5);
    expect(result.unmatched).toEqual([]);
  });

  it('reports capacity vs no-feasible-mentor', () => {
    const result = solve(dense([1], [[1], [2], [null]]));
    expect(result.pairs).toEqual([{ adept: 'a2', mentor: 'm1', score: 2 }]);
    expect(result.unmatched).toEqual([
      { adept: 'a1', reason: 'capacity' },
      { adept: 'a3', reason: 'no-feasible-mentor' },
    ]);
  });

  it('an allowed pair with a capacity-0 mentor counts as feasible', () => {
    expect(solve(dense([0], [[1]])).unmatched).toEqual([{ adept: 'a1', reason: 'capacity' }]);
  });

  it('solves empty instances', () => {
    expect(solve({ mentors: [], adepts: [], scores: [] })).toMatchObject({ pairs: [], unmatched: [], matchedCount: 0, totalScore: 0 });
    expect(solve({ mentors: [{ id: 'm', capacity: 3 }], adepts: [], edges: [] }).matchedCount).toBe(0);
    expect(solve({ mentors: [], adepts: [{ id: 'a' }], edges: [] }).unmatched).toEqual([{ adept: 'a', reason: 'no-feasible-mentor' }]);
  });

  it('locked pairs use capacity and stay even when a better assignment exists', () => {
    const instance = dense(
      [1, 1],
      [
        [1, 9],
        [9, 1],
      ],
      { locked: [['a1', 'm1']] },
    );
    const result = solve(instance);
    expect(pairsOf(result)).toEqual(['a1-m1', 'a2-m2']);
    expect(result.totalScore).toBe(2);
    expect(verifyResult(instance, result)).toEqual([]);
  });

  it('the sparse form gives the same result as the dense form', () => {
    const d = dense(
      [2, 1, 1],
      [
        [3, null, 1],
        [2, 2, null],
        [null, 4, 4],
        [1, 1, 1],
      ],
    );
    const edges = /** @type {[string, string, number][]} */ ([]);
    d.scores?.forEach((row, i) =>
      row.forEach((s, j) => {
        if (s !== null) edges.push([`a${i + 1}`, `m${j + 1}`, s]);
      }),
    );
    const { scores: _unused, ...rest } = d;
    // Same pairs in the same order: the very same result.
    expect(solve({ ...rest, edges })).toEqual(solve(d));
    // Another order may break ties differently, but is just as good.
    const reversed = solve({ ...rest, edges: [...edges].reverse() });
    expect([reversed.matchedCount, reversed.totalScore]).toEqual([4, 10]);
  });

  it('both orientations are exact', () => {
    const instance = dense(
      [2, 1, 0, 3],
      [
        [1, 5, 2, null],
        [4, 4, 4, 4],
        [null, 6, 1, 2],
        [3, 3, null, 1],
        [2, null, 2, 5],
      ],
    );
    const a = solve(instance, { orientation: 'adepts' });
    const m = solve(instance, { orientation: 'mentors' });
    expect([a.matchedCount, a.totalScore]).toEqual([m.matchedCount, m.totalScore]);
    expect(verifyResult(instance, a)).toEqual([]);
    expect(verifyResult(instance, m)).toEqual([]);
  });

  it('accepts the validated problem as well as the raw instance', () => {
    const checked = validate(specExample());
    if (!checked.ok) throw new Error('invalid');
    expect(solve(checked.problem)).toEqual(solve(specExample()));
  });
});

describe('solve: determinism', () => {
  it('gives byte-identical output for the same input, also with many ties', () => {
    const ties = dense(
      [2, 2, 2, 1],
      Array.from({ length: 9 }, (_, i) => [1, 1, i % 2, 1]),
    );
    const first = JSON.stringify(solve(ties));
    for (let k = 0; k < 5; k++) expect(JSON.stringify(solve(structuredClone(ties)))).toBe(first);
  });
});

describe('solve: invalid input', () => {
  it('throws an InstanceError whose message names the place', () => {
    expect(() => solve(dense([1], [[1], [2]], { locked: [['a1', 'm9']] }))).toThrowError(InstanceError);
    try {
      solve({ mentors: [], adepts: [{ id: 'a' }], scores: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InstanceError);
      expect(/** @type {InstanceError} */ (error).message).toBe('scores: 0 rows, but there is 1 adept');
      expect(/** @type {InstanceError} */ (error).errors).toEqual(['scores: 0 rows, but there is 1 adept']);
    }
  });
});

describe('solve: raw input is always validated', () => {
  it('does not mistake a JSON object that looks like a problem for one', () => {
    expect(() => solve(/** @type {any} */ ({ kind: 'lots-matching-problem', mentors: [], adepts: [] }))).toThrowError(
      'instance: give exactly one of scores or edges (neither is present)',
    );
  });
});
