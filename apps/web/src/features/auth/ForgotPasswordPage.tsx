import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useForm } from '../../lib/form';
import { collect, email } from '../../lib/validate';
import { useRequestPasswordReset } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ email: '' });
  const onSubmit = form.submit(
    (v) => collect({ email: email(v.email) }),
    (v) => request.mutateAsync(v.email.trim()),
  );
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
