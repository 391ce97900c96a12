import { describe, expect, it } from 'vitest';
import { programInputSchema, type Program } from '@lots/core';
import { applicationWindow } from './applicationWindow';
import {
  confirmationByDefault,
  fieldNeed,
  initialExtras,
  initialValues,
  ruleField,
  sortRules,
  STEP_FIELDS,
  toProgramInput,
} from './programValues';

const extras = (over: Partial<ReturnType<typeof initialExtras>> = {}) => ({
  ...initialExtras(undefined, { locale: 'sv', organisationId: 'own' }),
  ...over,
});

describe('program form', () => {
  it('a new inclusion program does not ask line managers by default (issue 10, item 8)', () => {
    expect(confirmationByDefault('inclusion')).toBe(false);
    expect(confirmationByDefault('classic')).toBe(true);
    expect(confirmationByDefault('reverse')).toBe(true);
  });

  it('converts the form to ProgramInput: trims, nulls empty values, parses numbers and leaves the owner out', () => {
    const values = {
      ...initialValues(),
      name: ' Omvänt mentorskap ',
      feePerAdept: '6000',
      expectedHours: '40',
      capacity: '',
      purpose: '  ',
    };
    const input = toProgramInput(
      values,
      extras({ organisationIds: ['own', 'kust'], rules: { adept: [], mentor: [{ kind: 'age', min: '', max: '29' }] } }),
      'own',
    );
    expect(input).toMatchObject({
      name: 'Omvänt mentorskap',
      purpose: null,
      feePerAdept: 6000,
      feePerMentor: 0,
      expectedHours: 40,
      capacity: null,
      currency: 'SEK',
      languages: ['sv'],
      requiresManagerConfirmation: true,
      participatingOrganisationIds: ['kust'],
      rules: { adept: [], mentor: [{ kind: 'age', min: null, max: 29 }] },
    });
  });

  it('reads decimal bounds with a comma', () => {
    const input = toProgramInput(
      { ...initialValues(), name: 'x' },
      extras({ rules: { adept: [{ kind: 'yearsAsManager', min: '0,5', max: '3' }], mentor: [] } }),
    );
    expect(input.rules?.adept).toEqual([{ kind: 'yearsAsManager', min: 0.5, max: 3 }]);
  });

  it('gives the contract what it refuses as such: text in a number field becomes NaN, named by its field', () => {
    const input = toProgramInput(
      { ...initialValues(), name: 'x', feePerAdept: 'sex tusen', capacity: '0' },
      extras({ rules: { adept: [], mentor: [{ kind: 'age', min: 'tio', max: '' }] } }),
      'own',
    );
    const parsed = programInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['capacity', 'feePerAdept', ruleField('mentor', 0, 'min')].sort(),
    );
    expect(programInputSchema.safeParse(toProgramInput({ ...initialValues(), name: 'ok' }, extras(), 'own')).success).toBe(true);
  });

  it('sends the chosen coordinators', () => {
    const chosen = [{ personId: 'maria', name: 'Maria', organisationName: 'Tullverket' }];
    expect(toProgramInput({ ...initialValues(), name: 'x' }, extras({ coordinators: chosen })).coordinatorIds).toEqual(['maria']);
  });

  it('loads a program with its rules in the form order', () => {
    const program = {
      ...({} as Program),
      languages: ['sv', 'en'],
      organisations: [{ id: 'a', name: 'A', participation: 'accepted' }],
      requiresManagerConfirmation: false,
      rules: { adept: [{ kind: 'participatingOrganisation' }, { kind: 'yearsAsManager', min: 5 }], mentor: [] },
    } as Program;
    const loaded = initialExtras(program, { locale: 'nb' });
    expect(loaded.rules.adept.map((r) => r.kind)).toEqual(['yearsAsManager', 'participatingOrganisation']);
    expect(loaded.rules.adept[0]).toEqual({ kind: 'yearsAsManager', min: '5', max: '' });
    expect(loaded).toMatchObject({ languages: ['sv', 'en'], organisationIds: ['a'], requiresManagerConfirmation: false });
    expect(sortRules([{ kind: 'underRepresentedGroup' }, { kind: 'staffResponsibility', required: true }]).map((r) => r.kind)).toEqual([
      'staffResponsibility',
      'underRepresentedGroup',
    ]);
  });
});

describe('application window', () => {
  const program = { status: 'open' as const, applicationOpensOn: '2027-01-10', applicationClosesOn: '2027-02-10' };
  it('is open only while the program is open and within its dates', () => {
    expect(applicationWindow(program, '2027-01-09')).toBe('notYet');
    expect(applicationWindow(program, '2027-01-10')).toBe('open');
    expect(applicationWindow(program, '2027-02-10')).toBe('open');
    expect(applicationWindow(program, '2027-02-11')).toBe('closed');
    expect(applicationWindow({ ...program, status: 'selection' }, '2027-01-20')).toBe('notOpen');
    expect(applicationWindow({ status: 'open', applicationOpensOn: null, applicationClosesOn: null })).toBe('open');
  });
});

describe('the guided creation of a program (issue 14 item 9)', () => {
  it('every field the form sends is edited and checked on exactly one step', () => {
    const sent = Object.keys(toProgramInput(initialValues(), extras())).sort();
    const onSteps = Object.values(STEP_FIELDS).flat();
    expect([...onSteps].sort()).toEqual(sent);
    expect(new Set(onSteps).size).toBe(onSteps.length);
    // The contract's fields the form does not send are left to the server's defaults.
    expect(Object.keys(programInputSchema.shape).filter((f) => !onSteps.includes(f))).toEqual(['nudgeAfterWeeks']);
  });

  it('marks what saving needs, what opening needs (the readiness checklist) and what is optional', () => {
    expect(fieldNeed('name')).toBe('required');
    expect(fieldNeed('languages')).toBe('required');
    for (const f of ['purpose', 'contactName', 'contactEmail', 'applicationClosesOn', 'startsOn', 'endsOn'])
      expect(fieldNeed(f)).toBe('beforeOpening');
    expect(fieldNeed('goals')).toBe('optional');
    expect(fieldNeed('type')).toBe('preset');
  });

  it('a step is refused by the core schema for its own fields only', () => {
    const input = toProgramInput({ ...initialValues(), name: '', feePerAdept: 'x' }, extras(), 'own');
    const failed = programInputSchema.safeParse(input).error!.issues.map((i) => String(i.path[0]));
    const stepOf = (field: string) => Object.entries(STEP_FIELDS).find(([, fields]) => fields.includes(field))![0];
    expect(failed.map(stepOf).sort()).toEqual(['basics', 'costs']);
  });
});
