import { Button, Textfield } from '@digdir/designsystemet-react';
import { contactInputSchema, type Contact } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { useSaveContact } from './api';

const FIELDS = ['name', 'email', 'phone'] as const;

/** One organisation's contact person: name, e-mail and (optionally) phone, checked by the core contract. */
export function ContactForm({
  programId,
  organisationId,
  contact,
  onDone,
}: {
  programId: string;
  organisationId: string;
  contact: Contact | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveContact(programId);
  const form = useForm(
    { name: contact?.name ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '' },
    { schema: contactInputSchema, toInput: (v) => ({ ...v, phone: v.phone.trim() || null }) },
  );

  const onSubmit = form.submitParsed(async (input) => {
    await save.mutateAsync({ organisationId, input });
    onDone();
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('contacts:name')} required autoComplete="off" {...form.bind('name')} />
      <Textfield label={t('contacts:email')} type="email" required autoComplete="off" {...form.bind('email')} />
      <Textfield label={t('contacts:phone')} type="tel" autoComplete="off" {...form.bind('phone')} />
      <ErrorAlert error={form.formError(FIELDS)} />
      <div className="form__actions">
        <Button type="submit" loading={save.isPending}>
          {t('contacts:save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
