// @ts-check
import { describe, expect, it } from 'vitest';
import { explainUnmatched, greedy, solve, verifyResult } from './index.js';

/** @typedef {import('./types.js').Instance} Instance */

/** @type {Instance} */
const instance = {
  mentors: [
    { id: 'm1', capacity: 1 },
    { id: 'm2', capacity: 1 },
    { id: 'm3', capacity: 0 },
  ],
  adepts: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'a4' }],
  scores: [
    [0.9, 0.2, null],
    [0.8, 0.7, null],
    [0.5, null, 0.6],
    [null, 0.05, null],
  ],
  minScore: 0.1,
};

describe('explainUnmatched', () => {
  it('lists forbidden mentors with the reason and feasible mentors that are full', () => {
    const result = solve(instance);
    expect(result.pairs.map((p) => `${p.adept}-${p.mentor}`)).toEqual(['a1-m1', 'a2-m2']);
    expect(explainUnmatched(instance, result)).toEqual([
      {
        adept: 'a3',
        reason: 'capacity',
        forbidden: [{ mentor: 'm2', why: 'null-score' }],
        full: [
          { mentor: 'm3', score: 0.6, capacity: 0, weakestAssignedScore: null },
          { mentor: 'm1', score: 0.5, capacity: 1, weakestAssignedScore: 0.9 },
        ],
      },
      {
        adept: 'a4',
        reason: 'no-feasible-mentor',
        forbidden: [
          { mentor: 'm1', why: 'null-score' },
          { mentor: 'm2', why: 'below-min-score' },
          { mentor: 'm3', why: 'null-score' },
        ],
        full: [],
      },
    ]);
  });

  it('tells unlisted pairs from pairs below minScore in the sparse form', () => {
    /** @type {Instance} */
    const sparse = {
      mentors: [
        { id: 'm1', capacity: 1 },
        { id: 'm2', capacity: 1 },
      ],
      adepts: [{ id: 'a1' }, { id: 'a2' }],
      edges: [
        ['a1', 'm1', 1],
        ['a2', 'm1', 0.5],
        ['a2', 'm2', 0.01],
      ],
      minScore: 0.1,
    };
    const result = solve(sparse);
    expect(explainUnmatched(sparse, result)).toEqual([
      {
        adept: 'a2',
        reason: 'capacity',
        forbidden: [{ mentor: 'm2', why: 'below-min-score' }],
        full: [{ mentor: 'm1', score: 0.5, capacity: 1, weakestAssignedScore: 1 }],
      },
    ]);
    /** @type {Instance} */
    const none = { ...sparse, edges: [['a1', 'm1', 1]] };
    expect(explainUnmatched(none, solve(none))[0].forbidden).toEqual([
      { mentor: 'm1', why: 'not-listed' },
      { mentor: 'm2', why: 'not-listed' },
    ]);
  });
});

describe('verifyResult', () => {
  it('accepts the solver result and finds broken ones', () => {
    const result = solve(instance);
    expect(verifyResult(instance, result)).toEqual([]);
    const broken = {
      ...result,
      pairs: [...result.pairs, { adept: 'a3', mentor: 'm1', score: 0.5 }],
      unmatched: result.unmatched.filter((u) => u.adept !== 'a3'),
    };
    expect(verifyResult(instance, broken)).toEqual([
      'mentor m1 has 2 adepts, capacity 1',
      'matchedCount 2, but 3 pairs',
      'totalScore 1.6, but the pairs add up to 2.1',
    ]);
    expect(
      verifyResult(instance, { ...result, pairs: [{ adept: 'a4', mentor: 'm2', score: 0.05 }], matchedCount: 1, totalScore: 0.05 }),
    ).toContain('pairs[0]: pair a4/m2 is forbidden');
  });

  it('notices an unmatched adept next to a mentor with room', () => {
    const r = solve(instance);
    const lazy = {
      pairs: [r.pairs[0]],
      unmatched: [{ adept: 'a2', reason: /** @type {const} */ ('capacity') }, ...r.unmatched],
      matchedCount: 1,
      totalScore: 0.9,
    };
    expect(verifyResult(instance, lazy)).toEqual(['adept a2 is unmatched although mentor m2 has room']);
  });
});

describe('greedy', () => {
  it('takes the best pairs first, respecting locked pairs and capacity', () => {
    const result = greedy({ ...instance, locked: [['a2', 'm1']] });
    expect(result.pairs.map((p) => `${p.adept}-${p.mentor}`)).toEqual(['a1-m2', 'a2-m1']);
    expect(result.unmatched).toEqual([
      { adept: 'a3', reason: 'capacity' },
      { adept: 'a4', reason: 'no-feasible-mentor' },
    ]);
    expect(result.totalScore).toBe(1);
  });

  it('takes pairs from the highest score down, ties in adept then mentor order, with scores in thousandths or not', () => {
    // Both orderings (counting thousandths, and sorting distinct scores) against a plain sort.
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const scale of [1000, 7]) {
      const adepts = Array.from({ length: 60 }, (_, i) => ({ id: `a${i}` }));
      const mentors = Array.from({ length: 25 }, (_, j) => ({ id: `m${j}`, capacity: 1 + (j % 3) }));
      /** @type {[string, string, number][]} */
      const edges = [];
      for (const a of adepts) for (const m of mentors) if (random() < 0.4) edges.push([a.id, m.id, Math.floor(random() * 40) / scale]);
      const order = edges.map((e, k) => ({ e, k })).sort((x, y) => y.e[2] - x.e[2] || x.k - y.k);
      const left = new Map(mentors.map((m) => [m.id, m.capacity]));
      const taken = new Map();
      for (const { e } of order) {
        if (taken.has(e[0]) || (left.get(e[1]) ?? 0) === 0) continue;
        taken.set(e[0], e[1]);
        left.set(e[1], (left.get(e[1]) ?? 0) - 1);
      }
      const result = greedy({ adepts, mentors, edges });
      expect(new Map(result.pairs.map((p) => [p.adept, p.mentor]))).toEqual(taken);
    }
  });
});
