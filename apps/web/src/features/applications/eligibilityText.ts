import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

export type RuleOutcome = { kind: string; passed: boolean | null; reason: string; values: Record<string, string | number> };

const BOUNDED = new Set(['yearsAsManager', 'age']);

/**
 * The catalog key for an eligibility reason ("age.outside" → "eligibility.age.outside_max" when the
 * rule only has a maximum), so the sentence reads naturally whichever bounds the rule has.
 */
export function reasonKey(outcome: Pick<RuleOutcome, 'kind' | 'reason' | 'values'>, exists: (key: string) => boolean): string {
  const base = `applications:eligibility.${outcome.reason}`;
  if (BOUNDED.has(outcome.kind)) {
    const hasMin = outcome.values.min !== undefined && outcome.values.min !== '';
    const hasMax = outcome.values.max !== undefined && outcome.values.max !== '';
    const suffix = hasMin && hasMax ? '' : hasMin ? '_min' : hasMax ? '_max' : '_any';
    if (exists(base + suffix)) return base + suffix;
  }
  return exists(base) ? base : 'applications:eligibility.unknownReason';
}

/** Translates eligibility results (`reason` keys with their `values`) into sentences. */
export function useEligibilityText() {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (outcome: RuleOutcome) =>
    translate(
      reasonKey(outcome, (key) => (i18n as I18n).exists(key)),
      outcome.values,
    );
}
