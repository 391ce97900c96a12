import { Button, Textfield } from '@digdir/designsystemet-react';
import { EVENT_KINDS, programEventInputSchema, type ProgramEvent } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { useAddEvent, useUpdateEvent } from './api';
import { fromLocalInput, toLocalInput } from './eventTime';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const FIELDS = ['kind', 'title', 'startsAt', 'location', 'description'] as const;

export function EventForm({ programId, event, onDone }: { programId: string; event?: ProgramEvent; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddEvent(programId);
  const update = useUpdateEvent(programId);
  const form = useForm(
    {
      kind: event?.kind ?? 'kickoff',
      title: event?.title ?? '',
      startsAt: event ? toLocalInput(event.startsAt) : '',
      location: event?.location ?? '',
      description: event?.description ?? '',
    },
    {
      schema: programEventInputSchema,
      // The datetime-local field's value becomes an instant; an empty or unreadable one is missing.
      toInput: (v) => ({
        ...v,
        startsAt: fromLocalInput(v.startsAt) ?? '',
        location: v.location.trim() || null,
        description: v.description.trim() || null,
      }),
    },
  );

  const onSubmit = form.submitParsed(async (input) => {
    if (event) await update.mutateAsync({ eventId: event.id, patch: input });
    else await add.mutateAsync(input);
    onDone();
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <SelectField
        label={t('events:kind')}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events:eventKind.${k}`) }))}
        {...form.bind('kind')}
      />
      <Textfield label={t('events:title')} required {...form.bind('title')} />
      <Textfield label={t('events:startsAt')} type="datetime-local" required {...form.bind('startsAt')} />
      <Textfield label={t('events:location')} {...form.bind('location')} />
      <Textfield label={t('events:description')} multiline rows={3} {...form.bind('description')} />
      <ErrorAlert error={form.formError(FIELDS)} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending || update.isPending}>
          {t('events:save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
