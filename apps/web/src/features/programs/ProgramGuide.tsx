/** The parts of the guided flow that creates a program (issue 14 item 9): step heading, type choice, summary and buttons. */
import type { Ref } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { PROGRAM_TYPES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../i18n';
import { GUIDE_STEPS, STEP_FIELDS, type GuideStep, type ProgramFormExtras, type ProgramFormValues } from './programValues';

/** "Step 2 of 6: Dates and place", with what the step is for; it takes focus when the step changes. */
export function GuideStepHeading({ index, ref }: { index: number; ref: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const step = GUIDE_STEPS[index]!;
  return (
    <div className="form__section">
      <Heading level={2} data-size="sm" id="guide-step-heading" ref={ref} tabIndex={-1}>
        {t('programs:guide.stepOf', { number: index + 1, total: GUIDE_STEPS.length, title: t(`programs:guide.step.${step}`) })}
      </Heading>
      <Paragraph data-size="sm">{t(`programs:guide.intro.${step}`)}</Paragraph>
      {step === 'summary' ? null : <Paragraph data-size="sm">{t('programs:guide.marks')}</Paragraph>}
    </div>
  );
}

/** The program type as a choice that explains each type. */
export function ProgramTypeChoice({ value, onChange }: { value: string; onChange: (type: string) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('programs:programForm.type')}</Fieldset.Legend>
      {PROGRAM_TYPES.map((type) => (
        <Radio
          key={type}
          name="type"
          value={type}
          label={t(`programs:programType.${type}`)}
          description={t(`programs:guide.typeHelp.${type}`)}
          checked={value === type}
          onChange={() => onChange(type)}
        />
      ))}
    </Fieldset>
  );
}

type SummaryProps = {
  values: ProgramFormValues;
  extras: ProgramFormExtras;
  owner?: { id: string; name: string };
  organisations: { id: string; name: string }[];
  onChange: (stepIndex: number) => void;
};

/** Everything entered, step by step, each with a way back to change it; nothing is saved before the last button. */
export function GuideSummary({ values, extras, owner, organisations, onChange }: SummaryProps) {
  const { t } = useTranslation();
  const notGiven = t('programs:guide.notGiven');
  const show = (v: string) => v.trim() || notGiven;
  // Dates as people write them, in the user's language (the field's own value is ISO).
  const day = (v: string) => formatLongDate(v.trim()) || notGiven;
  const names = (ids: string[]) =>
    ids
      .map((id) => organisations.find((o) => o.id === id)?.name)
      .filter((n): n is string => Boolean(n))
      .join(', ');
  const yesNo = (on: boolean) => (on ? t('common:common.yes') : t('common:common.no'));
  const rows: Record<Exclude<GuideStep, 'summary'>, [string, string][]> = {
    basics: [
      [t('programs:programForm.name'), show(values.name)],
      [t('programs:programForm.type'), t(`programs:programType.${values.type as 'classic'}`)],
      [t('programs:programForm.languages'), extras.languages.map((l) => t(`common:languages.${l as 'sv'}`)).join(', ') || notGiven],
      [t('programs:programForm.contactName'), show(values.contactName)],
      [t('programs:programForm.contactEmail'), show(values.contactEmail)],
    ],
    dates: [
      [t('programs:programForm.applicationOpensOn'), day(values.applicationOpensOn)],
      [t('programs:programForm.applicationClosesOn'), day(values.applicationClosesOn)],
      [t('programs:programForm.startsOn'), day(values.startsOn)],
      [t('programs:programForm.endsOn'), day(values.endsOn)],
      [t('programs:programForm.meetingGuidance'), show(values.meetingGuidance)],
      [t('programs:programForm.expectedHours'), show(values.expectedHours)],
      [t('programs:programForm.mode'), t(`programs:meetingMode.${values.mode as 'both'}`)],
      [t('programs:programForm.capacity'), show(values.capacity)],
    ],
    who: [
      [
        t('programs:programForm.organisations'),
        [owner?.name, names(extras.organisationIds.filter((id) => id !== owner?.id))].filter(Boolean).join(', ') || notGiven,
      ],
      [t('programs:coordinators.heading'), extras.coordinators.map((c) => c.name).join(', ') || t('programs:guide.onlyYou')],
      [t('programs:programForm.requiresManagerConfirmation'), yesNo(extras.requiresManagerConfirmation)],
      [t('programs:programForm.mentorsMustBeNominated'), yesNo(extras.mentorsMustBeNominated)],
      [t('programs:guide.rules'), t('programs:guide.ruleCount', { count: extras.rules.adept.length + extras.rules.mentor.length })],
    ],
    costs: [
      [t('programs:programForm.feePerAdept'), `${show(values.feePerAdept)} ${values.currency}`],
      [t('programs:programForm.feePerMentor'), `${show(values.feePerMentor)} ${values.currency}`],
    ],
    texts: [
      [t('programs:programForm.purpose'), show(values.purpose)],
      [t('programs:programForm.goals'), show(values.goals)],
      [t('programs:programForm.expectationsAdept'), show(values.expectationsAdept)],
      [t('programs:programForm.expectationsMentor'), show(values.expectationsMentor)],
    ],
  };
  return (
    <>
      {(Object.keys(STEP_FIELDS) as Exclude<GuideStep, 'summary'>[]).map((step) => (
        <section key={step} aria-labelledby={`guide-summary-${step}`} className="form__section">
          <Heading level={3} data-size="xs" id={`guide-summary-${step}`}>
            {t(`programs:guide.step.${step}`)}
          </Heading>
          <dl className="facts">
            {rows[step].map(([term, value]) => (
              <div key={term} className="facts__row">
                <dt>{term}</dt>
                <dd className="pre-line">{value}</dd>
              </div>
            ))}
          </dl>
          <Button variant="tertiary" data-size="sm" onClick={() => onChange(GUIDE_STEPS.indexOf(step))}>
            {t('programs:guide.change', { step: t(`programs:guide.step.${step}`) })}
          </Button>
        </section>
      ))}
    </>
  );
}

type ActionsProps = { index: number; pending: boolean; submitLabel: string; onBack: () => void; onCancel: () => void };

/** Next (checks the step), Back (keeps what was entered), and on the summary the button that saves. */
export function GuideActions({ index, pending, submitLabel, onBack, onCancel }: ActionsProps) {
  const { t } = useTranslation();
  const last = index === GUIDE_STEPS.length - 1;
  return (
    <div className="form__actions">
      <Button type="submit" loading={last ? pending : false}>
        {last ? submitLabel : t('programs:guide.next')}
      </Button>
      {index > 0 ? (
        <Button variant="secondary" onClick={onBack}>
          {t('programs:guide.back')}
        </Button>
      ) : null}
      <Button variant="tertiary" onClick={onCancel}>
        {t('common:common.cancel')}
      </Button>
    </div>
  );
}
