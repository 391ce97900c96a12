import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useForm } from '../../lib/form';
import { passwordResetSchema } from '@lots/core';
import { useResetPassword } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

export type ResetSearch = { token?: string; error?: string };

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning">
      <Paragraph>{t('auth:reset.invalidToken')}</Paragraph>
      <Paragraph>
        <AppLink to="/forgot-password">{t('auth:reset.requestNew')}</AppLink>
      </Paragraph>
    </Alert>
  );
}

const isTokenError = (error: unknown) =>
  error instanceof ApiError &&
  (error.rawCode === 'INVALID_TOKEN' || (error.code === 'validation' && !error.field && /token/i.test(error.message)));

/** Reached from the e-mail link: /reset-password?token=… (or ?error=INVALID_TOKEN when the link was bad). */
export function ResetPasswordPage({ search }: { search: ResetSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const token = search.token;
  const form = useForm({ newPassword: '' }, { schema: passwordResetSchema, toInput: (v) => ({ ...v, token: token ?? '' }) });

  const onSubmit = form.submitParsed(async (input) => {
    await reset.mutateAsync(input);
    await navigate({ to: '/sign-in', search: { notice: 'password-changed' } });
  });

  const invalid = !token || Boolean(search.error) || isTokenError(form.serverError);

  return (
    <Page title={t('auth:reset.heading')} lead={t('auth:reset.intro')} narrow>
      {invalid ? (
        <InvalidLink />
      ) : (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
          <FormErrorSummary summary={form.summary} />
          <Textfield
            label={t('auth:reset.password')}
            description={t('common:common.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            {...form.bind('newPassword')}
          />
          <ErrorAlert error={form.formError(['newPassword'])} />
          <div className="form__actions">
            <Button type="submit" loading={reset.isPending}>
              {t('auth:reset.submit')}
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
