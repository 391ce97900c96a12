import { useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Switch, Textfield } from '@digdir/designsystemet-react';
import { MATCHING_CRITERIA, MATCHING_DISTANCES, type MatchingSettings } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useErrorSummary } from '../../lib/summary';
import { useSaveMatchingSettings } from './api';
import { useMatchingFormat } from './format';
import { LiveNotice } from './LiveNotice';

const RULES = ['closeRelations', 'requireEligible', 'requireConfirmation'] as const;
type BooleanRule = (typeof RULES)[number];

const WEIGHTS = Array.from({ length: 11 }, (_, i) => i);

/** Weights per criterion, hard rules, mutual preferences and the lowest score: PUT settings. */
export function SettingsSection({ programId, settings }: { programId: string; settings: MatchingSettings }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const save = useSaveMatchingSettings(programId);
  const [draft, setDraft] = useState(settings);
  const [language, setLanguage] = useState(settings.hardRules.requiredLanguage ?? '');
  const [minScore, setMinScore] = useState(settings.minScore === null ? '' : String(settings.minScore));
  const [minScoreError, setMinScoreError] = useState(false);
  const [notice, setNotice] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const errorSummary = useErrorSummary(formRef);
  // Without mutual preferences the engine does not count that criterion (its weight is 0 in runs).
  const effective = (c: (typeof MATCHING_CRITERIA)[number]) => (c === 'preferences' && !draft.preferencesEnabled ? 0 : draft.weights[c]);
  const totalWeight = MATCHING_CRITERIA.reduce((sum, c) => sum + effective(c), 0);

  const setWeight = (criterion: (typeof MATCHING_CRITERIA)[number], value: number) =>
    setDraft((d) => ({ ...d, weights: { ...d.weights, [criterion]: value } }));
  const setRule = (rule: BooleanRule, on: boolean) => setDraft((d) => ({ ...d, hardRules: { ...d.hardRules, [rule]: on } }));
  const touched = () => setNotice('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = minScore.trim().replace(',', '.');
    const score = text === '' ? null : Number(text);
    if (score !== null && (!Number.isFinite(score) || score < 0 || score > 100)) {
      setMinScoreError(true);
      errorSummary.show();
      return;
    }
    errorSummary.clear();
    setNotice('');
    save.mutate(
      { ...draft, hardRules: { ...draft.hardRules, requiredLanguage: language.trim() || null }, minScore: score },
      { onSuccess: () => setNotice(t('matching:settings.saved')) },
    );
  };

  return (
    <section aria-labelledby="matching-settings" className="section" id="settings">
      <Heading level={2} data-size="sm" id="matching-settings">
        {t('matching:settings.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:settings.intro')}</Paragraph>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="matching-settings" onChange={touched}>
        <FormErrorSummary summary={errorSummary.summary} />
        <Fieldset>
          <Fieldset.Legend>{t('matching:settings.weightsLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('matching:settings.weightsHelp')}</Fieldset.Description>
          <div className="matching-weights">
            {MATCHING_CRITERIA.map((c) => {
              const weight = draft.weights[c];
              const options = WEIGHTS.includes(weight) ? WEIGHTS : [...WEIGHTS, weight].sort((a, b) => a - b);
              const max = totalWeight > 0 ? (100 * effective(c)) / totalWeight : 0;
              return (
                <SelectField
                  key={c}
                  name={`weights.${c}`}
                  label={t(`matching:criteria.${c}.label`)}
                  description={`${t(`matching:criteria.${c}.help`)} ${t('matching:settings.maxPoints', { points: f.num(max) })}`}
                  value={String(weight)}
                  onChange={(e) => setWeight(c, Number(e.target.value))}
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
                checked={draft.hardRules.distance === distance}
                onChange={() => setDraft((d) => ({ ...d, hardRules: { ...d.hardRules, distance } }))}
              />
            ))}
          </Fieldset>
          {RULES.map((rule) => (
            <Checkbox
              key={rule}
              label={t(`matching:settings.${rule}`)}
              checked={draft.hardRules[rule]}
              onChange={(e) => setRule(rule, e.target.checked)}
            />
          ))}
          <Textfield
            label={t('matching:settings.requiredLanguage')}
            description={t('matching:settings.requiredLanguageHelp')}
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            maxLength={50}
            className="matching-short-field"
          />
        </Fieldset>
        <div>
          <Switch
            label={t('matching:settings.preferences')}
            description={t('matching:settings.preferencesHelp')}
            checked={draft.preferencesEnabled}
            onChange={(e) => setDraft((d) => ({ ...d, preferencesEnabled: e.target.checked }))}
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
          value={minScore}
          onChange={(e) => {
            setMinScore(e.target.value);
            setMinScoreError(false);
          }}
          error={minScoreError ? t('matching:settings.minScoreInvalid') : undefined}
          aria-invalid={minScoreError ? true : undefined}
          className="matching-short-field"
        />
        <ErrorAlert error={save.error} />
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('matching:settings.save')}
          </Button>
        </div>
        <LiveNotice message={notice} />
      </form>
    </section>
  );
}
