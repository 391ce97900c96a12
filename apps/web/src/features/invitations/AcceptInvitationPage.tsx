import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { currentLocale, formatDateTime } from '../../i18n';
import { ApiError } from '../../api/errors';
import { useForm } from '../../lib/form';
import { acceptInvitationSchema } from '@lots/core';
import { useSignIn } from '../auth';
import { useAcceptInvitation, useInvitation, type InvitationView } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const STATUS_TEXT = { expired: 'invitations:expired', accepted: 'invitations:accepted', revoked: 'invitations:revoked' } as const;

/** /invitation/$token: the invited person picks a name and password, and is signed in. A malformed token is a 400: shown as not found. */
export function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);

  let body;
  if (invitation.isPending) body = <Loading />;
  else if (invitation.error) {
    body =
      invitation.error instanceof ApiError && (invitation.error.code === 'not_found' || invitation.error.code === 'validation') ? (
        <Alert data-color="warning">
          <Paragraph>{t('invitations:notFound')}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={invitation.error} />
      );
  } else if (invitation.data.status !== 'pending') {
    body = (
      <Alert data-color="warning">
        <Paragraph>{t(STATUS_TEXT[invitation.data.status])}</Paragraph>
        <Paragraph>
          <AppLink to="/sign-in">{t('common:common.backToSignIn')}</AppLink>
        </Paragraph>
      </Alert>
    );
  } else body = <AcceptForm token={token} invitation={invitation.data} />;

  return (
    <Page
      title={t('invitations:heading')}
      lead={invitation.data ? t('invitations:intro', { organisation: invitation.data.organisationName }) : undefined}
      narrow
    >
      {body}
    </Page>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const signIn = useSignIn();
  const form = useForm(
    { name: invitation.name, password: '' },
    { schema: acceptInvitationSchema, toInput: (v) => ({ ...v, locale: currentLocale() }) },
  );

  const onSubmit = form.submitParsed(async (input) => {
    const result = accept.isSuccess && accept.data ? accept.data : await accept.mutateAsync(input);
    await signIn.mutateAsync({ email: result.email || invitation.email, password: input.password });
    await navigate({ to: '/' });
  });

  return (
    <>
      <dl className="facts">
        <dt>{t('invitations:organisation')}</dt>
        <dd>{invitation.organisationName}</dd>
        <dt>{t('invitations:email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('invitations:expires')}</dt>
        <dd>{formatDateTime(invitation.expiresAt)}</dd>
      </dl>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <Textfield label={t('invitations:name')} autoComplete="name" required {...form.bind('name')} />
        <Textfield
          label={t('invitations:password')}
          description={t('common:common.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          {...form.bind('password')}
        />
        <ErrorAlert error={form.formError(['name', 'password'])} />
        <div className="form__actions">
          <Button type="submit" loading={accept.isPending || signIn.isPending}>
            {t('invitations:submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
