import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { PROGRAM_ROLES, PROGRAM_TYPES, programInputSchema, type Program, type ProgramRole } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import {
  confirmationByDefault,
  fieldNeed,
  GUIDE_STEPS,
  initialExtras,
  initialValues,
  ruleField,
  STEP_FIELDS,
  toProgramInput,
  type ProgramFormExtras,
  type ProgramFormValues,
} from './programValues';
import { ContactFields, CostFields, DateFields, LanguageFields, MeetingFields, PracticalFields } from './PracticalFields';
import { GuideActions, GuideStepHeading, GuideSummary, ProgramTypeChoice } from './ProgramGuide';
import { RulesEditor } from './RulesEditor';
import { CoordinatorPicker } from './CoordinatorPicker';
import { FormErrorSummary } from '../../components/FormErrorSummary';

export type ProgramFormForm = ReturnType<typeof useForm<ProgramFormValues>>;
type Organisation = { id: string; name: string };

type ProgramFormProps = {
  program?: Program;
  /** Organisations that can take part: GET /api/organisations, and those already in the program. */
  organisations: Organisation[];
  ownerOrganisationId: string | null;
  locale: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: ReturnType<typeof toProgramInput>) => Promise<unknown>;
  onCancel: () => void;
  /** A new program is created step by step (issue 14 item 9), with a summary before saving; editing keeps the one form. */
  guided?: boolean;
};

const TEXT_FIELDS = Object.keys(initialValues()) as (keyof ProgramFormValues)[];

/** Create or edit a program: description, practical details, organisations and eligibility rules. */
export function ProgramForm({
  program,
  organisations,
  ownerOrganisationId,
  locale,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  guided = false,
}: ProgramFormProps) {
  const { t } = useTranslation();
  const [extras, setExtras] = useState<ProgramFormExtras>(() => initialExtras(program, { locale, organisationId: ownerOrganisationId }));
  // The lists edited beside the text fields (languages, organisations, rules, coordinators) join them in the input the contract checks.
  const extrasRef = useRef(extras);
  extrasRef.current = extras;
  const schema = useMemo(
    () =>
      programInputSchema.superRefine((p, ctx) => {
        // The form's own rules (decision 0062): a program is run in some language; an existing program keeps a coordinator.
        if (p.languages.length === 0) ctx.addIssue({ code: 'custom', path: ['languages'], message: messageKey('common:errors.required') });
        if (extrasRef.current.editing && p.coordinatorIds.length === 0)
          ctx.addIssue({ code: 'custom', path: ['coordinatorIds'], message: messageKey('common:errors.required') });
      }),
    [],
  );
  const form = useForm<ProgramFormValues, typeof schema>(initialValues(program), {
    schema,
    toInput: (v) => toProgramInput(v, extrasRef.current, ownerOrganisationId),
    messages: { applicationClosesOn: messageKey('common:errors.dateOrder'), endsOn: messageKey('common:errors.dateOrder') },
  });
  const { bind, errorText } = form;
  // For a new program the manager's confirmation follows the type until the coordinator sets it.
  const [confirmationSet, setConfirmationSet] = useState(Boolean(program));
  const typeField = bind('type');

  const setRules = (role: ProgramRole, rules: ProgramFormExtras['rules'][ProgramRole]) => {
    setExtras((x) => ({ ...x, rules: { ...x.rules, [role]: rules } }));
    form.setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`rules.${role}.`))));
  };
  const toggleOrganisation = (id: string, on: boolean) =>
    setExtras((x) => ({ ...x, organisationIds: on ? [...x.organisationIds, id] : x.organisationIds.filter((o) => o !== id) }));

  const submit = form.submitParsed((input) => onSubmit(input));
  const [stepIndex, setStepIndex] = useState(0);
  const step = GUIDE_STEPS[stepIndex]!;
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const goTo = (index: number) => {
    setStepIndex(index);
    // The new step's heading takes focus (after it is rendered), so focus never falls to the page.
    window.setTimeout(() => stepHeading.current?.focus(), 0);
  };
  // A step's Next checks that step's fields with the core schema; only the summary's button saves.
  const next = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === 'summary') return submit(event);
    if (await form.check(STEP_FIELDS[step])) goTo(stepIndex + 1);
  };
  const label = (field: string) => {
    const text = t(`programs:programForm.${field}` as 'programs:programForm.name');
    const need = fieldNeed(field);
    // Both the guided flow and the edit form say what a field needs (issue 14 items 9 and 13).
    return need !== 'preset' ? `${text} ${t(`programs:guide.mark.${need}`)}` : text;
  };

  const ruleFields = PROGRAM_ROLES.flatMap((role) =>
    extras.rules[role].flatMap((_, i) => [ruleField(role, i, 'min'), ruleField(role, i, 'max')]),
  );
  const knownFields = [
    ...TEXT_FIELDS,
    'languages',
    'participatingOrganisationIds',
    'requiresManagerConfirmation',
    'mentorsMustBeNominated',
    'rules',
    'coordinatorIds',
    ...ruleFields,
  ];
  const organisationsError = errorText('participatingOrganisationIds');
  // None chosen (client check or the API's 400): say so; otherwise the API's reason for the field.
  const coordinatorsError = errorText('coordinatorIds')
    ? extras.coordinators.length === 0
      ? t('programs:coordinators.required')
      : errorText('coordinatorIds')
    : undefined;
  const owner = organisations.find((o) => o.id === ownerOrganisationId);

  const changeType = (type: string) => {
    if (!confirmationSet) setExtras((x) => ({ ...x, requiresManagerConfirmation: confirmationByDefault(type) }));
  };
  const nameField = <Textfield label={label('name')} required {...bind('name')} />;
  const texts = (
    <>
      <Textfield label={label('purpose')} multiline rows={3} {...bind('purpose')} />
      <Textfield label={label('goals')} multiline rows={3} {...bind('goals')} />
      <Textfield label={label('expectationsAdept')} multiline rows={3} {...bind('expectationsAdept')} />
      <Textfield label={label('expectationsMentor')} multiline rows={3} {...bind('expectationsMentor')} />
    </>
  );
  const fieldProps = { form, label, extras, setExtras };
  const whoFields = (
    <>
      <ChoiceFieldset
        legend={t('programs:programForm.organisations')}
        description={t('programs:programForm.organisationsHelp')}
        error={organisationsError}
      >
        {owner ? <Paragraph data-size="sm">{t('programs:programForm.ownerAlwaysIncluded', { name: owner.name })}</Paragraph> : null}
        {organisations
          .filter((o) => o.id !== ownerOrganisationId)
          .map((o) => (
            <Checkbox
              key={o.id}
              label={o.name}
              checked={extras.organisationIds.includes(o.id)}
              aria-invalid={organisationsError ? true : undefined}
              onChange={(e) => toggleOrganisation(o.id, e.target.checked)}
            />
          ))}
      </ChoiceFieldset>
      <CoordinatorPicker
        programId={program?.id}
        chosen={extras.coordinators}
        creatorIncluded={!program}
        error={coordinatorsError}
        onChange={(coordinators, added) => {
          form.setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'coordinatorIds')));
          setExtras((x) => ({
            ...x,
            coordinators,
            // A coordinator from a member organisation brings their organisation into the program.
            organisationIds:
              added && !x.organisationIds.includes(added.organisationId) ? [...x.organisationIds, added.organisationId] : x.organisationIds,
          }));
        }}
      />
      <Checkbox
        label={t('programs:programForm.requiresManagerConfirmation')}
        description={t('programs:programForm.requiresManagerConfirmationHelp')}
        checked={extras.requiresManagerConfirmation}
        onChange={(e) => {
          setConfirmationSet(true);
          setExtras((x) => ({ ...x, requiresManagerConfirmation: e.target.checked }));
        }}
      />
      <Checkbox
        label={t('programs:programForm.mentorsMustBeNominated')}
        description={t('programs:programForm.mentorsMustBeNominatedHelp')}
        checked={extras.mentorsMustBeNominated}
        onChange={(e) => setExtras((x) => ({ ...x, mentorsMustBeNominated: e.target.checked }))}
      />
      {PROGRAM_ROLES.map((role) => (
        <RulesEditor key={role} role={role} rules={extras.rules[role]} onChange={(rules) => setRules(role, rules)} errorText={errorText} />
      ))}
    </>
  );

  if (guided)
    return (
      <form ref={form.formRef} onSubmit={(event) => void next(event)} noValidate className="form form--wide">
        <FormErrorSummary summary={form.summary} />
        <GuideStepHeading ref={stepHeading} index={stepIndex} />
        {step === 'basics' ? (
          <>
            {nameField}
            <ProgramTypeChoice
              value={form.values.type}
              onChange={(type) => {
                form.set('type', type);
                changeType(type);
              }}
            />
            <LanguageFields {...fieldProps} />
            <ContactFields {...fieldProps} />
          </>
        ) : null}
        {step === 'dates' ? (
          <>
            <DateFields {...fieldProps} />
            <MeetingFields {...fieldProps} />
          </>
        ) : null}
        {step === 'who' ? whoFields : null}
        {step === 'costs' ? <CostFields {...fieldProps} /> : null}
        {step === 'texts' ? texts : null}
        {step === 'summary' ? (
          <GuideSummary values={form.values} extras={extras} owner={owner} organisations={organisations} onChange={goTo} />
        ) : null}
        <ErrorAlert error={step === 'summary' ? form.serverError : null} />
        <GuideActions
          index={stepIndex}
          pending={pending}
          submitLabel={submitLabel}
          onBack={() => goTo(stepIndex - 1)}
          onCancel={onCancel}
        />
      </form>
    );

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="form form--wide">
      <FormErrorSummary summary={form.summary} />
      <Paragraph data-size="sm">{t('programs:guide.marks')}</Paragraph>
      <section aria-labelledby="about-heading" className="form__section">
        <Heading level={2} data-size="sm" id="about-heading">
          {t('programs:programForm.aboutHeading')}
        </Heading>
        {nameField}
        <SelectField
          label={t('programs:programForm.type')}
          options={PROGRAM_TYPES.map((v) => ({ value: v, label: t(`programs:programType.${v}`) }))}
          {...typeField}
          onChange={(event) => {
            typeField.onChange(event);
            changeType(event.target.value);
          }}
        />
        {texts}
      </section>
      <PracticalFields {...fieldProps} />
      <section aria-labelledby="who-heading" className="form__section">
        <Heading level={2} data-size="sm" id="who-heading">
          {t('programs:programForm.whoHeading')}
        </Heading>
        {whoFields}
      </section>
      <ErrorAlert error={form.formError(knownFields)} />
      <div className="form__actions">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
