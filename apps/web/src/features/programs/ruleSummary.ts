import type { Rule } from '@lots/core';
import { useTranslation } from 'react-i18next';

const fmt = (n: number | null | undefined) => (n == null ? '' : String(n).replace('.', ','));

/** A rule in words for applicants, e.g. "At least 5 years as a manager". */
export function useRuleSummary() {
  const { t } = useTranslation();
  return (rule: Rule): string => {
    switch (rule.kind) {
      case 'yearsAsManager':
      case 'age': {
        const values = { min: fmt(rule.min), max: fmt(rule.max) };
        if (rule.min != null && rule.max != null) return t(`programs:ruleSummary.${rule.kind}.between`, values);
        if (rule.min != null) return t(`programs:ruleSummary.${rule.kind}.min`, values);
        if (rule.max != null) return t(`programs:ruleSummary.${rule.kind}.max`, values);
        return t(`programs:rules.kind.${rule.kind}`);
      }
      case 'staffResponsibility':
        return rule.required
          ? t('programs:ruleSummary.staffResponsibility.required')
          : t('programs:ruleSummary.staffResponsibility.notAllowed');
      case 'participatingOrganisation':
        return t('programs:ruleSummary.participatingOrganisation');
      case 'underRepresentedGroup':
        return t('programs:ruleSummary.underRepresentedGroup');
      case 'completedTraining':
        return t('programs:ruleSummary.completedTraining');
    }
  };
}
