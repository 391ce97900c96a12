import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../lib/form';
import { trainingInputSchema } from '@lots/core';
import { useAddTraining } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/** A completed training (e.g. mentor and coach training) for the register. */
export function TrainingForm({ personId, onCancel, onDone }: { personId: string; onCancel: () => void; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const add = useAddTraining();
  const form = useForm({ name: '', completedOn: new Date().toISOString().slice(0, 10) }, { schema: trainingInputSchema });
  const onSubmit = form.submitParsed(async (input) => {
    await add.mutateAsync({ personId, ...input });
    onDone(input.name);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('applications:register.trainingName')} required {...form.bind('name')} />
      <Textfield label={t('applications:register.trainingDate')} type="date" required {...form.bind('completedOn')} />
      <ErrorAlert error={form.formError(['name', 'completedOn'])} />
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
