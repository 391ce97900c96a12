import { describe, expect, it } from 'vitest';
import { aggregateScores, instrument, INSTRUMENTS, scoreAnswer, validAnswer } from './instruments';
import { translate } from '../i18n/index';
import { LOCALES } from '../common';

describe('instrument library', () => {
  it('names a source and a licence for every instrument, and has every item in sv, nb and en', () => {
    for (const inst of INSTRUMENTS) {
      expect(inst.source.length, inst.id).toBeGreaterThan(10);
      expect(inst.licence.length, inst.id).toBeGreaterThan(5);
      for (const locale of LOCALES) {
        expect(translate(locale, 'evaluation', `instruments.${inst.id}.name`).length, `${inst.id} ${locale}`).toBeGreaterThan(2);
        for (const item of inst.items) {
          // translate throws on a missing key
          expect(translate(locale, 'evaluation', `instruments.${inst.id}.items.${item.key}`).length).toBeGreaterThan(2);
        }
      }
      for (const measure of inst.measures) for (const item of measure.items) expect(inst.items.map((i) => i.key)).toContain(item);
    }
  });

  it('scores the mentoring-functions scale per function and needs half of a function’s items', () => {
    const mfs = instrument('mentoring-functions');
    const career = mfs.measures.find((m) => m.key === 'careerSupport')!;
    expect(scoreAnswer(career, { career1: 4, career2: 5, career3: 3 })).toBe(4);
    expect(scoreAnswer(career, { career1: 4, career2: 2 })).toBe(3);
    expect(scoreAnswer(career, { career1: 4 })).toBeNull();
  });

  it('scores WHO-5 as 0–100 and the recommendation score as promoters minus detractors', () => {
    const who5 = instrument('who5');
    expect(who5.health).toBe(true);
    expect(scoreAnswer(who5.measures[0]!, { cheerful: 5, calm: 5, active: 5, rested: 5, interest: 5 })).toBe(100);
    expect(scoreAnswer(who5.measures[0]!, { cheerful: 3, calm: 3, active: 3, rested: 3 })).toBeNull();
    expect(aggregateScores('nps', [10, 9, 8, 5, 0])).toBe(0);
    expect(aggregateScores('nps', [10, 9, 9, 7, 3])).toBe(40);
    expect(aggregateScores('distribution', ['good', 'good', 'notGood', 'deciding'], ['good', 'deciding', 'notGood'])).toEqual({
      good: 50,
      deciding: 25,
      notGood: 25,
    });
  });

  it('accepts only values of the item’s type', () => {
    expect(validAnswer('likert5', 3)).toBe(true);
    expect(validAnswer('likert5', 6)).toBe(false);
    expect(validAnswer('likert5', 2.5)).toBe(false);
    expect(validAnswer('scale0to10', 0)).toBe(true);
    expect(validAnswer('choice', 'notGood', ['good', 'notGood'])).toBe(true);
    expect(validAnswer('choice', 'maybe', ['good', 'notGood'])).toBe(false);
    expect(validAnswer('text', '  ')).toBe(false);
  });
});
