import { Radio, Textfield } from '@digdir/designsystemet-react';
import { MEETING_PREFERENCES, type ProgramRole } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { SelectField } from '../../components/SelectField';
import type { useForm } from '../../lib/form';
import type { FormNeeds, ProfileValues } from './applicationValues';

export type ProfileForm = ReturnType<typeof useForm<ProfileValues>>;

type RadioGroupProps = {
  legend: string;
  name: keyof ProfileValues;
  options: { value: string; label: string }[];
  form: ProfileForm;
  description?: string;
};

export function RadioGroup({ legend, name, options, form, description }: RadioGroupProps) {
  const error = form.errorText(name);
  return (
    <ChoiceFieldset legend={legend} description={description} error={error}>
      {options.map((o) => (
        <Radio
          key={o.value}
          name={name}
          value={o.value}
          label={o.label}
          checked={form.values[name] === o.value}
          aria-invalid={error ? true : undefined}
          onChange={() => form.set(name, o.value)}
        />
      ))}
    </ChoiceFieldset>
  );
}

/** The standard profile questions every application has; birth year only with an age rule. */
export function ProfileFields({ form, role, needs }: { form: ProfileForm; role: ProgramRole; needs: FormNeeds }) {
  const { t } = useTranslation();
  const { bind } = form;
  const yesNo = [
    { value: 'yes', label: t('common:common.yes') },
    { value: 'no', label: t('common:common.no') },
  ];
  return (
    <>
      <div className="form__grid">
        <Textfield label={t('applications:apply.title')} autoComplete="organization-title" {...bind('title')} />
        <Textfield label={t('applications:apply.unitName')} {...bind('unitName')} />
      </div>
      <Textfield
        label={t('applications:apply.yearsAsManager')}
        description={t('applications:apply.yearsAsManagerHelp')}
        inputMode="decimal"
        {...bind('yearsAsManager')}
      />
      <RadioGroup legend={t('applications:apply.staffResponsibility')} name="staffResponsibility" options={yesNo} form={form} />
      {needs.birthYear ? (
        <Textfield
          label={t('applications:apply.birthYear')}
          description={t('applications:apply.birthYearHelp')}
          inputMode="numeric"
          {...bind('birthYear')}
        />
      ) : null}
      <Textfield label={t(`applications:apply.developmentGoals.${role}`)} multiline rows={4} {...bind('developmentGoals')} />
      {role === 'adept' ? (
        <Textfield
          label={t('applications:apply.wishes')}
          description={t('applications:apply.wishesHelp')}
          multiline
          rows={3}
          {...bind('wishes')}
        />
      ) : null}
      <Textfield
        label={t('applications:apply.competenceAreas')}
        description={t('applications:apply.listHelp')}
        {...bind('competenceAreas')}
      />
      <Textfield label={t('applications:apply.interests')} description={t('applications:apply.listHelp')} {...bind('interests')} />
      <Textfield label={t('applications:apply.languages')} description={t('applications:apply.languagesHelp')} {...bind('languages')} />
      <Textfield label={t('applications:apply.location')} {...bind('location')} />
      <RadioGroup
        legend={t('applications:apply.meetingPreference')}
        name="meetingPreference"
        options={MEETING_PREFERENCES.map((m) => ({ value: m, label: t(`applications:meetingPreference.${m}`) }))}
        form={form}
      />
      <Textfield
        label={t('applications:apply.availability')}
        description={t('applications:apply.availabilityHelp')}
        {...bind('availability')}
      />
      {needs.mentorCapacity ? (
        <SelectField
          label={t('applications:apply.mentorCapacity')}
          options={[
            { value: '', label: t('applications:apply.mentorCapacityUnset') },
            ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
          ]}
          {...bind('mentorCapacity')}
        />
      ) : null}
      <Textfield
        label={t('applications:apply.tooClose')}
        description={t('applications:apply.tooCloseHelp')}
        multiline
        rows={3}
        {...bind('tooClose')}
      />
    </>
  );
}
