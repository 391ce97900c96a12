import { useEffect } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { HEALTH_STATUSES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import type { HealthSearch } from '../../routes/search';
import { healthSearchSchema } from '../../routes/search-forms';

type HealthFiltersProps = { value: HealthSearch; onChange: (next: HealthSearch) => void };

/** Search (with the button or Enter) and filters (applied at once); the table's headers sort. */
export function HealthFilters({ value, onChange }: HealthFiltersProps) {
  const { t } = useTranslation();
  const form = useForm({ q: value.q ?? '' }, { schema: healthSearchSchema.pick({ q: true }) });
  const { setValues } = form;
  useEffect(() => setValues({ q: value.q ?? '' }), [value.q, setValues]);
  const onSubmit = form.submitParsed((input) => onChange({ ...value, q: input.q?.trim() || undefined }));
  const all = { value: '', label: t('common:common.all') };
  const select = <K extends 'status' | 'agreement' | 'quiet'>(key: K) => ({
    value: value[key] ?? '',
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value || undefined }),
  });

  return (
    <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className="filters filters--review">
      <div className="filters__search">
        <Textfield label={t('mentorship:health.search')} type="search" {...form.bind('q')} />
        <Button type="submit" variant="secondary">
          {t('mentorship:health.searchSubmit')}
        </Button>
      </div>
      <SelectField
        label={t('mentorship:health.filterStatus')}
        options={[all, ...HEALTH_STATUSES.map((s) => ({ value: s, label: t(`mentorship:status.${s}`) }))]}
        {...select('status')}
      />
      <SelectField
        label={t('mentorship:health.agreementSigned')}
        options={[all, { value: 'signed', label: t('mentorship:health.yes') }, { value: 'unsigned', label: t('mentorship:health.no') }]}
        {...select('agreement')}
      />
      <SelectField
        label={t('mentorship:health.filterQuiet')}
        options={[
          all,
          { value: 'true', label: t('mentorship:health.onlyQuiet') },
          { value: 'false', label: t('mentorship:health.notQuiet') },
        ]}
        {...select('quiet')}
      />
    </form>
  );
}
