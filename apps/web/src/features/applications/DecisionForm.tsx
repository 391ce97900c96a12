import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { decisionSchema, type Application } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../lib/form';
import { useDecide, type Decision } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

type DecisionFormProps = {
  programId: string;
  applicationIds: string[];
  decision: Decision;
  /** How many got the decision, and how many adepts went to the waiting list because the cohort is full. */
  onDone: (count: number, full: number) => void;
  onCancel: () => void;
};

/** Accept, wait-list or reject: an optional message goes with each applicant's e-mail. */
export function DecisionForm({ programId, applicationIds, decision, onDone, onCancel }: DecisionFormProps) {
  const { t } = useTranslation();
  const decide = useDecide(programId);
  const form = useForm(
    { message: '' },
    { schema: decisionSchema, toInput: (v) => ({ applicationIds, decision, message: v.message.trim() || null }) },
  );
  // A refused decision names each application that cannot be decided, and why.
  const refusal = (error: unknown) => {
    const named = error instanceof ApiError ? error.details.filter((d) => d.code === 'decision.notDecidable') : [];
    if (!named.length) return t('applications:decision.conflict');
    return named
      .map((d) =>
        t('applications:decision.notDecidable', {
          name: String(d.values?.name ?? ''),
          status: t(`applications:applicationStatus.${(d.values?.status ?? 'draft') as Application['status']}`).toLowerCase(),
        }),
      )
      .join(' ');
  };
  const onSubmit = form.submitParsed(async (input) => {
    const result = await decide.mutateAsync(input);
    // Adepts beyond the cohort's places were put on the waiting list instead (issue 10 item 3).
    const full = decision === 'accepted' ? result.filter((a) => a.status === 'waitlisted').length : 0;
    onDone(result.length - full, full);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t(`applications:decision.intro.${decision}`, { count: applicationIds.length })}</Paragraph>
      <Textfield
        label={t('applications:decision.message')}
        description={t('applications:decision.messageHelp')}
        multiline
        rows={4}
        {...form.bind('message')}
      />
      <ErrorAlert error={form.formError(['message'])} messages={{ conflict: refusal(form.formError(['message'])) }} />
      <div className="form__actions">
        <Button type="submit" data-color={decision === 'rejected' ? 'danger' : undefined} loading={decide.isPending}>
          {t(`applications:decision.confirm.${decision}`)}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
