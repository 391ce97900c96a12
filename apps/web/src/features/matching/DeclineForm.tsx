import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { pairResponseSchema, type Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { useRespondToPair } from './api';
import { counterpartOf } from './PairCard';

type DeclineFormProps = { pair: Pair; onDone: () => void; onCancel: () => void };

/** Decline a proposed pair: mentoring is voluntary; the optional reason is seen by the coordinator only. */
export function DeclineForm({ pair, onDone, onCancel }: DeclineFormProps) {
  const { t } = useTranslation();
  const respond = useRespondToPair();
  const form = useForm(
    { reason: '' },
    { schema: pairResponseSchema, toInput: (v) => ({ decision: 'declined', reason: v.reason.trim() || null }) },
  );
  const name = counterpartOf(pair).name;
  const onSubmit = form.submitParsed(async (input) => {
    await respond.mutateAsync({ pairId: pair.id, ...input });
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('matching:myPairs.voluntary')}</Paragraph>
      <Textfield
        multiline
        rows={4}
        label={t('matching:myPairs.declineReason')}
        description={t('matching:myPairs.declineReasonHelp', { name })}
        maxLength={2000}
        {...form.bind('reason')}
      />
      <ErrorAlert error={respond.error} messages={{ conflict: t('matching:myPairs.conflict') }} />
      <div className="form__actions">
        <Button type="submit" data-color="danger" loading={respond.isPending}>
          {t('matching:myPairs.declineSubmit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
