// @ts-check
import { describe, expect, it } from 'vitest';
import { matchCohort } from './cohort.js';
import { CRITERIA, DEFAULT_HARD_RULES, DEFAULT_WEIGHTS } from './scoring.js';
import { testPerson } from './testing/person.js';

const p = testPerson;

/** @param {Partial<import('./cohort.js').CohortInput>} over @returns {import('./cohort.js').CohortInput} */
const input = (over) => ({
  adepts: [],
  mentors: [],
  weights: DEFAULT_WEIGHTS,
  hardRules: DEFAULT_HARD_RULES,
  constraints: [],
  preferences: null,
  minScore: null,
  reverse: false,
  ...over,
});

describe('matchCohort', () => {
  const adepts = [
    p('a1', { developmentGoals: 'strategi och ekonomi' }),
    p('a2', { developmentGoals: 'kommunikation' }),
    p('a3', { confirmed: false }),
  ];
  const mentors = [p('m1', { competenceAreas: ['Strategi', 'Ekonomi'] }), p('m2', { competenceAreas: ['Kommunikation'] })];

  it('matches by score, explains each pair, and says why an adept is unmatched', () => {
    const result = matchCohort(input({ adepts, mentors }));
    expect(result.pairs.map((x) => `${x.adeptId}-${x.mentorId}`).sort()).toEqual(['a1-m1', 'a2-m2']);
    expect(result.pairs[0]?.breakdown.length).toBe(CRITERIA.length);
    expect(result.unmatched).toEqual([
      {
        adeptId: 'a3',
        reason: 'no-feasible-mentor',
        forbidden: [{ rules: ['notConfirmed'], count: 2, examples: ['m1', 'm2'] }],
        forbiddenCount: 2,
        full: [],
        fullCount: 0,
      },
    ]);
    expect(result.totalScore).toBeGreaterThanOrEqual(result.greedyTotalScore);
  });

  it('keeps locked pairs (even against the scores) and honours exclusions', () => {
    const locked = matchCohort(input({ adepts, mentors, constraints: [{ kind: 'lock', adeptId: 'a1', mentorId: 'm2' }] }));
    expect(locked.pairs.find((x) => x.adeptId === 'a1')).toMatchObject({ mentorId: 'm2', locked: true });
    const excluded = matchCohort(input({ adepts, mentors, constraints: [{ kind: 'exclude', adeptId: 'a1', mentorId: 'm1' }] }));
    expect(excluded.pairs.find((x) => x.adeptId === 'a1')?.mentorId).not.toBe('m1');
    expect(excluded.pairs.map((x) => `${x.adeptId}-${x.mentorId}`).sort()).toEqual(['a1-m2', 'a2-m1']);
  });

  it('a hand assignment may break a hard rule: it is kept and the broken rules are named', () => {
    const result = matchCohort(input({ adepts, mentors, constraints: [{ kind: 'lock', adeptId: 'a3', mentorId: 'm1' }] }));
    expect(result.pairs.find((x) => x.adeptId === 'a3')).toMatchObject({ mentorId: 'm1', locked: true, ruleBreaks: ['notConfirmed'] });
  });

  it('reports capacity as the reason when allowed mentors are full', () => {
    const result = matchCohort(input({ adepts: [p('a1'), p('a2')], mentors: [p('m1')] }));
    expect(result.matchedCount).toBe(1);
    expect(result.unmatched[0]).toMatchObject({ reason: 'capacity', full: ['m1'], fullCount: 1, forbiddenCount: 0 });
  });

  it('checks stability against stated preferences and lists blocking pairs', () => {
    const two = [p('a1'), p('a2')];
    const ms = [p('m1'), p('m2')];
    // Both adepts want m1 first; m1 marked a2 only. Whatever the engine picks, a stable result gives m1 to a2.
    const preferences = {
      adeptRanks: /** @type {[string, number][]} */ ([
        ['a1/m1', 1],
        ['a2/m1', 1],
        ['a1/m2', 2],
        ['a2/m2', 2],
      ]),
      mentorMarks: ['a2/m1'],
    };
    const stable = matchCohort(
      input({ adepts: two, mentors: ms, preferences, constraints: [{ kind: 'lock', adeptId: 'a2', mentorId: 'm1' }] }),
    );
    expect(stable.stability).toEqual({ stable: true, blockingPairs: [] });
    const unstable = matchCohort(
      input({ adepts: two, mentors: ms, preferences, constraints: [{ kind: 'lock', adeptId: 'a1', mentorId: 'm1' }] }),
    );
    expect(unstable.stability).toEqual({ stable: false, blockingPairs: [{ adeptId: 'a2', mentorId: 'm1' }] });
  });
});
