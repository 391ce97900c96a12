import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { setupInputSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useCountryOptions, useKindOptions } from '../../components/labels';
import { currentLocale } from '../../i18n';
import { useForm } from '../../lib/form';
import { useSignIn } from '../auth';
import { useSetup } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const FIELDS = ['organisation.name', 'organisation.kind', 'organisation.country', 'admin.name', 'admin.email', 'admin.password'] as const;

/** First run: the organisation and its first administrator, then straight in. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setup = useSetup();
  const signIn = useSignIn();
  const kinds = useKindOptions();
  const countries = useCountryOptions();
  const form = useForm(
    {
      'organisation.name': '',
      'organisation.kind': 'agency',
      'organisation.country': currentLocale() === 'nb' ? 'NO' : 'SE',
      'admin.name': '',
      'admin.email': '',
      'admin.password': '',
    },
    {
      schema: setupInputSchema,
      toInput: (v) => ({
        organisation: { name: v['organisation.name'], kind: v['organisation.kind'], country: v['organisation.country'] },
        admin: { name: v['admin.name'], email: v['admin.email'].trim(), password: v['admin.password'], locale: currentLocale() },
      }),
    },
  );

  const onSubmit = form.submitParsed(async (input) => {
    if (!setup.isSuccess) await setup.mutateAsync(input);
    await signIn.mutateAsync({ email: input.admin.email, password: input.admin.password });
    await navigate({ to: '/' });
  });

  return (
    <Page title={t('setup:heading')} lead={t('setup:intro')} narrow>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <Fieldset>
          <Fieldset.Legend>{t('setup:organisationLegend')}</Fieldset.Legend>
          <Textfield label={t('setup:organisationName')} autoComplete="organization" required {...form.bind('organisation.name')} />
          <SelectField label={t('setup:kind')} options={kinds} {...form.bind('organisation.kind')} />
          <SelectField label={t('setup:country')} options={countries} {...form.bind('organisation.country')} />
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('setup:adminLegend')}</Fieldset.Legend>
          <Textfield label={t('setup:adminName')} autoComplete="name" required {...form.bind('admin.name')} />
          <Textfield label={t('setup:email')} type="email" autoComplete="username" required {...form.bind('admin.email')} />
          <Textfield
            label={t('setup:password')}
            description={t('common:common.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            {...form.bind('admin.password')}
          />
        </Fieldset>
        <ErrorAlert error={form.formError(FIELDS)} messages={{ forbidden: t('setup:alreadyDone'), conflict: t('setup:alreadyDone') }} />
        <div className="form__actions">
          <Button type="submit" loading={setup.isPending || signIn.isPending}>
            {t('setup:submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
