import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { passwordResetRequestSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useForm } from '../../lib/form';
import { useRequestPasswordReset } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ email: '' }, { schema: passwordResetRequestSchema, toInput: (v) => ({ email: v.email.trim() }) });
  const onSubmit = form.submitParsed((input) => request.mutateAsync(input.email));
  return (
    <Page title={t('auth:forgot.heading')} lead={t('auth:forgot.intro')} narrow>
      {request.isSuccess ? (
        <Notice>{t('auth:forgot.sent', { email: request.variables })}</Notice>
      ) : (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
          <FormErrorSummary summary={form.summary} />
          <Textfield label={t('auth:forgot.email')} type="email" autoComplete="email" required {...form.bind('email')} />
          <ErrorAlert error={form.serverError} />
          <div className="form__actions">
            <Button type="submit" loading={request.isPending}>
              {t('auth:forgot.submit')}
            </Button>
          </div>
        </form>
      )}
      <Paragraph>
        <AppLink to="/sign-in">{t('common:common.backToSignIn')}</AppLink>
      </Paragraph>
    </Page>
  );
}
