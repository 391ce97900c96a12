import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { constraintInputSchema, lockWithReasonInputSchema, type RunPair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAddConstraint, type RuleBreak } from './api';
import { needsReason } from './format';
import { ReasonField } from './ReasonField';

type FormProps = { programId: string; pair: RunPair; onDone: () => void; onCancel: () => void };

/** Exclude a pair from coming runs, with an optional reason. */
export function ExcludeForm({ programId, pair, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const add = useAddConstraint(programId);
  const form = useForm(
    { reason: '' },
    {
      schema: constraintInputSchema,
      toInput: (v) => ({
        kind: 'exclude',
        adeptApplicationId: pair.adept.applicationId,
        mentorApplicationId: pair.mentor.applicationId,
        reason: v.reason.trim() || null,
      }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await add.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('matching:exclude.intro')}</Paragraph>
      <Textfield
        multiline
        rows={3}
        label={t('matching:exclude.reason')}
        description={t('matching:exclude.reasonHelp')}
        maxLength={1000}
        {...form.bind('reason')}
      />
      <ErrorAlert error={add.error} />
      <div className="form__actions">
        <Button type="submit" data-color="danger" loading={add.isPending}>
          {t('matching:exclude.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Lock a pair that breaks hard rules: the API asked for a written reason. */
export function LockReasonForm({ programId, pair, rules, onDone, onCancel }: FormProps & { rules: RuleBreak[] }) {
  const { t } = useTranslation();
  const add = useAddConstraint(programId);
  const form = useForm(
    { reason: '' },
    {
      schema: lockWithReasonInputSchema,
      toInput: (v) => ({
        kind: 'lock',
        adeptApplicationId: pair.adept.applicationId,
        mentorApplicationId: pair.mentor.applicationId,
        reason: v.reason,
      }),
      messages: { reason: messageKey('matching:reason.required') },
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await add.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <ReasonField
        rules={rules}
        value={form.values.reason}
        onChange={(v) => form.set('reason', v)}
        error={form.errors.reason ? form.errorText('reason') : undefined}
      />
      <ErrorAlert error={add.error && !needsReason(add.error) ? add.error : null} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('matching:lockDialog.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
