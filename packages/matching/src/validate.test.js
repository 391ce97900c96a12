// @ts-check
import { describe, expect, it } from 'vitest';
import { showId, validate } from './validate.js';

/** @param {unknown} raw */
const firstError = (raw) => {
  const checked = validate(raw);
  return checked.ok ? null : checked.errors[0];
};

const mentors = [
  { id: 'm1', capacity: 2 },
  { id: 'm2', capacity: 1 },
];
const adepts = [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }];
const scores = [
  [0.8, null],
  [0.5, 0.9],
  [null, 0.4],
];
/** @type {[string, string, number][]} */
const edges = [
  ['a1', 'm1', 0.8],
  ['a2', 'm1', 0.5],
  ['a2', 'm2', 0.9],
  ['a3', 'm2', 0.4],
];

describe('validate: accepts', () => {
  it('the dense and the sparse form, with locked pairs and minScore', () => {
    expect(validate({ mentors, adepts, scores, locked: [['a2', 'm2']], minScore: 0.1 }).ok).toBe(true);
    expect(validate({ mentors, adepts, edges, locked: [['a2', 'm2']] }).ok).toBe(true);
  });

  it('builds the compact form (allowed pairs only, minScore applied)', () => {
    const checked = validate({ mentors, adepts, scores, minScore: 0.45 });
    if (!checked.ok) throw new Error(checked.errors[0]);
    const p = checked.problem;
    expect(Array.from(p.rowStart)).toEqual([0, 1, 3, 3]);
    expect(Array.from(p.col)).toEqual([0, 0, 1]);
    expect(Array.from(p.score)).toEqual([0.8, 0.5, 0.9]);
    expect(p.form).toBe('scores');
  });

  it('ignores unknown fields, null locked and null minScore', () => {
    expect(
      validate({ mentors: [{ id: 'm', capacity: 0, name: 'x' }], adepts: [], edges: [], locked: null, minScore: null, note: 1 }).ok,
    ).toBe(true);
  });
});

describe('validate: error messages name the place', () => {
  /** @type {[string, unknown, string][]} */
  const cases = [
    ['not an object', [], 'instance: must be a JSON object, got an array'],
    ['null', null, 'instance: must be a JSON object, got null'],
    ['mentors missing', { adepts, scores }, 'mentors: is missing (must be an array of { id, capacity })'],
    ['mentors not an array', { mentors: {}, adepts, scores }, 'mentors: must be an array of { id, capacity }, got an object'],
    [
      'mentor not an object',
      { mentors: [mentors[0], 'm2'], adepts, scores },
      'mentors[1]: must be an object with id and capacity, got a string',
    ],
    ['mentor id missing', { mentors: [{ capacity: 1 }], adepts: [], scores: [] }, 'mentors[0].id: must be a non-empty string, got nothing'],
    [
      'mentor id empty',
      { mentors: [{ id: '', capacity: 1 }], adepts: [], scores: [] },
      'mentors[0].id: must be a non-empty string, got an empty string',
    ],
    [
      'mentor id a number',
      { mentors: [{ id: 7, capacity: 1 }], adepts: [], scores: [] },
      'mentors[0].id: must be a non-empty string, got a number',
    ],
    [
      'duplicate mentor id',
      { mentors: [...mentors, { id: 'x', capacity: 1 }, { id: 'm1', capacity: 1 }], adepts, scores },
      'mentors[3].id: duplicate id m1 (also mentors[0])',
    ],
    [
      'capacity fractional',
      { mentors: [...mentors, { id: 'm3', capacity: 1 }, { id: 'm4', capacity: 1.5 }], adepts: [], scores: [] },
      'mentors[3].capacity: must be a whole number >= 0',
    ],
    [
      'capacity negative',
      { mentors: [{ id: 'm', capacity: -1 }], adepts: [], scores: [] },
      'mentors[0].capacity: must be a whole number >= 0',
    ],
    [
      'capacity a string',
      { mentors: [{ id: 'm', capacity: '2' }], adepts: [], scores: [] },
      'mentors[0].capacity: must be a whole number >= 0',
    ],
    ['capacity missing', { mentors: [{ id: 'm' }], adepts: [], scores: [] }, 'mentors[0].capacity: must be a whole number >= 0'],
    ['adepts missing', { mentors, scores }, 'adepts: is missing (must be an array of { id })'],
    ['duplicate adept id', { mentors, adepts: [{ id: 'a1' }, { id: 'a1' }], edges: [] }, 'adepts[1].id: duplicate id a1 (also adepts[0])'],
    ['both forms', { mentors, adepts, scores, edges }, 'instance: give exactly one of scores or edges, not both'],
    ['neither form', { mentors, adepts }, 'instance: give exactly one of scores or edges (neither is present)'],
    ['minScore a string', { mentors, adepts, scores, minScore: '0.1' }, 'minScore: must be a finite number, got a string'],
    [
      'too few rows',
      { mentors, adepts: [...adepts, { id: 'a4' }, { id: 'a5' }], scores: [...scores, [1, 1]] },
      'scores: 4 rows, but there are 5 adepts',
    ],
    ['one row for two adepts', { mentors, adepts: adepts.slice(0, 2), scores: [[1, 1]] }, 'scores: 1 row, but there are 2 adepts'],
    ['scores not an array', { mentors, adepts, scores: 'x' }, 'scores: must be an array of rows (one per adept), got a string'],
    [
      'row not an array',
      { mentors, adepts, scores: [scores[0], 5, scores[2]] },
      'scores[1]: must be an array (one value per mentor), got a number',
    ],
    ['row too short', { mentors, adepts, scores: [scores[0], [1], scores[2]] }, 'scores[1]: 1 column, but there are 2 mentors'],
    [
      'cell a string',
      { mentors, adepts, scores: [scores[0], [1, '2'], scores[2]] },
      'scores[1][1]: must be a finite number or null, got a string',
    ],
    [
      'cell infinite (1e999 in JSON)',
      { mentors, adepts, scores: [scores[0], [1, Infinity], scores[2]] },
      'scores[1][1]: must be a finite number or null, got a number too large for JSON',
    ],
    [
      'cell NaN',
      { mentors, adepts, scores: [scores[0], [NaN, 1], scores[2]] },
      'scores[1][0]: must be a finite number or null, got a number too large for JSON',
    ],
    ['edges not an array', { mentors, adepts, edges: {} }, 'edges: must be an array of [adeptId, mentorId, score], got an object'],
    ['edge of wrong shape', { mentors, adepts, edges: [edges[0], ['a1', 'm2']] }, 'edges[1]: must be [adeptId, mentorId, score]'],
    ['edge with unknown adept', { mentors, adepts, edges: [edges[0], ['a9', 'm2', 1]] }, 'edges[1]: adept a9 does not exist'],
    ['edge with unknown mentor', { mentors, adepts, edges: [edges[0], ['a1', 'm9', 1]] }, 'edges[1]: mentor m9 does not exist'],
    ['edge with null score', { mentors, adepts, edges: [['a1', 'm2', null]] }, 'edges[0]: score must be a finite number, got null'],
    [
      'edge listed twice',
      { mentors, adepts, edges: [...edges, ['a3', 'm1', 1], ['a1', 'm1', 0.1]] },
      'edges[5]: pair a1/m1 is listed twice',
    ],
    ['locked not an array', { mentors, adepts, scores, locked: 'a1' }, 'locked: must be an array of [adeptId, mentorId], got a string'],
    ['locked of wrong shape', { mentors, adepts, scores, locked: [['a1']] }, 'locked[0]: must be [adeptId, mentorId]'],
    ['locked unknown mentor', { mentors, adepts, scores, locked: [['a1', 'm9']] }, 'locked[0]: mentor m9 does not exist'],
    ['locked unknown adept', { mentors, adepts, scores, locked: [['a9', 'm1']] }, 'locked[0]: adept a9 does not exist'],
    ['locked null pair', { mentors, adepts, scores, locked: [['a1', 'm2']] }, 'locked[0]: pair a1/m2 is forbidden (null in scores)'],
    [
      'locked unlisted pair',
      { mentors, adepts, edges, locked: [['a1', 'm2']] },
      'locked[0]: pair a1/m2 is forbidden (not listed in edges)',
    ],
    [
      'locked below minScore',
      { mentors, adepts, scores, minScore: 0.6, locked: [['a2', 'm1']] },
      'locked[0]: pair a2/m1 is forbidden (score 0.5 is below minScore 0.6)',
    ],
    [
      'locked below minScore (edges)',
      { mentors, adepts, edges, minScore: 0.6, locked: [['a3', 'm2']] },
      'locked[0]: pair a3/m2 is forbidden (score 0.4 is below minScore 0.6)',
    ],
    [
      'locked pair twice',
      {
        mentors,
        adepts,
        scores,
        locked: [
          ['a2', 'm2'],
          ['a2', 'm2'],
        ],
      },
      'locked[1]: pair a2/m2 is listed twice',
    ],
    [
      'adept locked twice',
      {
        mentors,
        adepts,
        scores,
        locked: [
          ['a2', 'm2'],
          ['a2', 'm1'],
        ],
      },
      'locked[1]: adept a2 is already locked to m2 (locked[0])',
    ],
    [
      'locked over-fills',
      {
        mentors,
        adepts,
        scores,
        locked: [
          ['a2', 'm2'],
          ['a3', 'm2'],
        ],
      },
      'locked[1]: mentor m2 is over-filled (capacity 1, 2 locked pairs)',
    ],
  ];
  it.each(cases)('%s', (_name, raw, message) => {
    expect(firstError(raw)).toBe(message);
  });

  it('collects several errors (at most 20)', () => {
    const checked = validate({ mentors: Array.from({ length: 30 }, () => ({ id: 'm', capacity: -1 })), adepts: [], scores: [] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toHaveLength(20);
  });

  it('quotes ids that would break the line', () => {
    expect(showId('a1')).toBe('a1');
    expect(showId('x\ny')).toBe('"x\\ny"');
    expect(firstError({ mentors, adepts, edges: [['bad\nid', 'm1', 1]] })).toBe('edges[0]: adept "bad\\nid" does not exist');
  });
});
