import { useState } from 'react';
import { Alert, Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { INSTRUMENTS, SURVEY_AUDIENCES, SURVEY_KINDS, surveyInputSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAddSurvey } from './api';
import { EvSection } from './parts';
import { INITIAL_SCHEDULE, toSurveyInput } from './scheduleValues';

const FIELDS = Object.keys(INITIAL_SCHEDULE);

/** Schedules a survey: when, to whom, which instruments, how long open and when reminded; checked by the core schema. */
export function ScheduleForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const add = useAddSurvey(programId);
  const [done, setDone] = useState(false);
  const form = useForm(INITIAL_SCHEDULE, {
    schema: surveyInputSchema,
    toInput: toSurveyInput,
    messages: {
      instruments: messageKey('evaluation:page.instrumentsRequired'),
      opensOn: messageKey('evaluation:page.opensOnRequired'),
      openDays: messageKey('evaluation:page.openDaysInvalid'),
      reminderDays: messageKey('evaluation:page.remindersInvalid'),
    },
  });
  const v = form.values;
  const chosen = v.instruments ? v.instruments.split(',') : [];
  const toggle = (id: string) => {
    setDone(false);
    form.set('instruments', (chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]).join(','));
  };
  // One text field holds every reminder: an error on any of them (reminderDays.1 …) is that field's error.
  const reminderError = Object.keys(form.errors).some((name) => name === 'reminderDays' || name.startsWith('reminderDays.'))
    ? t('evaluation:page.remindersInvalid')
    : form.errorText('reminderDays');
  const instrumentsError = form.errorText('instruments');
  const onSubmit = form.submitParsed(async (input) => {
    setDone(false);
    await add.mutateAsync(input);
    form.set('instruments', '');
    setDone(true);
  });

  return (
    <EvSection id="ev-schedule" heading={t('evaluation:page.scheduleHeading')}>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" data-testid="schedule-form">
        <FormErrorSummary summary={form.summary} />
        <SelectField
          label={t('evaluation:page.kind')}
          description={t(`evaluation:page.kindHelp.${(SURVEY_KINDS as readonly string[]).includes(v.kind) ? (v.kind as 'end') : 'end'}`)}
          options={SURVEY_KINDS.map((k) => ({ value: k, label: t(`evaluation:occasion.${k}`) }))}
          {...form.bind('kind')}
        />
        {v.kind === 'adhoc' ? <Textfield label={t('evaluation:page.opensOn')} type="date" {...form.bind('opensOn')} /> : null}
        <SelectField
          label={t('evaluation:page.audience')}
          options={SURVEY_AUDIENCES.map((a) => ({ value: a, label: t(`evaluation:page.audiences.${a}`) }))}
          {...form.bind('audience')}
        />
        <ChoiceFieldset
          legend={t('evaluation:page.instruments')}
          description={t('evaluation:page.instrumentsHelp')}
          error={instrumentsError}
        >
          {INSTRUMENTS.map((i) => (
            <Checkbox
              key={i.id}
              value={i.id}
              label={t(`evaluation:instruments.${i.id}.name` as never)}
              description={i.health ? t('evaluation:page.healthInstrument') : undefined}
              checked={chosen.includes(i.id)}
              aria-invalid={instrumentsError ? true : undefined}
              onChange={() => toggle(i.id)}
            />
          ))}
        </ChoiceFieldset>
        <Textfield
          label={t('evaluation:page.openDays')}
          description={t('evaluation:page.openDaysHelp')}
          inputMode="numeric"
          {...form.bind('openDays')}
        />
        <Textfield
          label={t('evaluation:page.reminders')}
          description={t('evaluation:page.remindersHelp')}
          {...form.bind('reminderDays')}
          error={reminderError}
        />
        <ErrorAlert error={form.formError(FIELDS)} />
        {done ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t('evaluation:page.scheduled')}</Paragraph>
          </Alert>
        ) : null}
        <div className="form__actions">
          <Button type="submit" loading={add.isPending}>
            {t('evaluation:page.schedule')}
          </Button>
        </div>
      </form>
    </EvSection>
  );
}
