import { Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { amountToInput, costSettingsInputSchema, parseAmount, SPLIT_RULES, WITHDRAWAL_RULES, type CostOverview } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { currentLocale } from '../../i18n';
import { useForm } from '../../lib/form';
import { useSaveCostSettings } from './api';

const percentField = (organisationId: string) => `percent_${organisationId}`;

/** The split rule the organisations agreed on, their percentages, and the withdrawal rule. */
export function SettingsForm({ overview, onSaved }: { overview: CostOverview; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCostSettings(overview.programId);
  const { settings } = overview;
  const agreed = new Map(settings.percentages.map((p) => [p.organisationId, p.basisPoints]));
  const initial: Record<string, string> = {
    splitRule: settings.splitRule,
    withdrawalRule: settings.withdrawalRule,
    graceMonths: String(settings.graceMonths || 2),
  };
  for (const o of overview.organisations)
    initial[percentField(o.organisationId)] = agreed.has(o.organisationId)
      ? amountToInput(agreed.get(o.organisationId)!, currentLocale())
      : '';
  const form = useForm(initial, {
    schema: costSettingsInputSchema,
    toInput: (v) => ({
      splitRule: v.splitRule,
      // A percentage with up to two decimals is basis points: 33,33 % → 3333.
      percentages:
        v.splitRule === 'percentages'
          ? overview.organisations.map((o) => {
              const text = (v[percentField(o.organisationId)] ?? '').trim();
              return { organisationId: o.organisationId, basisPoints: text === '' ? 0 : (parseAmount(text) ?? -1) };
            })
          : [],
      withdrawalRule: v.withdrawalRule,
      graceMonths: v.withdrawalRule === 'free_within' ? Number(v.graceMonths) : 0,
    }),
  });
  const onSubmit = form.submitParsed(async (input) => {
    await save.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" aria-labelledby="cost-settings-heading">
      <FormErrorSummary summary={form.summary} />
      <ChoiceFieldset legend={t('costs:settings.splitRule')} description={t('costs:settings.splitRuleHelp')}>
        {SPLIT_RULES.map((rule) => (
          <Radio
            key={rule}
            name="splitRule"
            value={rule}
            label={t(`costs:splitRule.${rule}`)}
            description={t(`costs:splitRuleHelp.${rule}`)}
            checked={form.values.splitRule === rule}
            onChange={() => form.set('splitRule', rule)}
          />
        ))}
      </ChoiceFieldset>
      {form.values.splitRule === 'percentages' ? (
        <ChoiceFieldset
          legend={t('costs:settings.percentages')}
          description={t('costs:settings.percentagesHelp')}
          error={form.errorText('percentages')}
        >
          <div className="form__grid">
            {overview.organisations.map((o) => (
              <Textfield
                key={o.organisationId}
                label={t('costs:settings.percentFor', { organisation: o.organisationName })}
                inputMode="decimal"
                {...form.bind(percentField(o.organisationId))}
              />
            ))}
          </div>
        </ChoiceFieldset>
      ) : null}
      <Fieldset>
        <Fieldset.Legend>{t('costs:settings.withdrawalRule')}</Fieldset.Legend>
        <Fieldset.Description>{t('costs:settings.withdrawalRuleHelp')}</Fieldset.Description>
        {WITHDRAWAL_RULES.map((rule) => (
          <Radio
            key={rule}
            name="withdrawalRule"
            value={rule}
            label={t(`costs:withdrawalRule.${rule}`)}
            checked={form.values.withdrawalRule === rule}
            onChange={() => form.set('withdrawalRule', rule)}
          />
        ))}
      </Fieldset>
      {form.values.withdrawalRule === 'free_within' ? (
        <Textfield label={t('costs:settings.graceMonths')} inputMode="numeric" {...form.bind('graceMonths')} />
      ) : null}
      <ErrorAlert error={form.formError(['splitRule', 'percentages', 'withdrawalRule', 'graceMonths'])} />
      <div className="form__actions">
        <Button type="submit" loading={save.isPending}>
          {t('costs:settings.save')}
        </Button>
      </div>
    </form>
  );
}
