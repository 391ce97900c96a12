import { useRef } from 'react';
import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { ROLES, personInputSchema, type Locale, type Person, type Role, type Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, type Option } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { unitOptions } from '../units';
import { useCreatePerson, useInvitePerson, usePeople, useUpdatePerson } from './api';
import { toPersonInput, type PersonFormValues } from './personInput';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const FIELDS = ['name', 'email', 'title', 'unitId', 'managerId', 'managerEmail', 'roles'] as const;

type PersonFormProps = {
  orgId: string;
  units: readonly Unit[];
  /** Edit this person; without it the form adds a new one. */
  person?: Person;
  inviteLocale: Locale;
  onCancel: () => void;
  onDone: (message: string) => void;
};

export function PersonForm({ orgId, units, person, inviteLocale, onCancel, onDone }: PersonFormProps) {
  const { t } = useTranslation();
  const create = useCreatePerson(orgId);
  const invite = useInvitePerson(orgId);
  const update = useUpdatePerson(orgId);
  const candidates = usePeople(orgId, { limit: 500, offset: 0 });
  const intent = useRef<'save' | 'invite'>('save');
  // The roles are one field (joined by commas); the contract's list of roles.
  const rolesOf = (v: string) => (v ? (v.split(',') as Role[]) : []);
  const form = useForm<PersonFormValues & { roles: string }, typeof personInputSchema>(
    {
      name: person?.name ?? '',
      email: person?.email ?? '',
      title: person?.title ?? '',
      unitId: person?.unitId ?? '',
      managerId: person?.managerId ?? '',
      managerEmail: '',
      roles: (person?.roles ?? ['participant']).join(','),
    },
    { schema: personInputSchema, toInput: (v) => toPersonInput(v, rolesOf(v.roles)) },
  );
  const roles = rolesOf(form.values.roles);

  const managers: Option[] = (candidates.data?.items ?? [])
    .filter((p) => p.id !== person?.id)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));
  if (person?.managerId && !managers.some((m) => m.value === person.managerId)) {
    managers.unshift({ value: person.managerId, label: person.managerName ?? person.managerEmail ?? person.managerId });
  }

  const onSubmit = form.submitParsed(async (input) => {
    if (person) {
      const saved = await update.mutateAsync({ personId: person.id, patch: input });
      onDone(t('people:list.updated', { name: saved.name }));
    } else if (intent.current === 'invite') {
      const saved = await invite.mutateAsync({ ...input, locale: inviteLocale });
      onDone(t('people:list.invited', { email: saved.email }));
    } else {
      const saved = await create.mutateAsync(input);
      onDone(t('people:list.added', { name: saved.name }));
    }
  });

  const rolesError = form.errorText('roles');
  const pending = create.isPending || invite.isPending || update.isPending;
  const serverError = form.formError(FIELDS);

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('people:personForm.name')} required autoComplete="off" {...form.bind('name')} />
      <Textfield label={t('people:personForm.email')} type="email" required autoComplete="off" {...form.bind('email')} />
      <Textfield label={t('people:personForm.jobTitle')} {...form.bind('title')} />
      <SelectField
        label={t('people:personForm.unit')}
        options={[{ value: '', label: t('people:personForm.noUnit') }, ...unitOptions(units)]}
        {...form.bind('unitId')}
      />
      <SelectField
        label={t('people:personForm.manager')}
        options={[{ value: '', label: t('people:personForm.noManager') }, ...managers]}
        {...form.bind('managerId')}
      />
      {form.values.managerId ? null : (
        <Textfield
          label={t('people:personForm.managerEmail')}
          description={t('people:personForm.managerEmailHint')}
          type="email"
          {...form.bind('managerEmail')}
        />
      )}
      <Fieldset>
        <Fieldset.Legend>{t('people:personForm.roles')}</Fieldset.Legend>
        {ROLES.map((role) => (
          <Checkbox
            key={role}
            label={t(`common:roles.${role}`)}
            value={role}
            checked={roles.includes(role)}
            aria-invalid={rolesError ? true : undefined}
            onChange={(e) => form.set('roles', (e.target.checked ? [...roles, role] : roles.filter((r) => r !== role)).join(','))}
          />
        ))}
        {rolesError ? <ValidationMessage>{rolesError}</ValidationMessage> : null}
      </Fieldset>
      <ErrorAlert error={serverError} messages={{ conflict: t('people:list.emailTaken') }} />
      <div className="form__actions">
        {person ? (
          <Button type="submit" loading={pending}>
            {t('people:personForm.save')}
          </Button>
        ) : (
          <>
            <Button type="submit" loading={pending && intent.current === 'save'} onClick={() => (intent.current = 'save')}>
              {t('people:personForm.add')}
            </Button>
            <Button
              type="submit"
              variant="secondary"
              loading={pending && intent.current === 'invite'}
              onClick={() => (intent.current = 'invite')}
            >
              {t('people:personForm.addAndInvite')}
            </Button>
          </>
        )}
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
