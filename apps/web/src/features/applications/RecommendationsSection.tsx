import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { recommendationRequestSchema, type Application } from '@lots/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { useForm } from '../../lib/form';
import { useRequestRecommendation } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const VERDICT_COLOR = { pending: 'neutral', recommend: 'success', advise_against: 'danger' } as const;

/** Recommendations (e.g. from a process owner or chief of staff): the verdicts so far, and a form to ask someone. */
export function RecommendationsSection({ application }: { application: Application }) {
  const { t } = useTranslation();
  const request = useRequestRecommendation(application.programId, application.id);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({ name: '', email: '' }, { schema: recommendationRequestSchema, toInput: (v) => ({ ...v, email: v.email.trim() }) });
  const onSubmit = form.submitParsed(async (input, v) => {
    setSent(null);
    await request.mutateAsync(input);
    setSent(t('applications:recommendations.sent', { email: v.email.trim() }));
    form.setValues({ name: '', email: '' });
  });
  return (
    <section aria-labelledby="recommendations-heading" className="section">
      <Heading level={2} data-size="sm" id="recommendations-heading">
        {t('applications:recommendations.heading')}
      </Heading>
      {application.recommendations.length === 0 ? (
        <Paragraph>{t('applications:recommendations.empty')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {application.recommendations.map((r) => (
            <li key={r.id}>
              {r.name}{' '}
              <Tag data-size="sm" data-color={VERDICT_COLOR[r.verdict]}>
                {t(`applications:recommendations.verdict.${r.verdict}`)}
              </Tag>
              {r.comment ? <div className="cell-note pre-line">{r.comment}</div> : null}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3} data-size="xs">
        {t('applications:recommendations.requestHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('applications:recommendations.requestIntro')}</Paragraph>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <Textfield label={t('applications:recommendations.name')} required autoComplete="off" {...form.bind('name')} />
        <Textfield label={t('applications:recommendations.email')} type="email" required autoComplete="off" {...form.bind('email')} />
        <div aria-live="polite">{sent ? <Notice>{sent}</Notice> : null}</div>
        <ErrorAlert error={form.formError(['name', 'email'])} />
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={request.isPending}>
            {t('applications:recommendations.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
