import { Alert, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RuleBreak } from './api';
import { useRuleText } from './format';

type ReasonFieldProps = {
  /** The hard rules the pair breaks (from the API's answer). */
  rules: RuleBreak[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
};

/**
 * Shown when the API refuses a pair because it breaks hard rules: which rules, and a field
 * for the written reason the coordinator must give to make the pair anyway.
 */
export function ReasonField({ rules, value, onChange, error }: ReasonFieldProps) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  return (
    <>
      <Alert data-color="warning" role="alert">
        {rules.length ? <Paragraph>{t('matching:reason.breaks', { list: ruleText(rules) })}</Paragraph> : null}
        <Paragraph>{t('matching:reason.ask')}</Paragraph>
      </Alert>
      <Textfield
        multiline
        rows={3}
        label={t('matching:reason.label')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        aria-invalid={error ? true : undefined}
        required
        maxLength={1000}
      />
    </>
  );
}
