import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { confirmationResponseSchema, recommendationResponseSchema } from '@lots/core';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../i18n';
import { ApiError } from '../../api/errors';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useConfirm, useRecommend, useResponseLink, type TokenView } from './api';

/** /respond/$token: a manager confirms (or declines) an adept's mentorship, or someone recommends an applicant. No account needed. */
export function RespondPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const link = useResponseLink(token);
  const view = link.data;
  const title = view ? t(`applications:respond.heading.${view.kind}`) : t('applications:respond.title');

  let body;
  if (link.isPending) body = <Loading />;
  else if (link.error) {
    body =
      link.error instanceof ApiError && (link.error.code === 'not_found' || link.error.code === 'validation') ? (
        <Alert data-color="warning">
          <Paragraph>{t('applications:respond.notFound')}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={link.error} />
      );
  } else body = <ResponseBody token={token} view={link.data} />;

  return (
    <Page title={title} narrow>
      {body}
    </Page>
  );
}

function ResponseBody({ token, view }: { token: string; view: TokenView }) {
  const { t } = useTranslation();
  const [thanks, setThanks] = useState(false);
  const values = {
    applicant: view.applicantName,
    organisation: view.organisationName,
    program: view.programName ?? '',
    role: t(`applications:respond.role.${view.role}`),
  };
  return (
    <>
      <Paragraph>
        {view.programName === null ? t('applications:respond.introUnnamed', values) : t(`applications:respond.intro.${view.kind}`, values)}
      </Paragraph>
      {view.programPurpose ? (
        <div className="program-text">
          <Heading level={2} data-size="xs">
            {t('applications:respond.purposeHeading')}
          </Heading>
          <Paragraph className="pre-line">{view.programPurpose}</Paragraph>
        </div>
      ) : null}
      {view.kind === 'confirmation' ? (
        <Paragraph>{t('applications:respond.confirmationAsk', values)}</Paragraph>
      ) : (
        <Paragraph>{t('applications:respond.recommendationAsk', values)}</Paragraph>
      )}
      {thanks || view.status === 'answered' ? (
        <Alert data-color="success" role="status">
          <Paragraph>{thanks ? t('applications:respond.thanks') : t('applications:respond.answered')}</Paragraph>
        </Alert>
      ) : view.status === 'expired' ? (
        <Alert data-color="warning">
          <Paragraph>{t('applications:respond.expired', { date: formatDateTime(view.expiresAt) })}</Paragraph>
        </Alert>
      ) : (
        <ResponseForm token={token} view={view} onDone={() => setThanks(true)} />
      )}
    </>
  );
}

const OPTIONS = {
  confirmation: ['confirmed', 'declined'],
  recommendation: ['recommend', 'advise_against'],
} as const;

function ResponseForm({ token, view, onDone }: { token: string; view: TokenView; onDone: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirm(token);
  const recommend = useRecommend(token);
  // Two contracts behind one form: the manager's confirmation (`decision`) or the recommendation (`verdict`).
  const field = view.kind === 'confirmation' ? 'decision' : 'verdict';
  const chooseOne = messageKey('applications:respond.chooseOne');
  const form = useForm({ [field]: '', comment: '' } as Record<'decision' | 'verdict' | 'comment', string>, {
    schema: view.kind === 'confirmation' ? confirmationResponseSchema : recommendationResponseSchema,
    toInput: (v) => ({ [field]: v[field] || undefined, comment: (v.comment ?? '').trim() || null }),
    messages: { [field]: chooseOne },
  });
  const pending = confirm.isPending || recommend.isPending;
  const error = confirm.error ?? recommend.error;

  const onSubmit = form.submitParsed(async (input) => {
    if ('decision' in input) await confirm.mutateAsync(input);
    else await recommend.mutateAsync(input);
    onDone();
  });
  const missing = form.errors[field] !== undefined;

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <ChoiceFieldset legend={t(`applications:respond.legend.${view.kind}`)} error={form.errorText(field)}>
        {OPTIONS[view.kind].map((option) => (
          <Radio
            key={option}
            name={field}
            value={option}
            label={t(`applications:respond.option.${option}`)}
            checked={form.values[field] === option}
            aria-invalid={missing ? true : undefined}
            onChange={() => form.set(field, option)}
          />
        ))}
      </ChoiceFieldset>
      <Textfield
        label={t('applications:respond.comment')}
        description={t(`applications:respond.commentHelp.${view.kind}`)}
        multiline
        rows={4}
        {...form.bind('comment')}
      />
      <ErrorAlert error={error} messages={{ conflict: t('applications:respond.conflict') }} />
      <div className="form__actions">
        <Button type="submit" loading={pending}>
          {t('applications:respond.submit')}
        </Button>
      </div>
    </form>
  );
}
