import { lazy, Suspense, useState } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { usePlainForm } from '../../lib/plain-form';
import { safeRedirect } from '../../lib/redirect';
import { collect, email, required } from '../../lib/validate';
import { useSetupStatus } from '../setup';
import { useSignIn } from './api';
import { MagicLinkSection } from './MagicLinkSection';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/** Shown only by a server with the demo world: loaded only there (decision 0183). */
const DemoAccounts = lazy(() => import('./DemoAccounts').then((m) => ({ default: m.DemoAccounts })));

export type SignInSearch = { redirect?: string; error?: string; notice?: 'password-changed' };

export function SignInPage({ search }: { search: SignInSearch }) {
  const { t } = useTranslation();
  const router = useRouter();
  const status = useSetupStatus();
  const signIn = useSignIn();
  // Not useForm with the core's signInInputSchema: the sign-in page is a first page, and react-hook-form
  // and zod stay off it (decision 0183). The same rules; the server checks with the schema.
  const form = usePlainForm({ email: '', password: '' });
  const [magicError, setMagicError] = useState<string | undefined>();

  const onSubmit = form.submit(
    (v) =>
      collect({ email: email(v.email), password: required(v.password) ?? (v.password.length > 128 ? 'common:errors.tooLong' : undefined) }),
    async (v) => {
      await signIn.mutateAsync({ email: v.email.trim().toLowerCase(), password: v.password });
      router.history.push(safeRedirect(search.redirect));
    },
  );

  const emailError = magicError ?? form.errorText('email');

  return (
    <Page title={t('auth:signIn.heading')} lead={t('auth:signIn.intro')} narrow>
      {search.notice === 'password-changed' ? <Notice>{t('auth:signIn.passwordChanged')}</Notice> : null}
      {search.error ? <Notice color="warning">{t('auth:signIn.linkInvalid')}</Notice> : null}
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <Textfield
          label={t('auth:signIn.email')}
          type="email"
          autoComplete="username"
          required
          {...form.bind('email')}
          onChange={(e) => {
            setMagicError(undefined);
            form.set('email', e.target.value);
          }}
          error={emailError}
        />
        <Textfield label={t('auth:signIn.password')} type="password" autoComplete="current-password" required {...form.bind('password')} />
        <ErrorAlert error={form.serverError} messages={{ unauthenticated: t('auth:signIn.invalidCredentials') }} />
        <div className="form__actions">
          <Button type="submit" loading={signIn.isPending}>
            {t('auth:signIn.submit')}
          </Button>
          <AppLink to="/forgot-password">{t('auth:signIn.forgot')}</AppLink>
        </div>
      </form>
      {status.data?.magicLink ? (
        <MagicLinkSection
          email={form.values.email}
          onMissingEmail={() => {
            setMagicError(t('auth:signIn.magicNeedsEmail'));
            window.setTimeout(() => form.formRef.current?.querySelector<HTMLInputElement>('input[name="email"]')?.focus(), 0);
          }}
        />
      ) : null}
      {status.data?.demo ? (
        <Suspense fallback={null}>
          <DemoAccounts
            accounts={status.data.demoAccounts}
            onUse={(address, password) => {
              form.setValues({ email: address, password });
              form.setErrors({});
              form.formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </Page>
  );
}
