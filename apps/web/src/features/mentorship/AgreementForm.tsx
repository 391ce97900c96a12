import { useRef, useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { MEETING_MODES, agreementInputSchema, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLocale } from '../../i18n';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm, type FieldMessages } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useSaveAgreement } from './api';
import { numberText, parseNumber } from './format';

const MAX_GOALS = 5;

let goalKeys = 0;
const goalField = (i: number) => `goals.${i}`;

/** The agreement's own words for what the contract refuses, by field and by the common message they replace. */
function agreementMessages(): Record<string, FieldMessages> {
  const weeks = {
    'common:errors.required': messageKey('mentorship:agreementForm.problems.required'),
    'common:errors.number': messageKey('mentorship:agreementForm.problems.weeks'),
    'common:errors.fieldInvalid': messageKey('mentorship:agreementForm.problems.weeks'),
  };
  const goal = {
    'common:errors.required': messageKey('mentorship:agreementForm.problems.goalRequired'),
    'common:errors.tooLong': messageKey('mentorship:agreementForm.problems.tooLong'),
  };
  return {
    cadenceWeeksMin: weeks,
    cadenceWeeksMax: { ...weeks, 'common:errors.fieldInvalid': messageKey('mentorship:agreementForm.problems.weeksOrder') },
    meetingMinutes: {
      'common:errors.required': messageKey('mentorship:agreementForm.problems.required'),
      'common:errors.number': messageKey('mentorship:agreementForm.problems.minutes'),
      'common:errors.fieldInvalid': messageKey('mentorship:agreementForm.problems.minutes'),
    },
    place: { 'common:errors.tooLong': messageKey('mentorship:agreementForm.problems.tooLong') },
    ...Object.fromEntries(Array.from({ length: MAX_GOALS }, (_, i) => [goalField(i), goal])),
  };
}

/** A number field: empty is missing, anything but a number is NaN (both refused by the contract). */
const num = (value: string) => (value.trim() === '' ? undefined : (parseNumber(value) ?? Number.NaN));

/**
 * Writes the agreement (a new version each time): how often and how long to meet, in what
 * form and where, and the one to five goals the adept wants to reach. Both must sign again.
 */
export function AgreementForm({ m, onSaved, onCancel }: { m: Mentorship; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgreement(m.pairId);
  const goalInputs = useRef(new Map<number, HTMLInputElement | HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const a = m.agreement;
  const locale = currentLocale();
  const initialGoals = a?.goals.length ? a.goals.map((g) => g.text) : [''];
  // Each goal row keeps its React key (and its input) while the rows after it move up.
  const [rows, setRows] = useState(() => initialGoals.map(() => ++goalKeys));
  const form = useForm(
    {
      cadenceWeeksMin: a ? numberText(a.cadenceWeeksMin, locale) : '3',
      cadenceWeeksMax: a ? numberText(a.cadenceWeeksMax, locale) : '4',
      meetingMinutes: String(a?.meetingMinutes ?? 90),
      mode: a?.mode ?? 'both',
      place: a?.place ?? '',
      ...Object.fromEntries(Array.from({ length: MAX_GOALS }, (_, i) => [goalField(i), initialGoals[i] ?? ''])),
    } as Record<string, string>,
    {
      schema: agreementInputSchema,
      toInput: (v) => ({
        cadenceWeeksMin: num(v.cadenceWeeksMin ?? ''),
        cadenceWeeksMax: num(v.cadenceWeeksMax ?? ''),
        meetingMinutes: num(v.meetingMinutes ?? ''),
        mode: v.mode,
        place: (v.place ?? '').trim() || null,
        goals: rows.map((_, i) => v[goalField(i)] ?? ''),
      }),
      messages: agreementMessages(),
    },
  );

  const addGoal = () => {
    const key = ++goalKeys;
    form.set(goalField(rows.length), '');
    setRows((r) => [...r, key]);
    window.setTimeout(() => goalInputs.current.get(key)?.focus(), 0);
  };
  const removeGoal = (index: number) => {
    const texts = rows.map((_, i) => form.values[goalField(i)] ?? '').filter((_, i) => i !== index);
    const next = rows.filter((_, i) => i !== index);
    form.setValues(Object.fromEntries(Array.from({ length: MAX_GOALS }, (_, i) => [goalField(i), texts[i] ?? ''])));
    form.setErrors({});
    setRows(next);
    const focusRow = next[Math.min(index, next.length - 1)];
    window.setTimeout(() => (focusRow !== undefined ? goalInputs.current.get(focusRow)?.focus() : addButton.current?.focus()), 0);
  };

  const onSubmit = form.submitParsed(async (input) => {
    await save.mutateAsync(input);
    onSaved();
  });
  const fields = ['cadenceWeeksMin', 'cadenceWeeksMax', 'meetingMinutes', 'mode', 'place', 'goals', ...rows.map((_, i) => goalField(i))];

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" aria-labelledby="agreement-form-heading">
      <FormErrorSummary summary={form.summary} />
      <Heading level={3} data-size="xs" id="agreement-form-heading" tabIndex={-1}>
        {a ? t('mentorship:agreementForm.changeHeading') : t('mentorship:agreementForm.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('mentorship:agreementForm.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:agreementForm.howOften')}</Fieldset.Legend>
        <Fieldset.Description>{t('mentorship:agreementForm.howOftenHelp')}</Fieldset.Description>
        <div className="ms-pair-fields">
          <Textfield label={t('mentorship:agreementForm.weeksMin')} inputMode="decimal" {...form.bind('cadenceWeeksMin')} />
          <Textfield label={t('mentorship:agreementForm.weeksMax')} inputMode="decimal" {...form.bind('cadenceWeeksMax')} />
        </div>
      </Fieldset>
      <Textfield
        label={t('mentorship:agreementForm.minutes')}
        description={t('mentorship:agreementForm.minutesHelp')}
        inputMode="numeric"
        {...form.bind('meetingMinutes')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:agreementForm.mode')}</Fieldset.Legend>
        {MEETING_MODES.map((value) => (
          <Radio
            key={value}
            name="agreement-mode"
            value={value}
            label={t(`mentorship:mode.${value}`)}
            checked={form.values.mode === value}
            onChange={() => form.set('mode', value)}
          />
        ))}
      </Fieldset>
      <Textfield
        label={t('mentorship:agreementForm.place')}
        description={t('mentorship:agreementForm.placeHelp')}
        {...form.bind('place')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:agreementForm.goals')}</Fieldset.Legend>
        <Fieldset.Description>{t('mentorship:agreementForm.goalsHelp')}</Fieldset.Description>
        {rows.map((key, i) => (
          <div key={key} className="ms-goal-row">
            <Textfield
              ref={(el) => {
                if (el) goalInputs.current.set(key, el);
                else goalInputs.current.delete(key);
              }}
              label={t('mentorship:agreementForm.goal', { n: i + 1 })}
              {...form.bind(goalField(i))}
            />
            {rows.length > 1 ? (
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => removeGoal(i)}>
                {t('mentorship:agreementForm.removeGoal', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {rows.length < MAX_GOALS ? (
          <div>
            <Button ref={addButton} type="button" variant="secondary" data-size="sm" onClick={addGoal}>
              {t('mentorship:agreementForm.addGoal')}
            </Button>
          </div>
        ) : (
          <Paragraph data-size="sm">{t('mentorship:agreementForm.maxGoals', { max: MAX_GOALS })}</Paragraph>
        )}
      </Fieldset>
      <Paragraph data-size="sm">{t('mentorship:agreement.changeNote')}</Paragraph>
      <ErrorAlert error={form.formError(fields)} />
      <div className="form__actions">
        <Button type="submit" loading={save.isPending}>
          {t('mentorship:agreementForm.save')}
        </Button>
        {onCancel ? (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common:common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
