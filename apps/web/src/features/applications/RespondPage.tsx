import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../i18n';
import { ApiError } from '../../api/errors';
import { focusFirstInvalid } from '../../lib/form';
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
  const [choice, setChoice] = useState('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const pending = confirm.isPending || recommend.isPending;
  const error = confirm.error ?? recommend.error;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!choice) {
      setMissing(true);
      return focusFirstInvalid(form);
    }
    const note = comment.trim() || null;
    if (view.kind === 'confirmation')
      confirm.mutate({ decision: choice as 'confirmed' | 'declined', comment: note }, { onSuccess: onDone });
    else recommend.mutate({ verdict: choice as 'recommend' | 'advise_against', comment: note }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ChoiceFieldset
        legend={t(`applications:respond.legend.${view.kind}`)}
        error={missing ? t('applications:respond.chooseOne') : undefined}
      >
        {OPTIONS[view.kind].map((option) => (
          <Radio
            key={option}
            name="answer"
            value={option}
            label={t(`applications:respond.option.${option}`)}
            checked={choice === option}
            aria-invalid={missing ? true : undefined}
            onChange={() => {
              setChoice(option);
              setMissing(false);
            }}
          />
        ))}
      </ChoiceFieldset>
      <Textfield
        label={t('applications:respond.comment')}
        description={t(`applications:respond.commentHelp.${view.kind}`)}
        multiline
        rows={4}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
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
