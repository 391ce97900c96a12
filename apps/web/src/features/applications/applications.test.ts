import { describe, expect, it } from 'vitest';
import { evaluateRule, resources, type Application, type Me, type Program, type Question, type Rule } from '@lots/core';
import { registerSearch, reviewSearch } from '../../routes/search';
import { schemaResolver } from '../../lib/form';
import {
  applicationContract,
  applicationField,
  formNeeds,
  initialProfile,
  splitList,
  toApplicationInput,
  type Answers,
  type FormNeeds,
  type ProfileValues,
} from './applicationValues';
import { reasonKey } from './eligibilityText';
import { rowNames } from './reviewNames';

const me: Pick<Me, 'user' | 'person'> = {
  user: { id: 'u', name: 'Johan Nyberg', email: 'johan@tull.se', locale: 'sv', platformAdmin: false },
  person: {
    id: '00000000-0000-4000-8000-000000000001',
    organisationId: 'org',
    organisationName: 'Tullverket',
    unitId: null,
    unitName: 'Gränsskydd Syd',
    title: 'Gruppchef',
    managerName: 'Chefen',
    managerEmail: 'chef@tull.se',
    roles: ['participant'],
  },
};

const program = (rules: Program['rules'], requiresManagerConfirmation = true) => ({ rules, requiresManagerConfirmation }) as Program;
const Q1 = '00000000-0000-4000-8000-0000000000a1';
const Q2 = '00000000-0000-4000-8000-0000000000a2';
const question = (id: string, required: boolean): Question => ({
  id,
  role: 'adept',
  kind: 'short_text',
  label: id,
  help: null,
  options: [],
  required,
  position: 0,
});

describe('application form', () => {
  it('prefills title, unit and manager from the signed-in person', () => {
    expect(initialProfile(undefined, me)).toMatchObject({
      title: 'Gruppchef',
      unitName: 'Gränsskydd Syd',
      managerName: 'Chefen',
      managerEmail: 'chef@tull.se',
      mentorCapacity: '1',
    });
  });

  it('asks for birth year and the sensitive question only when the program has those rules', () => {
    const rules = { adept: [{ kind: 'underRepresentedGroup' }], mentor: [{ kind: 'age', max: 29 }] } as Program['rules'];
    expect(formNeeds(program(rules), 'adept')).toEqual({
      birthYear: false,
      sensitive: true,
      manager: true,
      mentorCapacity: false,
      wishes: true,
    });
    expect(formNeeds(program(rules, false), 'mentor')).toEqual({
      birthYear: true,
      sensitive: false,
      manager: false,
      mentorCapacity: true,
      wishes: false,
    });
  });

  /** The form's errors (field → translation key) as react-hook-form gets them from the contract. */
  async function check(
    values: ProfileValues,
    answers: Answers,
    consent: boolean,
    questions: Question[],
    needs: FormNeeds,
    mode: 'draft' | 'submit',
  ): Promise<Record<string, string>> {
    const resolver = schemaResolver(applicationContract(questions, needs, () => ({ answers, consent, mode })));
    const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    const flat = (node: object, prefix = ''): [string, string][] =>
      Object.entries(node).flatMap(([key, error]) =>
        error && typeof error === 'object' && 'message' in error
          ? [[prefix + key, String((error as { message: unknown }).message)] as [string, string]]
          : flat(error as object, `${prefix}${key}.`),
      );
    return Object.fromEntries(flat(result.errors));
  }

  it('checks required questions, the manager e-mail and consent only where they apply', async () => {
    const needs = { birthYear: false, sensitive: true, manager: true, mentorCapacity: false, wishes: true };
    const values = { ...initialProfile(undefined, me), managerEmail: '', underRepresented: 'yes' as const, yearsAsManager: 'many' };
    const questions = [question(Q1, true), question(Q2, false)];
    expect(await check(values, {}, false, questions, needs, 'draft')).toEqual({
      yearsAsManager: 'common:errors.number',
      consent: 'common:errors.consent',
    });
    expect(await check(values, {}, true, questions, needs, 'submit')).toEqual({
      yearsAsManager: 'common:errors.number',
      managerEmail: 'common:errors.managerEmailNeeded',
      [`answers.${Q1}`]: 'common:errors.required',
    });
    // Where the program does not ask for them, neither the manager's e-mail nor the sensitive answer is checked.
    const plain = { ...needs, sensitive: false, manager: false };
    expect(await check({ ...values, yearsAsManager: '1,5' }, { [Q1]: 'svar' }, false, questions, plain, 'submit')).toEqual({});
  });

  it('checks numbers, e-mail and answers by the same rules as the server, at the fields that show them', async () => {
    const needs = { birthYear: true, sensitive: false, manager: true, mentorCapacity: true, wishes: false };
    const values = { ...initialProfile(undefined, me), yearsAsManager: '61', birthYear: '90', mentorCapacity: '9', managerEmail: 'chef@' };
    const choice = { ...question(Q2, false), kind: 'single_choice' as const, options: ['a', 'b'] };
    expect(await check(values, { [Q1]: 'x'.repeat(501), [Q2]: 'c' }, false, [question(Q1, false), choice], needs, 'draft')).toEqual({
      yearsAsManager: 'common:errors.number',
      birthYear: 'common:errors.number',
      mentorCapacity: 'common:errors.number',
      managerEmail: 'common:errors.email',
      [`answers.${Q1}`]: 'common:errors.fieldInvalid',
      [`answers.${Q2}`]: 'common:errors.fieldInvalid',
    });
    expect(applicationField('profile.competenceAreas.2')).toBe('competenceAreas');
    expect(applicationField(`answers.${Q1}.0`)).toBe(`answers.${Q1}`);
    expect(applicationField('sensitive.consent')).toBe('consent');
  });

  it('builds the API body: lists split, numbers parsed, sensitive only with consent, unknown answers dropped', () => {
    const needs = { birthYear: false, sensitive: true, manager: true, mentorCapacity: false, wishes: true };
    const values = {
      ...initialProfile(undefined, me),
      yearsAsManager: '1,5',
      staffResponsibility: 'yes' as const,
      competenceAreas: 'Strategi, svåra samtal,',
      tooClose: 'Anna Berg\n\nerik@tull.se',
      birthYear: '1990',
      underRepresented: 'no' as const,
      wishes: ' Någon från en annan myndighet ',
    };
    const input = toApplicationInput(values, { [Q1]: ' svar ', gone: 'x' }, true, [question(Q1, true)], needs);
    expect(input.profile).toMatchObject({
      yearsAsManager: 1.5,
      staffResponsibility: true,
      competenceAreas: ['Strategi', 'svåra samtal'],
      tooClose: ['Anna Berg', 'erik@tull.se'],
      birthYear: null,
      mentorCapacity: null,
      wishes: 'Någon från en annan myndighet',
    });
    expect(toApplicationInput(values, {}, false, [], { ...needs, wishes: false }).profile?.wishes).toBeNull();
    expect(input.answers).toEqual({ [Q1]: 'svar' });
    expect(input.sensitive).toEqual({ underRepresented: false, consent: true });
    expect(input.managerEmail).toBe('chef@tull.se');
    // Without consent the answer goes to the contract as such, which refuses it (above); no answer is null.
    expect(toApplicationInput(values, {}, false, [], needs).sensitive).toEqual({ underRepresented: false, consent: false });
    expect(toApplicationInput({ ...values, underRepresented: '' }, {}, true, [], needs).sensitive).toBeNull();
    expect(toApplicationInput(values, {}, true, [], { ...needs, manager: false })).not.toHaveProperty('managerEmail');
    expect(splitList('a; b,c')).toEqual(['a', 'b', 'c']);
  });
});

describe('eligibility reasons', () => {
  const catalogs = [resources.sv, resources.nb, resources.en];
  /** Whether "namespace:key" is a text of the catalog, as i18next's `exists`. */
  const exists = (catalog: unknown) => (key: string) =>
    typeof key
      .replace(':', '.')
      .split('.')
      .reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        catalog,
      ) === 'string';
  const context = { participatingOrganisationIds: ['org'], referenceYear: 2027 };
  const rules: Rule[] = [
    { kind: 'yearsAsManager', min: 5 },
    { kind: 'yearsAsManager', min: 0.5, max: 3 },
    { kind: 'yearsAsManager', max: 2 },
    { kind: 'yearsAsManager' },
    { kind: 'age', max: 29 },
    { kind: 'age', min: 30, max: 40 },
    { kind: 'staffResponsibility', required: true },
    { kind: 'staffResponsibility', required: false },
    { kind: 'participatingOrganisation' },
    { kind: 'underRepresentedGroup' },
  ];
  const facts = [
    { organisationId: 'org' },
    { organisationId: 'other', yearsAsManager: 1, birthYear: 1990, staffResponsibility: true, underRepresented: false },
    { organisationId: 'org', yearsAsManager: 10, birthYear: 2000, staffResponsibility: false, underRepresented: true },
  ];

  it('has a translation for every reason the core can give, in every language', () => {
    for (const rule of rules) {
      for (const f of facts) {
        const result = evaluateRule(rule, f, context);
        for (const catalog of catalogs)
          expect(reasonKey(result, exists(catalog)), `${result.reason} ${JSON.stringify(result.values)}`).not.toBe(
            'applications:eligibility.unknownReason',
          );
      }
    }
  });

  it('picks the wording for the bounds the rule has', () => {
    const has = exists(resources.sv);
    expect(reasonKey(evaluateRule({ kind: 'age', max: 29 }, { organisationId: 'o', birthYear: 1990 }, context), has)).toBe(
      'applications:eligibility.age.outside_max',
    );
    expect(reasonKey(evaluateRule({ kind: 'yearsAsManager', min: 5 }, { organisationId: 'o' }, context), has)).toBe(
      'applications:eligibility.yearsAsManager.unknown_min',
    );
    expect(reasonKey({ kind: 'staffResponsibility', reason: 'staffResponsibility.has', values: {} }, has)).toBe(
      'applications:eligibility.staffResponsibility.has',
    );
    expect(reasonKey({ kind: 'x', reason: 'no.such', values: {} }, has)).toBe('applications:eligibility.unknownReason');
  });
});

describe('review', () => {
  it('keeps only known filters in the URL', () => {
    expect(
      reviewSearch({ role: 'adept', status: 'nope', eligibility: 'ineligible', confirmation: 'pending', q: ' ', sort: 'name' }),
    ).toEqual({
      role: 'adept',
      status: undefined,
      eligibility: 'ineligible',
      confirmation: 'pending',
      q: undefined,
      sort: 'name',
    });
    expect(registerSearch({ freeCapacity: 'true', programId: 'p1' })).toEqual({ q: undefined, programId: 'p1', freeCapacity: true });
    expect(registerSearch({ freeCapacity: 'false' }).freeCapacity).toBeUndefined();
  });

  it('names rows so that button labels stay unique', () => {
    const a = (id: string, name: string, role: 'adept' | 'mentor') => ({ id, name, role }) as Application;
    const names = rowNames([a('1', 'Anna', 'adept'), a('2', 'Anna', 'mentor'), a('3', 'Erik', 'adept')], (r) =>
      r === 'adept' ? 'Adept' : 'Mentor',
    );
    expect([...names.values()]).toEqual(['Anna (Adept)', 'Anna (Mentor)', 'Erik']);
  });
});
