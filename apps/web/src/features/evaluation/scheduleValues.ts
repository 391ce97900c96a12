import type { SurveyInput } from '@lots/core';

/** The schedule form's text fields (the instruments as ids joined by commas). */
export type ScheduleValues = {
  kind: string;
  audience: string;
  opensOn: string;
  instruments: string;
  openDays: string;
  reminderDays: string;
};

export const INITIAL_SCHEDULE: ScheduleValues = {
  kind: 'end',
  audience: 'all',
  opensOn: '',
  instruments: '',
  openDays: '21',
  reminderDays: '7, 14',
};

/** A whole number as typed ('21'), else NaN so the schema names the field. */
const whole = (value: string) => (/^\s*\d{1,3}\s*$/.test(value) ? Number(value) : Number.NaN);

/** The form's text fields as the contract's input (`surveyInputSchema`, the one the server checks). */
export function toSurveyInput(v: ScheduleValues): SurveyInput {
  return {
    kind: v.kind as SurveyInput['kind'],
    audience: v.audience as SurveyInput['audience'],
    instruments: (v.instruments ? v.instruments.split(',') : []) as SurveyInput['instruments'],
    openDays: whole(v.openDays),
    reminderDays: v.reminderDays
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(whole),
    ...(v.kind === 'adhoc' ? { opensOn: v.opensOn || null } : {}),
  };
}
