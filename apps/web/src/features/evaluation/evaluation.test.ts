import { describe, expect, it } from 'vitest';
import { surveyInputSchema } from '@lots/core';
import { INITIAL_SCHEDULE, toSurveyInput, type ScheduleValues } from './scheduleValues';

const check = (over: Partial<ScheduleValues>) => surveyInputSchema.safeParse(toSurveyInput({ ...INITIAL_SCHEDULE, ...over }));
const paths = (over: Partial<ScheduleValues>) => {
  const result = check(over);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))];
};

describe('the survey schedule form on the core schema', () => {
  it('turns the fields into the input the server checks', () => {
    const result = check({ instruments: 'mentoring-functions,nps', audience: 'adept', openDays: ' 30 ', reminderDays: '7, 14;21' });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      kind: 'end',
      instruments: ['mentoring-functions', 'nps'],
      customQuestions: [],
      audience: 'adept',
      openDays: 30,
      reminderDays: [7, 14, 21],
    });
  });

  it('an ad hoc survey carries its date; other kinds do not', () => {
    expect(check({ kind: 'adhoc', opensOn: '2027-03-01', instruments: 'nps' }).data?.opensOn).toBe('2027-03-01');
    expect(toSurveyInput({ ...INITIAL_SCHEDULE, kind: 'end', opensOn: '2027-03-01' })).not.toHaveProperty('opensOn');
    expect(paths({ kind: 'adhoc', opensOn: '', instruments: 'nps' })).toEqual(['opensOn']);
  });

  it('names the field of each mistake', () => {
    expect(paths({})).toEqual(['instruments']);
    expect(paths({ instruments: 'nps', openDays: 'tre' })).toEqual(['openDays']);
    expect(paths({ instruments: 'nps', openDays: '2', reminderDays: '1' })).toEqual(['openDays']);
    // A reminder that is not a whole number, or falls after the survey closes, is the reminders' field.
    expect(paths({ instruments: 'nps', reminderDays: '7, x' })).toEqual(['reminderDays.1']);
    expect(paths({ instruments: 'nps', openDays: '10', reminderDays: '7, 14' })).toEqual(['reminderDays']);
    expect(paths({ instruments: 'nps', reminderDays: '1 2 3 4 5' })).toEqual(['reminderDays']);
    expect(check({ instruments: 'nps', reminderDays: '' }).data?.reminderDays).toEqual([]);
  });
});
