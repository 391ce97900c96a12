import { useState } from 'react';
import { Alert, Button, Checkbox, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { answersInputSchema, type SurveyForm } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAnswer, useRematch, useSurveyForm, type SurveySource } from './api';
import './evaluation.css';

type Question = SurveyForm['questions'][number];
type Value = number | boolean | string;
const CONSENT = 'healthConsent';

/**
 * A survey to answer: from a mailed link (/surveys/answer/$token, no account needed) or in the app
 * (/surveys/$invitationId, the signed-in person's own invitation). The answers are stored without the person.
 */
export function AnswerSurveyPage({ source }: { source: SurveySource }) {
  const { t } = useTranslation();
  const survey = useSurveyForm(source);
  let body;
  if (survey.isPending) body = <Loading />;
  else if (survey.error)
    body =
      survey.error instanceof ApiError && (survey.error.code === 'not_found' || survey.error.code === 'validation') ? (
        <Alert data-color="warning">
          <Paragraph>{'token' in source ? t('evaluation:answer.notFound') : t('evaluation:mine.notFound')}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={survey.error} />
      );
  else body = <SurveyBody source={source} form={survey.data} />;
  return (
    <Page
      title={survey.data ? t('evaluation:answer.title', { program: survey.data.programName }) : t('evaluation:answer.loadingTitle')}
      narrow
    >
      {'invitationId' in source ? (
        <p>
          <AppLink to="/surveys">{t('evaluation:mine.back')}</AppLink>
        </p>
      ) : null}
      {body}
    </Page>
  );
}

/** The form's text value of a question as the answer the API takes ('' = not answered). */
function parse(q: Question, raw: string): Value | undefined {
  if (raw.trim() === '') return undefined;
  switch (q.type) {
    case 'likert5':
    case 'who5':
    case 'scale0to10':
      return Number(raw);
    case 'yesno':
      return raw === 'true';
    case 'choice':
      return raw;
    case 'text':
      return raw.trim();
  }
}

function SurveyBody({ source, form: survey }: { source: SurveySource; form: SurveyForm }) {
  const { t } = useTranslation();
  const answer = useAnswer(source);
  const [done, setDone] = useState<{ canAskForRematch: boolean; notGood: boolean } | null>(null);
  const health = survey.questions.some((q) => q.health);
  // The core contract, plus the rule the server applies: well-being answers only with consent.
  const schema = answersInputSchema.superRefine((input, ctx) => {
    if (!input.healthConsent && survey.questions.some((q) => q.health && input.answers[q.key] !== undefined))
      ctx.addIssue({ code: 'custom', path: [CONSENT], message: 'consent' });
  });
  const form = useForm<Record<string, string>, typeof schema>(
    { ...Object.fromEntries(survey.questions.map((q) => [q.key, ''])), [CONSENT]: '' },
    {
      schema,
      toInput: (values) => ({
        answers: Object.fromEntries(
          survey.questions.flatMap((q) => {
            const value = parse(q, values[q.key] ?? '');
            return value === undefined ? [] : [[q.key, value]];
          }),
        ),
        healthConsent: values[CONSENT] === 'yes',
      }),
      messages: { [CONSENT]: messageKey('evaluation:answer.consentRequired') },
    },
  );
  const closed = new Date(survey.closesAt) <= new Date();
  if (survey.answered && !done)
    return (
      <Alert data-color="info" role="status">
        <Paragraph>{t('evaluation:answer.already')}</Paragraph>
      </Alert>
    );
  if (closed)
    return (
      <Alert data-color="warning">
        <Paragraph>{t('evaluation:answer.closed')}</Paragraph>
      </Alert>
    );
  if (done)
    return (
      <>
        <Alert data-color="success" role="status" data-testid="survey-thanks">
          <Paragraph>{t('evaluation:answer.thanks')}</Paragraph>
        </Alert>
        {done.canAskForRematch && done.notGood ? <Rematch source={source} /> : null}
      </>
    );

  const labelOf = (q: Question) =>
    q.label ?? t(`evaluation:instruments.${q.instrument}.items.${q.key.slice((q.instrument ?? '').length + 1)}` as never);
  const choices = (q: Question): { value: string; label: string }[] => {
    switch (q.type) {
      case 'likert5':
        return [1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: t(`evaluation:scale.likert5.${v as 1}`) }));
      case 'who5':
        return [5, 4, 3, 2, 1, 0].map((v) => ({ value: String(v), label: t(`evaluation:scale.who5.${v as 0}`) }));
      case 'scale0to10':
        return Array.from({ length: 11 }, (_, v) => ({ value: String(v), label: String(v) }));
      case 'choice':
        return (q.options ?? []).map((o) => ({ value: o, label: t(`evaluation:scale.fit.${o as 'good'}`) }));
      case 'yesno':
        return [
          { value: 'true', label: t('evaluation:scale.yesno.yes') },
          { value: 'false', label: t('evaluation:scale.yesno.no') },
        ];
      case 'text':
        return [];
    }
  };
  const fields = [...survey.questions.map((q) => `answers.${q.key}`), CONSENT];
  const onSubmit = form.submitParsed(async (input, values) => {
    const result = await answer.mutateAsync(input);
    setDone({ canAskForRematch: result.canAskForRematch, notGood: values['fit.fit'] === 'notGood' });
  });
  const invalidAnswer = (q: Question) => (form.errorText(`answers.${q.key}`) ? t('evaluation:answer.invalid') : undefined);

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" data-testid="survey-form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('evaluation:answer.intro', { date: survey.closesAt.slice(0, 10) })}</Paragraph>
      {survey.questions.map((q, index) => {
        const error = invalidAnswer(q);
        if (q.type === 'text')
          return (
            <Textfield
              key={q.key}
              label={`${index + 1}. ${labelOf(q)}`}
              multiline
              rows={3}
              maxLength={2000}
              value={form.values[q.key] ?? ''}
              error={error}
              onChange={(e) => form.set(q.key, e.target.value)}
            />
          );
        return (
          <div key={q.key} data-testid={`question-${q.key}`}>
            <ChoiceFieldset
              className="ev-question"
              legend={`${index + 1}. ${labelOf(q)}`}
              description={
                q.type === 'who5' && (index === 0 || survey.questions[index - 1]?.type !== 'who5')
                  ? t('evaluation:instruments.who5.intro')
                  : undefined
              }
              error={error}
            >
              <div className={q.type === 'scale0to10' ? 'ev-scale ev-scale--wide' : 'ev-scale'}>
                {choices(q).map((c) => (
                  <Radio
                    key={c.value}
                    name={q.key}
                    value={c.value}
                    label={c.label}
                    checked={form.values[q.key] === c.value}
                    aria-invalid={error ? true : undefined}
                    onChange={() => form.set(q.key, c.value)}
                  />
                ))}
              </div>
            </ChoiceFieldset>
          </div>
        );
      })}
      {health ? (
        <ChoiceFieldset
          legend={t('evaluation:answer.consentLegend')}
          description={t('evaluation:answer.consentHelp')}
          error={form.errorText(CONSENT)}
        >
          <Checkbox
            label={t('evaluation:answer.consent')}
            value="consent"
            checked={form.values[CONSENT] === 'yes'}
            aria-invalid={form.errorText(CONSENT) ? true : undefined}
            onChange={(e) => form.set(CONSENT, e.target.checked ? 'yes' : '')}
          />
        </ChoiceFieldset>
      ) : null}
      <Paragraph data-size="sm">{t('evaluation:answer.anonymity')}</Paragraph>
      <ErrorAlert error={form.formError(fields)} messages={{ conflict: t('evaluation:answer.conflict') }} />
      <div className="form__actions">
        <Button type="submit" loading={answer.isPending}>
          {t('evaluation:answer.submit')}
        </Button>
      </div>
    </form>
  );
}

function Rematch({ source }: { source: SurveySource }) {
  const { t } = useTranslation();
  const rematch = useRematch(source);
  const [message, setMessage] = useState('');
  if (rematch.isSuccess)
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('evaluation:answer.rematchSent')}</Paragraph>
      </Alert>
    );
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        rematch.mutate(message.trim() || null);
      }}
    >
      <Paragraph>{t('evaluation:answer.rematchIntro')}</Paragraph>
      <Textfield
        label={t('evaluation:answer.rematchMessage')}
        multiline
        rows={3}
        maxLength={1000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <ErrorAlert error={rematch.error} />
      <div className="form__actions">
        <Button type="submit" variant="secondary" loading={rematch.isPending}>
          {t('evaluation:answer.rematch')}
        </Button>
      </div>
    </form>
  );
}
