import { useEffect } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { MAIL_STATUSES, mailStatusSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import type { OutboxSearch } from '../../routes/search';
import { outboxSearchSchema } from '../../routes/search-forms';

type OutboxFiltersProps = { value: OutboxSearch; onChange: (next: OutboxSearch) => void };

/** Search in recipient and subject (with the button or Enter) and a status filter (applied at once); the headers sort. */
export function OutboxFilters({ value, onChange }: OutboxFiltersProps) {
  const { t } = useTranslation();
  // The search text is checked with the router's own schema for the page's search params.
  const form = useForm({ q: value.q ?? '' }, { schema: outboxSearchSchema.pick({ q: true }) });
  const { setValues } = form;
  useEffect(() => setValues({ q: value.q ?? '' }), [value.q, setValues]);
  const onSubmit = form.submitParsed((input) => onChange({ ...value, q: input.q?.trim() || undefined }));
  return (
    <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className="filters">
      <div className="filters__search">
        <Textfield label={t('outbox:list.search')} type="search" {...form.bind('q')} />
        <Button type="submit" variant="secondary">
          {t('outbox:list.searchSubmit')}
        </Button>
      </div>
      <SelectField
        label={t('outbox:list.filterStatus')}
        value={value.status ?? ''}
        onChange={(e) => onChange({ ...value, status: mailStatusSchema.safeParse(e.target.value).data })}
        options={[
          { value: '', label: t('common:common.all') },
          ...MAIL_STATUSES.map((s) => ({ value: s, label: t(`outbox:mailStatus.${s}`) })),
        ]}
      />
    </form>
  );
}
