/** The program form's state and the conversion to and from the API's ProgramInput. */
import { type Program, type ProgramInput, type ProgramRole, type Rule, type RuleKind } from '@lots/core';

export const RULE_KINDS = [
  'yearsAsManager',
  'age',
  'staffResponsibility',
  'participatingOrganisation',
  'underRepresentedGroup',
  'completedTraining',
] as const satisfies readonly RuleKind[];

/** A rule as edited: bounds are text until saved. */
export type RuleDraft =
  | { kind: 'yearsAsManager'; min: string; max: string }
  | { kind: 'age'; min: string; max: string }
  | { kind: 'staffResponsibility'; required: boolean }
  | { kind: 'participatingOrganisation' | 'underRepresentedGroup' | 'completedTraining' };
export type RuleDrafts = Record<ProgramRole, RuleDraft[]>;

export type ProgramFormValues = {
  name: string;
  type: string;
  purpose: string;
  goals: string;
  applicationOpensOn: string;
  applicationClosesOn: string;
  startsOn: string;
  endsOn: string;
  meetingGuidance: string;
  expectedHours: string;
  mode: string;
  feePerAdept: string;
  feePerMentor: string;
  currency: string;
  capacity: string;
  contactName: string;
  contactEmail: string;
  expectationsAdept: string;
  expectationsMentor: string;
};

export type ProgramFormExtras = {
  languages: string[];
  organisationIds: string[];
  requiresManagerConfirmation: boolean;
  mentorsMustBeNominated: boolean;
  rules: RuleDrafts;
  /** Coordinators chosen in the form (a new program's creator is always one, added by the server). */
  coordinators: { personId: string; name: string; organisationId?: string; organisationName: string }[];
  /** An existing program: it must keep at least one coordinator. */
  editing?: boolean;
};

const text = (v: string | null | undefined) => v ?? '';
const num = (v: number | null | undefined) => (v == null ? '' : String(v));

export function newRule(kind: RuleKind): RuleDraft {
  switch (kind) {
    case 'yearsAsManager':
      return { kind, min: '', max: '' };
    case 'age':
      return { kind, min: '', max: '' };
    case 'staffResponsibility':
      return { kind, required: true };
    default:
      return { kind };
  }
}

/** Rules in the order the form shows them, so a server error's index (rules.adept.0.min) finds its field. */
export const sortRules = (rules: RuleDraft[]) => [...rules].sort((a, b) => RULE_KINDS.indexOf(a.kind) - RULE_KINDS.indexOf(b.kind));

function toDraft(rule: Rule): RuleDraft {
  if (rule.kind === 'yearsAsManager') return { kind: rule.kind, min: num(rule.min), max: num(rule.max) };
  if (rule.kind === 'age') return { kind: rule.kind, min: num(rule.min), max: num(rule.max) };
  if (rule.kind === 'staffResponsibility') return { kind: rule.kind, required: rule.required };
  return { kind: rule.kind };
}

export function initialValues(program?: Program): ProgramFormValues {
  return {
    name: text(program?.name),
    type: program?.type ?? 'classic',
    purpose: text(program?.purpose),
    goals: text(program?.goals),
    applicationOpensOn: text(program?.applicationOpensOn),
    applicationClosesOn: text(program?.applicationClosesOn),
    startsOn: text(program?.startsOn),
    endsOn: text(program?.endsOn),
    meetingGuidance: text(program?.meetingGuidance),
    expectedHours: num(program?.expectedHours),
    mode: program?.mode ?? 'both',
    feePerAdept: num(program?.feePerAdept ?? 0),
    feePerMentor: num(program?.feePerMentor ?? 0),
    currency: program?.currency ?? 'SEK',
    capacity: num(program?.capacity),
    contactName: text(program?.contactName),
    contactEmail: text(program?.contactEmail),
    expectationsAdept: text(program?.expectationsAdept),
    expectationsMentor: text(program?.expectationsMentor),
  };
}

/** The manager's confirmation a new program starts with: on, except in an inclusion program, whose line managers are not told. */
export function confirmationByDefault(type: string): boolean {
  return type !== 'inclusion';
}

export function initialExtras(
  program: Program | undefined,
  defaults: { locale: string; organisationId?: string | null },
): ProgramFormExtras {
  return {
    languages: program?.languages ?? [defaults.locale],
    organisationIds: program ? program.organisations.map((o) => o.id) : defaults.organisationId ? [defaults.organisationId] : [],
    requiresManagerConfirmation: program?.requiresManagerConfirmation ?? true,
    mentorsMustBeNominated: program?.mentorsMustBeNominated ?? false,
    rules: {
      adept: sortRules((program?.rules.adept ?? []).map(toDraft)),
      mentor: sortRules((program?.rules.mentor ?? []).map(toDraft)),
    },
    coordinators: (program?.coordinators ?? []).map((c) => ({ personId: c.personId, name: c.name, organisationName: c.organisationName })),
    editing: Boolean(program),
  };
}

/** Field name of a rule's bound, as the API names it. */
export const ruleField = (role: ProgramRole, index: number, bound: 'min' | 'max') => `rules.${role}.${index}.${bound}`;

const orNull = (v: string) => v.trim() || null;
/** A number, or null when empty; text that is not a number stays NaN so the contract names the field. */
const numberOrNull = (v: string) =>
  v.trim() ? (/^\d+([.,]\d+)?$/.test(v.trim()) ? Number(v.trim().replace(',', '.')) : Number.NaN) : null;

function toRule(draft: RuleDraft): Rule {
  if (draft.kind === 'yearsAsManager') return { kind: draft.kind, min: numberOrNull(draft.min), max: numberOrNull(draft.max) };
  if (draft.kind === 'age') return { kind: draft.kind, min: numberOrNull(draft.min), max: numberOrNull(draft.max) };
  return draft;
}

/** What the API takes (POST, or PATCH with every field). The owner organisation is always included by the server. */
export function toProgramInput(v: ProgramFormValues, extras: ProgramFormExtras, ownerOrganisationId?: string | null): ProgramInput {
  return {
    name: v.name.trim(),
    type: v.type as ProgramInput['type'],
    purpose: orNull(v.purpose),
    goals: orNull(v.goals),
    applicationOpensOn: v.applicationOpensOn || null,
    applicationClosesOn: v.applicationClosesOn || null,
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || null,
    meetingGuidance: orNull(v.meetingGuidance),
    expectedHours: numberOrNull(v.expectedHours),
    mode: v.mode as ProgramInput['mode'],
    feePerAdept: numberOrNull(v.feePerAdept) ?? 0,
    feePerMentor: numberOrNull(v.feePerMentor) ?? 0,
    currency: v.currency as ProgramInput['currency'],
    capacity: numberOrNull(v.capacity),
    languages: extras.languages as ProgramInput['languages'],
    contactName: orNull(v.contactName),
    contactEmail: orNull(v.contactEmail),
    expectationsAdept: orNull(v.expectationsAdept),
    expectationsMentor: orNull(v.expectationsMentor),
    requiresManagerConfirmation: extras.requiresManagerConfirmation,
    mentorsMustBeNominated: extras.mentorsMustBeNominated,
    rules: { adept: extras.rules.adept.map(toRule), mentor: extras.rules.mentor.map(toRule) },
    participatingOrganisationIds: extras.organisationIds.filter((id) => id !== ownerOrganisationId),
    coordinatorIds: extras.coordinators.map((c) => c.personId),
  };
}

/** The steps of creating a program (issue 14 item 9), ending with a summary before saving. */
export const GUIDE_STEPS = ['basics', 'dates', 'who', 'costs', 'texts', 'summary'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** The input fields each step edits and checks with the core's programInputSchema; a path's first part stands for its nested fields ("rules"). */
export const STEP_FIELDS: Record<Exclude<GuideStep, 'summary'>, readonly string[]> = {
  basics: ['name', 'type', 'languages', 'contactName', 'contactEmail'],
  dates: ['applicationOpensOn', 'applicationClosesOn', 'startsOn', 'endsOn', 'meetingGuidance', 'expectedHours', 'mode', 'capacity'],
  who: ['participatingOrganisationIds', 'coordinatorIds', 'requiresManagerConfirmation', 'mentorsMustBeNominated', 'rules'],
  costs: ['feePerAdept', 'feePerMentor', 'currency'],
  texts: ['purpose', 'goals', 'expectationsAdept', 'expectationsMentor'],
};

/**
 * What a field needs, as the guided flow marks it: required to save (the contract and the form's own
 * rule on languages), needed before the program can open (the readiness checklist, decision 0150), or optional.
 */
export type FieldNeed = 'required' | 'beforeOpening' | 'optional' | 'preset';
const NEEDS: Partial<Record<string, FieldNeed>> = {
  name: 'required',
  languages: 'required',
  // Chosen from a list that always has a value.
  type: 'preset',
  mode: 'preset',
  currency: 'preset',
  purpose: 'beforeOpening',
  contactName: 'beforeOpening',
  contactEmail: 'beforeOpening',
  applicationClosesOn: 'beforeOpening',
  startsOn: 'beforeOpening',
  endsOn: 'beforeOpening',
};
export const fieldNeed = (field: string): FieldNeed => NEEDS[field] ?? 'optional';
