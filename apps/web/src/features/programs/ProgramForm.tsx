import { useMemo, useRef, useState } from 'react';
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
  initialExtras,
  initialValues,
  ruleField,
  toProgramInput,
  type ProgramFormExtras,
  type ProgramFormValues,
} from './programValues';
import { PracticalFields } from './PracticalFields';
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

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="form form--wide">
      <FormErrorSummary summary={form.summary} />
      <section aria-labelledby="about-heading" className="form__section">
        <Heading level={2} data-size="sm" id="about-heading">
          {t('programs:programForm.aboutHeading')}
        </Heading>
        <Textfield label={t('programs:programForm.name')} required {...bind('name')} />
        <SelectField
          label={t('programs:programForm.type')}
          options={PROGRAM_TYPES.map((v) => ({ value: v, label: t(`programs:programType.${v}`) }))}
          {...typeField}
          onChange={(event) => {
            typeField.onChange(event);
            if (!confirmationSet) setExtras((x) => ({ ...x, requiresManagerConfirmation: confirmationByDefault(event.target.value) }));
          }}
        />
        <Textfield label={t('programs:programForm.purpose')} multiline rows={3} {...bind('purpose')} />
        <Textfield label={t('programs:programForm.goals')} multiline rows={3} {...bind('goals')} />
        <Textfield label={t('programs:programForm.expectationsAdept')} multiline rows={3} {...bind('expectationsAdept')} />
        <Textfield label={t('programs:programForm.expectationsMentor')} multiline rows={3} {...bind('expectationsMentor')} />
      </section>
      <PracticalFields form={form} extras={extras} setExtras={setExtras} />
      <section aria-labelledby="who-heading" className="form__section">
        <Heading level={2} data-size="sm" id="who-heading">
          {t('programs:programForm.whoHeading')}
        </Heading>
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
                added && !x.organisationIds.includes(added.organisationId)
                  ? [...x.organisationIds, added.organisationId]
                  : x.organisationIds,
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
          <RulesEditor
            key={role}
            role={role}
            rules={extras.rules[role]}
            onChange={(rules) => setRules(role, rules)}
            errorText={errorText}
          />
        ))}
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
