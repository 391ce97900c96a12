import { Button, Textfield } from '@digdir/designsystemet-react';
import { checkInInputSchema, type ProgramEvent } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { useCheckIn } from './api';

/** A participant checks in at the event with the code the coordinator shows there. */
export function CheckInForm({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(programId, event.id);
  const form = useForm({ code: '' }, { schema: checkInInputSchema });
  const onSubmit = form.submitParsed(async (input) => {
    await checkIn.mutateAsync(input.code);
  });
  if (event.myInvitation?.attendance === 'attended') return <Notice>{t('events:checkIn.done')}</Notice>;
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form form--inline">
      <FormErrorSummary summary={form.summary} />
      <Textfield
        label={t('events:checkIn.code', { title: event.title })}
        description={t('events:checkIn.help')}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        {...form.bind('code')}
      />
      {/* A wrong code or a closed check-in is said in words, whatever field the API names. */}
      <ErrorAlert
        error={form.serverError}
        messages={{ validation: t('events:checkIn.codeInvalid'), conflict: t('events:checkIn.closed') }}
      />
      <div className="form__actions">
        <Button type="submit" variant="secondary" data-size="sm" loading={checkIn.isPending}>
          {t('events:checkIn.submit')}
        </Button>
      </div>
    </form>
  );
}
