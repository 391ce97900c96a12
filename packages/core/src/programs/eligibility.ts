import { z } from 'zod';
import { PROGRAM_ROLES } from '../values';

export { PROGRAM_ROLES };

export const programRoleSchema = z.enum(PROGRAM_ROLES);
export type ProgramRole = z.infer<typeof programRoleSchema>;

const bound = z.number().min(0).max(80).nullish();

/** Eligibility rules a coordinator sets per program and role; each is checked automatically. */
export const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('yearsAsManager'), min: bound, max: bound }),
  z.strictObject({
    kind: z.literal('age'),
    min: z.number().int().min(15).max(100).nullish(),
    max: z.number().int().min(15).max(100).nullish(),
  }),
  z.strictObject({ kind: z.literal('staffResponsibility'), required: z.boolean() }),
  z.strictObject({ kind: z.literal('participatingOrganisation') }),
  z.strictObject({ kind: z.literal('underRepresentedGroup') }),
  /** A completed training (in the mentor register: attended in Lots or recorded from outside), valid when the program starts. */
  z.strictObject({ kind: z.literal('completedTraining') }),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];

export const rulesSchema = z.strictObject({
  adept: z.array(ruleSchema).max(10).default([]),
  mentor: z.array(ruleSchema).max(10).default([]),
});
export type Rules = z.infer<typeof rulesSchema>;

/** What an application tells about the applicant, as far as the rules need it. */
export interface ApplicantFacts {
  organisationId: string;
  yearsAsManager?: number | null;
  birthYear?: number | null;
  staffResponsibility?: boolean | null;
  /** Self-identified; only present with explicit consent. */
  underRepresented?: boolean | null;
  /** The person's completed trainings (mentor register); undefined when not known to the caller. */
  trainings?: readonly { name: string; completedOn: string; validUntil: string | null }[];
}

export interface EligibilityContext {
  participatingOrganisationIds: readonly string[];
  /** The day trainings must still be valid on (the program's start); today when it has none. */
  referenceDate?: string;
  /** The year the program starts: ages are counted at that year. */
  referenceYear: number;
}

/**
 * The outcome of one rule. `passed` is null when the application does not say enough
 * (e.g. no birth year); `reason` is a translation key under `eligibility.` with its values.
 */
export interface RuleResult {
  kind: RuleKind;
  passed: boolean | null;
  reason: string;
  values: Record<string, string | number>;
}

const range = (min: number | null | undefined, max: number | null | undefined, value: number) =>
  (min == null || value >= min) && (max == null || value <= max);

const rangeText = (min: number | null | undefined, max: number | null | undefined) => ({
  min: min ?? '',
  max: max ?? '',
});

export function evaluateRule(rule: Rule, facts: ApplicantFacts, context: EligibilityContext): RuleResult {
  switch (rule.kind) {
    case 'yearsAsManager': {
      const years = facts.yearsAsManager;
      if (years == null) return { kind: rule.kind, passed: null, reason: 'yearsAsManager.unknown', values: rangeText(rule.min, rule.max) };
      const passed = range(rule.min, rule.max, years);
      return {
        kind: rule.kind,
        passed,
        reason: passed ? 'yearsAsManager.ok' : 'yearsAsManager.outside',
        values: { years, ...rangeText(rule.min, rule.max) },
      };
    }
    case 'age': {
      if (facts.birthYear == null) return { kind: rule.kind, passed: null, reason: 'age.unknown', values: rangeText(rule.min, rule.max) };
      const age = context.referenceYear - facts.birthYear;
      const passed = range(rule.min, rule.max, age);
      return {
        kind: rule.kind,
        passed,
        reason: passed ? 'age.ok' : 'age.outside',
        values: { age, year: context.referenceYear, ...rangeText(rule.min, rule.max) },
      };
    }
    case 'staffResponsibility': {
      if (facts.staffResponsibility == null) return { kind: rule.kind, passed: null, reason: 'staffResponsibility.unknown', values: {} };
      const passed = facts.staffResponsibility === rule.required;
      const reason = rule.required
        ? passed
          ? 'staffResponsibility.has'
          : 'staffResponsibility.missing'
        : passed
          ? 'staffResponsibility.hasNot'
          : 'staffResponsibility.has';
      return { kind: rule.kind, passed, reason, values: {} };
    }
    case 'participatingOrganisation': {
      const passed = context.participatingOrganisationIds.includes(facts.organisationId);
      return { kind: rule.kind, passed, reason: passed ? 'participatingOrganisation.ok' : 'participatingOrganisation.outside', values: {} };
    }
    case 'completedTraining': {
      if (facts.trainings === undefined) return { kind: rule.kind, passed: null, reason: 'completedTraining.unknown', values: {} };
      const on = context.referenceDate ?? new Date().toISOString().slice(0, 10);
      const valid = facts.trainings
        .filter((t) => t.completedOn <= on && (t.validUntil === null || t.validUntil >= on))
        .sort((a, b) => b.completedOn.localeCompare(a.completedOn))[0];
      if (valid)
        return { kind: rule.kind, passed: true, reason: 'completedTraining.ok', values: { name: valid.name, date: valid.completedOn } };
      const expired = facts.trainings.find((t) => t.validUntil !== null && t.validUntil < on);
      return expired
        ? { kind: rule.kind, passed: false, reason: 'completedTraining.expired', values: { name: expired.name, date: expired.validUntil! } }
        : { kind: rule.kind, passed: false, reason: 'completedTraining.missing', values: {} };
    }
    case 'underRepresentedGroup': {
      if (facts.underRepresented == null) return { kind: rule.kind, passed: null, reason: 'underRepresentedGroup.unknown', values: {} };
      return {
        kind: rule.kind,
        passed: facts.underRepresented,
        reason: facts.underRepresented ? 'underRepresentedGroup.ok' : 'underRepresentedGroup.not',
        values: {},
      };
    }
  }
}

export interface EligibilityOverride {
  kind: RuleKind;
  reason: string;
  by: string;
  at: string;
}

export interface Eligibility {
  /** eligible: every rule passed or was overridden; unknown: some rule lacks data; ineligible: a rule failed. */
  status: 'eligible' | 'unknown' | 'ineligible';
  results: (RuleResult & { override?: EligibilityOverride })[];
}

export function evaluateEligibility(
  rules: readonly Rule[],
  facts: ApplicantFacts,
  context: EligibilityContext,
  overrides: readonly EligibilityOverride[] = [],
): Eligibility {
  const results = rules.map((rule): Eligibility['results'][number] => {
    const result = evaluateRule(rule, facts, context);
    const override = overrides.find((o) => o.kind === rule.kind);
    return result.passed === true || !override ? result : { ...result, override };
  });
  const open = results.filter((r) => r.passed !== true && !r.override);
  const status = open.some((r) => r.passed === false) ? 'ineligible' : open.length ? 'unknown' : 'eligible';
  return { status, results };
}

/** A program needs applicants' birth years only when it has an age rule (data minimisation). */
export const needsBirthYear = (rules: Rules, role: ProgramRole) => rules[role].some((r) => r.kind === 'age');
/** Likewise for the special-category question about under-represented groups. */
export const asksUnderRepresented = (rules: Rules, role: ProgramRole) => rules[role].some((r) => r.kind === 'underRepresentedGroup');
