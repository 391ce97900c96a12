import { Alert, Button, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { rsvpInputSchema, type EventAnswerView } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useForm } from '../../lib/form';
import { currentLocale } from '../../i18n';
import { useQuery } from '@tanstack/react-query';
import { eventAnswerQuery, useAnswerByLink } from './api';
import { formatEventTime } from './eventTime';

const RESPONSES = ['yes', 'maybe', 'no'] as const;

/**
 * /event-answer/$token: the answer link of an invitation mail. No sign-in: the link answers in its
 * recipient's name, in the mail's language (the link carries it). A series is answered from this date on.
 */
export function EventAnswerPage({ token }: { token: string }) {
  const { t } = useTranslation();
  // The page's language (re-read when it changes: useTranslation re-renders), so the title is the mail's.
  const view = useQuery(eventAnswerQuery(token, currentLocale()));
  let body;
  if (view.isPending) body = <Loading />;
  else if (view.error)
    body =
      view.error instanceof ApiError && (view.error.code === 'not_found' || view.error.code === 'validation') ? (
        <Alert data-color="warning">
          <Paragraph>{t('events:answerPage.notFound')}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={view.error} />
      );
  else body = <AnswerBody token={token} view={view.data} />;
  return (
    <Page title={view.data ? view.data.title : t('events:answerPage.loadingTitle')} lead={view.data?.programName} narrow>
      {body}
    </Page>
  );
}

function AnswerBody({ token, view }: { token: string; view: EventAnswerView }) {
  const { t } = useTranslation();
  const answer = useAnswerByLink(token);
  const mine = view.invitation;
  const form = useForm(
    { response: mine.response === 'pending' ? '' : mine.response, attendMode: mine.attendMode ?? '' },
    {
      schema: rsvpInputSchema,
      toInput: (v) => ({
        response: v.response || undefined,
        attendMode: view.mode === 'both' && v.response === 'yes' ? v.attendMode || undefined : null,
      }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await answer.mutateAsync(input);
  });
  const past = new Date(view.endsAt).getTime() < Date.now();
  const where = [view.location, view.mode !== 'physical' ? t(`events:mode.${view.mode}`) : null].filter(Boolean).join(' · ');
  return (
    <>
      <section aria-labelledby="answer-event-heading" className="section">
        <Heading level={2} data-size="xs" id="answer-event-heading">
          {t('events:answerPage.eventHeading')}
        </Heading>
        <dl className="facts facts--stack">
          <dt>{t('events:startsAt')}</dt>
          <dd>
            <time dateTime={view.startsAt}>{formatEventTime(view.startsAt, view.endsAt, undefined, view.timeZone)}</time> ({view.timeZone})
          </dd>
          {where ? (
            <>
              <dt>{t('events:location')}</dt>
              <dd>{where}</dd>
            </>
          ) : null}
          <dt>{t('events:yourAnswer')}</dt>
          <dd data-testid="answer-state">
            {t(`events:response.${mine.response}`)}
            {mine.waitlisted ? ` · ${t('events:waitlisted')}` : ''}
            {mine.attendMode ? ` · ${t(`events:attendMode.${mine.attendMode}`)}` : ''}
          </dd>
        </dl>
      </section>
      {view.cancelled ? (
        <Alert data-color="warning">
          <Paragraph>{t('events:answerPage.cancelled')}</Paragraph>
        </Alert>
      ) : past ? (
        <Alert data-color="info">
          <Paragraph>{t('events:answerPage.past')}</Paragraph>
        </Alert>
      ) : (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
          <FormErrorSummary summary={form.summary} />
          <ChoiceFieldset legend={t('events:answerPage.legend')} error={form.errorText('response')}>
            {RESPONSES.map((response) => (
              <Radio
                key={response}
                name="response"
                value={response}
                label={t(`events:answerPage.option.${response}`)}
                checked={form.values.response === response}
                aria-invalid={form.errorText('response') ? true : undefined}
                onChange={() => form.set('response', response)}
              />
            ))}
          </ChoiceFieldset>
          {view.mode === 'both' && form.values.response === 'yes' ? (
            <ChoiceFieldset legend={t('events:answerPage.howLegend')} error={form.errorText('attendMode')}>
              {(['physical', 'digital'] as const).map((mode) => (
                <Radio
                  key={mode}
                  name="attendMode"
                  value={mode}
                  label={t(`events:mode.${mode}`)}
                  checked={form.values.attendMode === mode}
                  onChange={() => form.set('attendMode', mode)}
                />
              ))}
            </ChoiceFieldset>
          ) : null}
          <div aria-live="polite">{answer.isSuccess && !form.serverError ? <Notice>{t('events:answerPage.thanks')}</Notice> : null}</div>
          <ErrorAlert error={form.formError(['response', 'attendMode'])} />
          <div className="form__actions">
            <Button type="submit" loading={answer.isPending}>
              {t('events:answerPage.send')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
