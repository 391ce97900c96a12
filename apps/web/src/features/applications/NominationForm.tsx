import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { ApiError } from '../../api/errors';
import { useForm } from '../../lib/form';
import { nominationInputSchema, PROGRAM_ROLES } from '@lots/core';
import { SelectField } from '../../components/SelectField';
import { useNominate } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/**
 * Someone with staff responsibility, or a coordinator, nominates a mentor or an adept: the nominee
 * is mailed and invited to apply. Shown only to those who may nominate (`can.nominate`).
 */
export function NominationForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const nominate = useNominate(programId);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm(
    { role: 'mentor', name: '', email: '', motivation: '' },
    { schema: nominationInputSchema, toInput: (v) => ({ ...v, email: v.email.trim(), motivation: v.motivation.trim() || null }) },
  );

  const onSubmit = form.submitParsed(async (input) => {
    setDone(null);
    const result = await nominate.mutateAsync(input);
    setDone(t('applications:nominate.done', { name: result.nomineeName, email: result.nomineeEmail }));
    form.setValues({ role: input.role, name: '', email: '', motivation: '' });
  });

  const error = form.serverError;
  const emailProblem =
    error instanceof ApiError && error.field === 'email'
      ? error.code === 'conflict'
        ? t('applications:nominate.already')
        : t('applications:nominate.unknownPerson')
      : undefined;

  return (
    <section aria-labelledby="nominate-heading" className="section section--narrow">
      <Heading level={2} data-size="sm" id="nominate-heading">
        {t('applications:nominate.heading')}
      </Heading>
      <Paragraph>{t('applications:nominate.intro')}</Paragraph>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <SelectField
          label={t('applications:nominate.role')}
          options={PROGRAM_ROLES.map((role) => ({ value: role, label: t(`applications:nominate.roles.${role}`) }))}
          {...form.bind('role')}
        />
        <Textfield label={t('applications:nominate.name')} required autoComplete="off" {...form.bind('name')} />
        <Textfield
          label={t('applications:nominate.email')}
          type="email"
          required
          autoComplete="off"
          {...form.bind('email')}
          error={emailProblem ?? form.errorText('email')}
        />
        <Textfield label={t('applications:nominate.motivation')} multiline rows={3} {...form.bind('motivation')} />
        <div aria-live="polite">{done ? <Notice>{done}</Notice> : null}</div>
        <ErrorAlert error={emailProblem ? null : form.formError(['role', 'name', 'email', 'motivation'])} />
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={nominate.isPending}>
            {t('applications:nominate.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
