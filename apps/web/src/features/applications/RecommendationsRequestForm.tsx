import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { recommendationsRequestSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { useRequestRecommendations } from './api';

type RecommendationsRequestFormProps = {
  programId: string;
  applicationIds: string[];
  onDone: (count: number, email: string) => void;
  onCancel: () => void;
};

/** The review queue's bulk action: ask one person about every selected applicant, in one mail with a link per applicant. */
export function RecommendationsRequestForm({ programId, applicationIds, onDone, onCancel }: RecommendationsRequestFormProps) {
  const { t } = useTranslation();
  const request = useRequestRecommendations(programId);
  const form = useForm(
    { name: '', email: '' },
    { schema: recommendationsRequestSchema, toInput: (v) => ({ ...v, email: v.email.trim(), applicationIds }) },
  );
  const onSubmit = form.submitParsed(async (input) => {
    const asked = await request.mutateAsync(input);
    onDone(asked.length, input.email);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('applications:recommendations.bulkIntro', { count: applicationIds.length })}</Paragraph>
      <Textfield label={t('applications:recommendations.name')} required autoComplete="off" {...form.bind('name')} />
      <Textfield label={t('applications:recommendations.email')} type="email" required autoComplete="off" {...form.bind('email')} />
      <ErrorAlert error={form.formError(['name', 'email', 'applicationIds'])} />
      <div className="form__actions">
        <Button type="submit" loading={request.isPending}>
          {t('applications:recommendations.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
