import { useState } from 'react';
import { Button, Checkbox, Details, Fieldset, Heading, Paragraph, Radio, Switch, Textfield } from '@digdir/designsystemet-react';
import { MATCHING_CRITERIA, MATCHING_DISTANCES, matchingSettingsSchema, type MatchingSettings } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useSaveMatchingSettings } from './api';
import { useMatchingFormat } from './format';
import { LiveNotice } from './LiveNotice';

const RULES = ['closeRelations', 'requireEligible', 'requireConfirmation'] as const;

const WEIGHTS = Array.from({ length: 11 }, (_, i) => i);

type Criterion = (typeof MATCHING_CRITERIA)[number];
/** The form's fields, named by the contract's paths (`weights.skills`, `hardRules.distance`); switches are "true" or "". */
type Values = Record<string, string>;

const on = (value: string | undefined) => value === 'true';
const flag = (value: boolean) => (value ? 'true' : '');

function valuesOf(settings: MatchingSettings): Values {
  return {
    ...Object.fromEntries(MATCHING_CRITERIA.map((c) => [`weights.${c}`, String(settings.weights[c])])),
    'hardRules.distance': settings.hardRules.distance,
    ...Object.fromEntries(RULES.map((rule) => [`hardRules.${rule}`, flag(settings.hardRules[rule])])),
    'hardRules.requiredLanguage': settings.hardRules.requiredLanguage ?? '',
    preferencesEnabled: flag(settings.preferencesEnabled),
    minScore: settings.minScore === null ? '' : String(settings.minScore),
  };
}

/** The contract's input (`matchingSettingsSchema`, the one the server checks) from the form's text fields. */
function toInput(v: Values) {
  const score = (v.minScore ?? '').trim().replace(',', '.');
  const language = (v['hardRules.requiredLanguage'] ?? '').trim();
  return {
    weights: Object.fromEntries(MATCHING_CRITERIA.map((c) => [c, Number(v[`weights.${c}`])])),
    hardRules: {
      distance: v['hardRules.distance'],
      ...Object.fromEntries(RULES.map((rule) => [rule, on(v[`hardRules.${rule}`])])),
      requiredLanguage: language || null,
    },
    preferencesEnabled: on(v.preferencesEnabled),
    minScore: score === '' ? null : Number(score),
  };
}

/** Weights per criterion, hard rules, mutual preferences and the lowest score: PUT settings. */
export function SettingsSection({ programId, settings }: { programId: string; settings: MatchingSettings }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const save = useSaveMatchingSettings(programId);
  const form = useForm(valuesOf(settings), {
    schema: matchingSettingsSchema,
    toInput,
    messages: { minScore: messageKey('matching:settings.minScoreInvalid') },
  });
  const draft = form.values;
  const [notice, setNotice] = useState('');
  const weightOf = (c: Criterion) => Number(draft[`weights.${c}`]);
  // Without mutual preferences the engine does not count that criterion (its weight is 0 in runs).
  const effective = (c: Criterion) => (c === 'preferences' && !on(draft.preferencesEnabled) ? 0 : weightOf(c));
  const totalWeight = MATCHING_CRITERIA.reduce((sum, c) => sum + effective(c), 0);
  const touched = () => setNotice('');

  const onSubmit = form.submitParsed(async (input) => {
    setNotice('');
    await save.mutateAsync(input);
    setNotice(t('matching:settings.saved'));
  });

  return (
    // Folded behind the run button (issue 14 item 13): closed for a coordinator who keeps the defaults.
    <Details id="settings" className="matching-run-settings" data-testid="matching-settings">
      <Details.Summary>{t('matching:settings.adjust')}</Details.Summary>
      <Details.Content>
        <Heading level={3} data-size="xs" id="matching-settings">
          {t('matching:settings.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('matching:settings.intro')}</Paragraph>
        <form
          ref={form.formRef}
          onSubmit={onSubmit}
          noValidate
          className="matching-settings"
          onChange={touched}
          aria-labelledby="matching-settings"
        >
          <FormErrorSummary summary={form.summary} />
          <Fieldset>
            <Fieldset.Legend>{t('matching:settings.weightsLegend')}</Fieldset.Legend>
            <Fieldset.Description>{t('matching:settings.weightsHelp')}</Fieldset.Description>
            <div className="matching-weights">
              {MATCHING_CRITERIA.map((c) => {
                const weight = weightOf(c);
                const options = WEIGHTS.includes(weight) ? WEIGHTS : [...WEIGHTS, weight].sort((a, b) => a - b);
                const max = totalWeight > 0 ? (100 * effective(c)) / totalWeight : 0;
                return (
                  <SelectField
                    key={c}
                    name={`weights.${c}`}
                    label={t(`matching:criteria.${c}.label`)}
                    description={`${t(`matching:criteria.${c}.help`)} ${t('matching:settings.maxPoints', { points: f.num(max) })}`}
                    value={String(weight)}
                    onChange={(e) => form.set(`weights.${c}`, e.target.value)}
                    options={options.map((w) => ({
                      value: String(w),
                      label: w === 0 ? t('matching:settings.weightNone') : w === 10 ? t('matching:settings.weightMax') : f.num(w),
                    }))}
                  />
                );
              })}
            </div>
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('matching:settings.hardRulesLegend')}</Fieldset.Legend>
            <Fieldset.Description>{t('matching:settings.hardRulesHelp')}</Fieldset.Description>
            <Fieldset>
              <Fieldset.Legend>{t('matching:settings.distance')}</Fieldset.Legend>
              <Fieldset.Description>{t('matching:settings.distanceHelp')}</Fieldset.Description>
              {MATCHING_DISTANCES.map((distance) => (
                <Radio
                  key={distance}
                  name="hardRules.distance"
                  value={distance}
                  label={t(`matching:settings.distances.${distance}`)}
                  checked={draft['hardRules.distance'] === distance}
                  onChange={() => form.set('hardRules.distance', distance)}
                />
              ))}
            </Fieldset>
            {RULES.map((rule) => (
              <Checkbox
                key={rule}
                name={`hardRules.${rule}`}
                value="true"
                label={t(`matching:settings.${rule}`)}
                checked={on(draft[`hardRules.${rule}`])}
                onChange={(e) => form.set(`hardRules.${rule}`, flag(e.target.checked))}
              />
            ))}
            <Textfield
              label={t('matching:settings.requiredLanguage')}
              description={t('matching:settings.requiredLanguageHelp')}
              {...form.bind('hardRules.requiredLanguage')}
              maxLength={50}
              className="matching-short-field"
            />
          </Fieldset>
          <div>
            <Switch
              label={t('matching:settings.preferences')}
              description={t('matching:settings.preferencesHelp')}
              name="preferencesEnabled"
              value="true"
              checked={on(draft.preferencesEnabled)}
              onChange={(e) => form.set('preferencesEnabled', flag(e.target.checked))}
            />
            <Paragraph data-size="sm" className="matching-indent">
              <AppLink to="/programs/$programId/preferences" params={{ programId }}>
                {t('matching:settings.preferencesLink')}
              </AppLink>
            </Paragraph>
          </div>
          <Textfield
            id="matching-min-score"
            label={t('matching:settings.minScore')}
            description={t('matching:settings.minScoreHelp')}
            inputMode="decimal"
            {...form.bind('minScore')}
            className="matching-short-field"
          />
          <ErrorAlert error={form.formError(['minScore', 'hardRules.requiredLanguage'])} />
          <div className="form__actions">
            <Button type="submit" variant="secondary" loading={save.isPending}>
              {t('matching:settings.save')}
            </Button>
          </div>
          <LiveNotice message={notice} />
        </form>
      </Details.Content>
    </Details>
  );
}
