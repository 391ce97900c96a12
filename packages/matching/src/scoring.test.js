// @ts-check
import { describe, expect, it } from 'vitest';
import { CRITERIA, DEFAULT_HARD_RULES, DEFAULT_WEIGHTS, ruleBreaks, scorePair, stems } from './scoring.js';
import { testPerson } from './testing/person.js';

/** @param {Partial<import('./scoring.js').Person>} [over] */
const person = (over = {}) =>
  testPerson('app', {
    personId: 'p',
    name: 'Anna Berg',
    email: 'anna@example.org',
    organisationId: 'org-a',
    unitId: 'unit-1',
    organisationName: 'Tullverket',
    ...over,
  });

describe('scorePair', () => {
  const adept = person({
    id: 'a1',
    personId: 'pa',
    yearsAsManager: 1,
    developmentGoals: 'Jag vill bli bättre på förändringsledning och svåra samtal',
    interests: ['Segling'],
    languages: ['svenska'],
  });
  const strong = person({
    id: 'm1',
    personId: 'pm',
    organisationId: 'org-b',
    unitId: 'u9',
    yearsAsManager: 12,
    competenceAreas: ['Förändringsledning', 'Svåra samtal'],
    interests: ['segling'],
    languages: ['Svenska', 'engelska'],
  });
  const weak = person({
    id: 'm2',
    personId: 'pw',
    organisationId: 'org-b',
    unitId: 'u8',
    yearsAsManager: 2,
    competenceAreas: ['Ekonomi'],
    languages: ['norsk'],
  });

  it('prefers the mentor whose competence meets the adept’s goals, and explains it per criterion', () => {
    const good = scorePair(adept, strong, DEFAULT_WEIGHTS);
    const poor = scorePair(adept, weak, DEFAULT_WEIGHTS);
    expect(good.score).toBeGreaterThan(poor.score);
    expect(good.breakdown.map((c) => c.criterion)).toEqual([...CRITERIA]);
    expect(good.breakdown.find((c) => c.criterion === 'goals')?.value).toBe(1);
    expect(good.breakdown.find((c) => c.criterion === 'interests')?.value).toBe(1);
    expect(poor.breakdown.find((c) => c.criterion === 'language')?.value).toBe(0);
    const sum = good.breakdown.reduce((s, c) => s + c.points, 0);
    expect(Math.abs(sum - good.score)).toBeLessThan(0.01);
    expect(good.score).toBeLessThanOrEqual(100);
  });

  it('weights change the ranking, and a zero weight removes a criterion', () => {
    const onlyLanguage = Object.fromEntries(CRITERIA.map((c) => [c, c === 'language' ? 10 : 0]));
    expect(scorePair(adept, strong, /** @type {any} */ (onlyLanguage)).score).toBe(100);
    expect(scorePair(adept, weak, /** @type {any} */ (onlyLanguage)).score).toBe(0);
  });

  it('counts experience the other way round in reverse mentoring', () => {
    const senior = person({ id: 'a2', yearsAsManager: 15 });
    const young = person({ id: 'm3', yearsAsManager: 0 });
    const w = Object.fromEntries(CRITERIA.map((c) => [c, c === 'experience' ? 10 : 0]));
    expect(scorePair(senior, young, /** @type {any} */ (w)).score).toBe(0);
    expect(scorePair(senior, young, /** @type {any} */ (w), { reverse: true }).score).toBe(100);
  });

  it('stated preferences raise the score', () => {
    const prefs = { adeptRanks: new Map([['a1/m2', 1]]), mentorMarks: new Set(['a1/m2']) };
    expect(scorePair(adept, weak, DEFAULT_WEIGHTS, { preferences: prefs }).score).toBeGreaterThan(
      scorePair(adept, weak, DEFAULT_WEIGHTS).score,
    );
  });

  it('stems words so that forms of a word meet', () => {
    expect([...stems('Förändringsledning')]).toEqual(['förän']);
    expect(stems('och att det').size).toBe(0);
  });
});

describe('ruleBreaks', () => {
  const adept = person({
    id: 'a',
    personId: 'pa',
    organisationId: 'org-a',
    unitId: 'u1',
    managerChain: ['boss', 'bigboss'],
    tooClose: ['Karl Ek'],
  });
  it('forbids the same organisation only when the program asks for it', () => {
    const mentor = person({ id: 'm', personId: 'pm', organisationId: 'org-a', unitId: 'u2' });
    expect(ruleBreaks(adept, mentor, DEFAULT_HARD_RULES)).toEqual([]);
    expect(ruleBreaks(adept, mentor, { ...DEFAULT_HARD_RULES, distance: 'organisation' })).toEqual(['sameOrganisation']);
  });
  it('forbids the same unit, the reporting line and declared close relations in both directions', () => {
    expect(ruleBreaks(adept, person({ id: 'm', personId: 'pm', unitId: 'u1' }), DEFAULT_HARD_RULES)).toEqual(['sameUnitSubtree']);
    expect(ruleBreaks(adept, person({ id: 'm', personId: 'bigboss', unitId: 'u7' }), DEFAULT_HARD_RULES)).toEqual(['reportingLine']);
    expect(
      ruleBreaks(adept, person({ id: 'm', personId: 'pm', unitId: 'u7', name: 'Karl Ek', email: 'karl@x' }), DEFAULT_HARD_RULES),
    ).toEqual(['closeRelation']);
    expect(
      ruleBreaks(adept, person({ id: 'm', personId: 'pm', unitId: 'u7', tooClose: ['ANNA@example.org'] }), DEFAULT_HARD_RULES),
    ).toEqual(['closeRelation']);
  });
  it('forbids unconfirmed adepts, ineligible people, full mentors and a missing required language', () => {
    const mentor = person({ id: 'm', personId: 'pm', unitId: 'u7', eligible: false, capacity: 0, languages: ['svenska'] });
    expect(
      ruleBreaks({ ...adept, confirmed: false, languages: ['norsk'] }, mentor, { ...DEFAULT_HARD_RULES, requiredLanguage: 'Svenska' }),
    ).toEqual(['mentorNotEligible', 'notConfirmed', 'noCapacity', 'language']);
  });
});

describe('the distance between mentor and adept (Göteborg: another part of the city; Tullverket: outside the own work circle)', () => {
  // Område Nordost (north) › Förskola (preschool) › Förskola Hjällbo (hjallbo); Område Sydväst (south) › Skola (school).
  const adept = person({
    id: 'a',
    personId: 'pa',
    unitId: 'preschool',
    unitPath: ['north', 'preschool'],
    managerChain: ['boss', 'areachief'],
  });
  const at = (/** @type {Partial<import('./scoring.js').Person>} */ over) => person({ id: 'm', personId: 'pm', ...over });
  const sibling = at({ unitId: 'elder', unitPath: ['north', 'elder'] });
  const sub = at({ unitId: 'hjallbo', unitPath: ['north', 'preschool', 'hjallbo'] });
  const colleague = at({ unitId: 'other', unitPath: ['south', 'other'], managerChain: ['boss', 'areachief'] });
  const elsewhere = at({ unitId: 'school', unitPath: ['south', 'school'], managerChain: ['head', 'southchief'] });
  const outside = at({ organisationId: 'org-b', unitId: 'x', unitPath: ['x'] });
  const noUnit = at({ unitId: null, unitPath: [] });
  const rules = (/** @type {import('./scoring.js').Distance} */ distance) => ({ ...DEFAULT_HARD_RULES, distance });

  it('a sub-unit of the adept’s unit is in the same subtree; a sibling unit is not', () => {
    expect(ruleBreaks(adept, sub, rules('unitSubtree'))).toEqual(['sameUnitSubtree']);
    expect(ruleBreaks(adept, sibling, rules('unitSubtree'))).toEqual([]);
  });
  it('a sibling unit under the same area is the same top-level part', () => {
    expect(ruleBreaks(adept, sibling, rules('topLevelUnit'))).toEqual(['sameTopLevelUnit']);
    expect(ruleBreaks(adept, elsewhere, rules('topLevelUnit'))).toEqual([]);
  });
  it('the same direct manager is the same reporting line, at every level from reportingLine up', () => {
    expect(ruleBreaks(adept, colleague, rules('reportingLine'))).toEqual(['sameManager']);
    expect(ruleBreaks(adept, colleague, rules('topLevelUnit'))).toEqual(['sameManager']);
    expect(ruleBreaks(adept, colleague, rules('none'))).toEqual([]);
  });
  it('another organisation passes every level; the organisation level forbids the same one', () => {
    for (const d of /** @type {const} */ (['reportingLine', 'unitSubtree', 'topLevelUnit', 'organisation']))
      expect(ruleBreaks(adept, outside, rules(d))).toEqual([]);
    expect(ruleBreaks(adept, elsewhere, rules('organisation'))).toEqual(['sameOrganisation']);
  });
  it('a person without a unit is not passed in silence when the level needs units', () => {
    expect(ruleBreaks(adept, noUnit, rules('unitSubtree'))).toEqual(['unitUnknown']);
    expect(ruleBreaks(adept, noUnit, rules('topLevelUnit'))).toEqual(['unitUnknown']);
    expect(ruleBreaks(adept, noUnit, rules('reportingLine'))).toEqual([]);
  });
  it('"preferably outside the agency": the distance criterion scores another organisation highest', () => {
    const weights = { ...DEFAULT_WEIGHTS, distance: 10 };
    const value = (/** @type {import('./scoring.js').Person} */ m) =>
      scorePair(adept, m, weights).breakdown.find((c) => c.criterion === 'distance')?.value;
    expect([outside, elsewhere, sibling, sub, noUnit].map(value)).toEqual([1, 0.5, 0.25, 0, 0]);
    expect(scorePair(adept, outside, weights).score).toBeGreaterThan(scorePair(adept, elsewhere, weights).score);
  });
});

describe('the mentor’s own development goals', () => {
  it('are scored against what the adept brings', () => {
    const adept = person({ id: 'a', personId: 'pa', competenceAreas: ['Digitalisering', 'AI'], interests: ['Teknik'] });
    const learner = person({ id: 'm', personId: 'pm', developmentGoals: 'Förstå digitalisering och AI bättre' });
    const other = person({ id: 'm2', personId: 'pm2', developmentGoals: 'Ekonomistyrning' });
    const weights = { ...DEFAULT_WEIGHTS, mentorGoals: 5 };
    const value = (/** @type {import('./scoring.js').Person} */ m) =>
      scorePair(adept, m, weights).breakdown.find((c) => c.criterion === 'mentorGoals')?.value;
    expect(value(learner)).toBeGreaterThan(0);
    expect(value(other)).toBe(0);
    expect(scorePair(adept, learner, weights).score).toBeGreaterThan(scorePair(adept, other, weights).score);
  });
});
