import { Button, Textfield } from '@digdir/designsystemet-react';
import { organisationInputSchema, type Organisation, type OrganisationInput } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useCountryOptions, useKindOptions } from '../../components/labels';
import { useForm } from '../../lib/form';
import { FormErrorSummary } from '../../components/FormErrorSummary';

type OrganisationFormProps = {
  initial?: Pick<Organisation, 'name' | 'kind' | 'country'>;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: OrganisationInput) => Promise<unknown>;
  /** Clear the form after a successful submit (create). */
  resetOnSuccess?: boolean;
  disabled?: boolean;
};

export function OrganisationForm({ initial, submitLabel, pending, onSubmit, resetOnSuccess, disabled }: OrganisationFormProps) {
  const { t } = useTranslation();
  const kinds = useKindOptions();
  const countries = useCountryOptions();
  const empty = { name: '', kind: 'agency', country: 'SE' };
  const form = useForm(initial ? { name: initial.name, kind: initial.kind as string, country: initial.country as string } : empty, {
    schema: organisationInputSchema,
  });

  const submit = form.submitParsed(async (input) => {
    await onSubmit(input);
    if (resetOnSuccess) form.setValues(empty);
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('organisations:organisation.name')} required readOnly={disabled} {...form.bind('name')} />
      <SelectField label={t('organisations:organisation.kind')} options={kinds} disabled={disabled} {...form.bind('kind')} />
      <SelectField label={t('organisations:organisation.country')} options={countries} disabled={disabled} {...form.bind('country')} />
      <ErrorAlert error={form.formError(['name', 'kind', 'country'])} />
      {disabled ? null : (
        <div className="form__actions">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
