import { useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { MEETING_MODES, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLocale } from '../../i18n';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useErrorSummary } from '../../lib/summary';
import { ApiError } from '../../api/errors';
import { useSaveAgreement, type AgreementInput } from './api';
import { numberText, parseNumber } from './format';

const MAX_GOALS = 5;
type Mode = AgreementInput['mode'];
type Field = 'cadenceWeeksMin' | 'cadenceWeeksMax' | 'meetingMinutes' | 'place' | 'goals';
type Problem = 'required' | 'weeks' | 'weeksOrder' | 'minutes' | 'tooLong' | 'goalRequired';
type Problems = Partial<Record<Field | `goal${number}`, Problem>>;

let goalKeys = 0;
const goalRow = (text: string) => ({ key: ++goalKeys, text });

function check(v: { min: string; max: string; minutes: string; place: string; goals: { text: string }[] }): Problems {
  const out: Problems = {};
  const min = parseNumber(v.min);
  const max = parseNumber(v.max);
  const minutes = parseNumber(v.minutes);
  if (!v.min.trim()) out.cadenceWeeksMin = 'required';
  else if (min === null || min < 0.5 || min > 26) out.cadenceWeeksMin = 'weeks';
  if (!v.max.trim()) out.cadenceWeeksMax = 'required';
  else if (max === null || max < 0.5 || max > 26) out.cadenceWeeksMax = 'weeks';
  else if (min !== null && max < min) out.cadenceWeeksMax = 'weeksOrder';
  if (!v.minutes.trim()) out.meetingMinutes = 'required';
  else if (minutes === null || !Number.isInteger(minutes) || minutes < 15 || minutes > 480) out.meetingMinutes = 'minutes';
  if (v.place.trim().length > 300) out.place = 'tooLong';
  v.goals.forEach((g, i) => {
    if (!g.text.trim()) out[`goal${i}`] = 'goalRequired';
    else if (g.text.trim().length > 500) out[`goal${i}`] = 'tooLong';
  });
  return out;
}

/**
 * Writes the agreement (a new version each time): how often and how long to meet, in what
 * form and where, and the one to five goals the adept wants to reach. Both must sign again.
 */
export function AgreementForm({ m, onSaved, onCancel }: { m: Mentorship; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgreement(m.pairId);
  const formRef = useRef<HTMLFormElement>(null);
  const errorSummary = useErrorSummary(formRef);
  const goalInputs = useRef(new Map<number, HTMLInputElement | HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const a = m.agreement;
  const locale = currentLocale();
  const [min, setMin] = useState(a ? numberText(a.cadenceWeeksMin, locale) : '3');
  const [max, setMax] = useState(a ? numberText(a.cadenceWeeksMax, locale) : '4');
  const [minutes, setMinutes] = useState(String(a?.meetingMinutes ?? 90));
  const [mode, setMode] = useState<Mode>(a?.mode ?? 'both');
  const [place, setPlace] = useState(a?.place ?? '');
  const [goals, setGoals] = useState(() => (a?.goals.length ? a.goals.map((g) => goalRow(g.text)) : [goalRow('')]));
  const [problems, setProblems] = useState<Problems>({});

  const message = (p: Problem | undefined) => (p ? t(`mentorship:agreementForm.problems.${p}`) : undefined);
  const serverField = save.error instanceof ApiError && save.error.code === 'validation' ? save.error.field : undefined;
  const errorOf = (field: Field) =>
    message(problems[field]) ?? (serverField?.startsWith(field) ? t('common:errors.fieldInvalid') : undefined);

  const addGoal = () => {
    const row = goalRow('');
    setGoals((g) => [...g, row]);
    window.setTimeout(() => goalInputs.current.get(row.key)?.focus(), 0);
  };
  const removeGoal = (index: number) => {
    const next = goals.filter((_, i) => i !== index);
    setGoals(next);
    setProblems({});
    const focusRow = next[Math.min(index, next.length - 1)];
    window.setTimeout(() => (focusRow ? goalInputs.current.get(focusRow.key)?.focus() : addButton.current?.focus()), 0);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check({ min, max, minutes, place, goals });
    setProblems(found);
    if (Object.keys(found).length) {
      errorSummary.show();
      return;
    }
    const input: AgreementInput = {
      cadenceWeeksMin: parseNumber(min) ?? 0,
      cadenceWeeksMax: parseNumber(max) ?? 0,
      meetingMinutes: parseNumber(minutes) ?? 0,
      mode,
      place: place.trim() || null,
      goals: goals.map((g) => g.text.trim()),
    };
    save.mutate(input, { onSuccess: onSaved, onError: () => errorSummary.show() });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form" aria-labelledby="agreement-form-heading">
      <FormErrorSummary summary={errorSummary.summary} />
      <Heading level={3} data-size="xs" id="agreement-form-heading" tabIndex={-1}>
        {a ? t('mentorship:agreementForm.changeHeading') : t('mentorship:agreementForm.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('mentorship:agreementForm.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:agreementForm.howOften')}</Fieldset.Legend>
        <Fieldset.Description>{t('mentorship:agreementForm.howOftenHelp')}</Fieldset.Description>
        <div className="ms-pair-fields">
          <Textfield
            label={t('mentorship:agreementForm.weeksMin')}
            inputMode="decimal"
            value={min}
            onChange={(e) => setMin(e.target.value)}
            error={errorOf('cadenceWeeksMin')}
          />
          <Textfield
            label={t('mentorship:agreementForm.weeksMax')}
            inputMode="decimal"
            value={max}
            onChange={(e) => setMax(e.target.value)}
            error={errorOf('cadenceWeeksMax')}
          />
        </div>
      </Fieldset>
      <Textfield
        label={t('mentorship:agreementForm.minutes')}
        description={t('mentorship:agreementForm.minutesHelp')}
        inputMode="numeric"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={errorOf('meetingMinutes')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:agreementForm.mode')}</Fieldset.Legend>
        {MEETING_MODES.map((value) => (
          <Radio
            key={value}
            name="agreement-mode"
            value={value}
            label={t(`mentorship:mode.${value}`)}
            checked={mode === value}
            onChange={() => setMode(value)}
          />
        ))}
      </Fieldset>
      <Textfield
        label={t('mentorship:agreementForm.place')}
        description={t('mentorship:agreementForm.placeHelp')}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={errorOf('place')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:agreementForm.goals')}</Fieldset.Legend>
        <Fieldset.Description>{t('mentorship:agreementForm.goalsHelp')}</Fieldset.Description>
        {goals.map((g, i) => (
          <div key={g.key} className="ms-goal-row">
            <Textfield
              ref={(el) => {
                if (el) goalInputs.current.set(g.key, el);
                else goalInputs.current.delete(g.key);
              }}
              label={t('mentorship:agreementForm.goal', { n: i + 1 })}
              value={g.text}
              onChange={(e) => setGoals((all) => all.map((x) => (x.key === g.key ? { ...x, text: e.target.value } : x)))}
              error={message(problems[`goal${i}`]) ?? (serverField === `goals.${i}` ? t('common:errors.fieldInvalid') : undefined)}
            />
            {goals.length > 1 ? (
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => removeGoal(i)}>
                {t('mentorship:agreementForm.removeGoal', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {goals.length < MAX_GOALS ? (
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
      <ErrorAlert error={save.error && !serverField ? save.error : null} />
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
