import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import type { SurveyForm } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useAnswerByLink, useRematchByLink, useSurveyLink } from './api';
import './evaluation.css';

type Question = SurveyForm['questions'][number];
type Value = number | boolean | string;

/** /surveys/answer/$token: a survey from a mailed link, no account needed; the answers are stored without the person. */
export function AnswerSurveyPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const link = useSurveyLink(token);
  let body;
  if (link.isPending) body = <Loading />;
  else if (link.error)
    body =
      link.error instanceof ApiError && (link.error.code === 'not_found' || link.error.code === 'validation') ? (
        <Alert data-color="warning">
          <Paragraph>{t('evaluation:answer.notFound')}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={link.error} />
      );
  else body = <SurveyBody token={token} form={link.data} />;
  return (
    <Page title={link.data ? t('evaluation:answer.title', { program: link.data.programName }) : t('evaluation:answer.loadingTitle')} narrow>
      {body}
    </Page>
  );
}

function SurveyBody({ token, form }: { token: string; form: SurveyForm }) {
  const { t } = useTranslation();
  const answer = useAnswerByLink(token);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [consent, setConsent] = useState(false);
  const [done, setDone] = useState<{ canAskForRematch: boolean } | null>(null);
  const closed = new Date(form.closesAt) <= new Date();
  if (form.answered && !done)
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
        {done.canAskForRematch && values['fit.fit'] === 'notGood' ? <Rematch token={token} /> : null}
      </>
    );

  const health = form.questions.some((q) => q.health);
  const field = answer.error instanceof ApiError ? answer.error.field : undefined;
  const labelOf = (q: Question) =>
    q.label ?? t(`evaluation:instruments.${q.instrument}.items.${q.key.slice((q.instrument ?? '').length + 1)}` as never);
  const choices = (q: Question): { value: Value; label: string }[] => {
    switch (q.type) {
      case 'likert5':
        return [1, 2, 3, 4, 5].map((v) => ({ value: v, label: t(`evaluation:scale.likert5.${v as 1}`) }));
      case 'who5':
        return [5, 4, 3, 2, 1, 0].map((v) => ({ value: v, label: t(`evaluation:scale.who5.${v as 0}`) }));
      case 'scale0to10':
        return Array.from({ length: 11 }, (_, v) => ({ value: v, label: String(v) }));
      case 'choice':
        return (q.options ?? []).map((o) => ({ value: o, label: t(`evaluation:scale.fit.${o as 'good'}`) }));
      case 'yesno':
        return [
          { value: true, label: t('evaluation:scale.yesno.yes') },
          { value: false, label: t('evaluation:scale.yesno.no') },
        ];
      case 'text':
        return [];
    }
  };
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answers = Object.fromEntries(
      Object.entries(values).filter(
        ([key, v]) => (typeof v === 'string' ? v.trim() !== '' : true) && (consent || !form.questions.find((q) => q.key === key)?.health),
      ),
    );
    const result = await answer.mutateAsync({ answers, healthConsent: consent });
    setDone(result);
  };

  return (
    <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="form" data-testid="survey-form">
      <Paragraph>{t('evaluation:answer.intro', { date: form.closesAt.slice(0, 10) })}</Paragraph>
      {form.questions.map((q, index) => {
        const error = field === `answers.${q.key}` ? t('evaluation:answer.invalid') : undefined;
        if (q.type === 'text')
          return (
            <Textfield
              key={q.key}
              label={labelOf(q)}
              multiline
              rows={3}
              value={(values[q.key] as string | undefined) ?? ''}
              error={error}
              onChange={(e) => setValues((v) => ({ ...v, [q.key]: e.target.value }))}
            />
          );
        return (
          <Fieldset key={q.key} className="ev-question" data-testid={`question-${q.key}`}>
            <Fieldset.Legend>
              {index + 1}. {labelOf(q)}
            </Fieldset.Legend>
            {q.type === 'who5' && (index === 0 || form.questions[index - 1]?.type !== 'who5') ? (
              <Fieldset.Description>{t('evaluation:instruments.who5.intro')}</Fieldset.Description>
            ) : null}
            <div className={q.type === 'scale0to10' ? 'ev-scale ev-scale--wide' : 'ev-scale'}>
              {choices(q).map((c) => (
                <Radio
                  key={String(c.value)}
                  name={q.key}
                  value={String(c.value)}
                  label={c.label}
                  checked={values[q.key] === c.value}
                  aria-invalid={error ? true : undefined}
                  onChange={() => setValues((v) => ({ ...v, [q.key]: c.value }))}
                />
              ))}
            </div>
          </Fieldset>
        );
      })}
      {health ? (
        <Fieldset>
          <Fieldset.Legend>{t('evaluation:answer.consentLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('evaluation:answer.consentHelp')}</Fieldset.Description>
          <Checkbox
            label={t('evaluation:answer.consent')}
            value="consent"
            checked={consent}
            aria-invalid={field === 'healthConsent' ? true : undefined}
            onChange={(e) => setConsent(e.target.checked)}
          />
        </Fieldset>
      ) : null}
      <Paragraph data-size="sm">{t('evaluation:answer.anonymity')}</Paragraph>
      <ErrorAlert error={answer.error} messages={{ conflict: t('evaluation:answer.conflict') }} />
      <div className="form__actions">
        <Button type="submit" loading={answer.isPending}>
          {t('evaluation:answer.submit')}
        </Button>
      </div>
    </form>
  );
}

function Rematch({ token }: { token: string }) {
  const { t } = useTranslation();
  const rematch = useRematchByLink(token);
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
