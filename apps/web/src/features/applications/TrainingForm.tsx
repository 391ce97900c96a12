import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../lib/form';
import { trainingInputSchema } from '@lots/core';
import { useAddTraining, useAddTrainings } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/**
 * A completed training (e.g. mentor and coach training) for the register: for one mentor, or for several at once.
 * A training from outside Lots names its provider and, when it expires, until when it counts.
 */
export function TrainingForm({
  personIds,
  onCancel,
  onDone,
}: {
  personIds: readonly string[];
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const one = useAddTraining();
  const many = useAddTrainings();
  const add = personIds.length === 1 ? one : many;
  const form = useForm(
    { name: '', completedOn: new Date().toISOString().slice(0, 10), provider: '', validUntil: '' },
    {
      schema: trainingInputSchema,
      toInput: (v) => ({ ...v, provider: v.provider.trim() || null, validUntil: v.validUntil || null }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    if (personIds.length === 1) await one.mutateAsync({ personId: personIds[0]!, ...input });
    else await many.mutateAsync({ personIds: [...personIds], ...input });
    onDone(input.name);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('applications:register.trainingName')} required {...form.bind('name')} />
      <Textfield label={t('applications:register.trainingDate')} type="date" required {...form.bind('completedOn')} />
      <Textfield
        label={t('applications:register.trainingProvider')}
        description={t('applications:register.trainingProviderHelp')}
        {...form.bind('provider')}
      />
      <Textfield
        label={t('applications:register.trainingValidUntil')}
        description={t('applications:register.trainingValidUntilHelp')}
        type="date"
        {...form.bind('validUntil')}
      />
      <ErrorAlert error={form.formError(['name', 'completedOn', 'provider', 'validUntil'])} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('applications:register.saveTraining')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
