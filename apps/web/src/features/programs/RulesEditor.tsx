import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { ProgramRole, RuleKind } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { RULE_KINDS, newRule, ruleField, sortRules, type RuleDraft } from './programValues';

type RulesEditorProps = {
  role: ProgramRole;
  rules: RuleDraft[];
  onChange: (rules: RuleDraft[]) => void;
  /** The translated error for a field name such as rules.adept.0.min. */
  errorText: (name: string) => string | undefined;
};

/** One role's eligibility rules: tick a rule to add it, untick to remove it, and set its limits. */
export function RulesEditor({ role, rules, onChange, errorText }: RulesEditorProps) {
  const { t } = useTranslation();
  const index = (kind: RuleKind) => rules.findIndex((r) => r.kind === kind);
  const toggle = (kind: RuleKind, on: boolean) =>
    onChange(on ? sortRules([...rules, newRule(kind)]) : rules.filter((r) => r.kind !== kind));
  const update = (next: RuleDraft) => onChange(rules.map((r) => (r.kind === next.kind ? next : r)));

  return (
    <Fieldset className="rules">
      <Fieldset.Legend>{t(`programs:rules.legend.${role}`)}</Fieldset.Legend>
      <Fieldset.Description>{t('programs:rules.intro')}</Fieldset.Description>
      {RULE_KINDS.map((kind) => {
        const i = index(kind);
        const rule = rules[i];
        return (
          <div key={kind} className="rules__rule">
            <Checkbox
              label={t(`programs:rules.kind.${kind}`)}
              description={t(`programs:rules.help.${kind}`)}
              checked={Boolean(rule)}
              onChange={(e) => toggle(kind, e.target.checked)}
            />
            {rule && (rule.kind === 'yearsAsManager' || rule.kind === 'age') ? (
              <div className="rules__bounds">
                {(['min', 'max'] as const).map((bound) => (
                  <Textfield
                    key={bound}
                    label={t(`programs:rules.${rule.kind}.${bound}`)}
                    inputMode={rule.kind === 'age' ? 'numeric' : 'decimal'}
                    name={ruleField(role, i, bound)}
                    value={rule[bound]}
                    onChange={(e) => update({ ...rule, [bound]: e.target.value })}
                    error={errorText(ruleField(role, i, bound))}
                  />
                ))}
              </div>
            ) : null}
            {rule && rule.kind === 'staffResponsibility' ? (
              <div className="rules__bounds">
                <SelectField
                  label={t('programs:rules.staffResponsibility.label')}
                  value={rule.required ? 'yes' : 'no'}
                  onChange={(e) => update({ kind: 'staffResponsibility', required: e.target.value === 'yes' })}
                  options={[
                    { value: 'yes', label: t('programs:rules.staffResponsibility.required') },
                    { value: 'no', label: t('programs:rules.staffResponsibility.notAllowed') },
                  ]}
                />
              </div>
            ) : null}
          </div>
        );
      })}
    </Fieldset>
  );
}
