import { useEffect } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { PROGRAM_STATUSES, PROGRAM_TYPES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { oneOf, type ProgramListSearch } from '../../routes/search';
import { programListSearchSchema } from '../../routes/search-forms';

type ProgramFiltersProps = { value: ProgramListSearch; onChange: (next: ProgramListSearch) => void };

const statusOf = oneOf(PROGRAM_STATUSES);
const typeOf = oneOf(PROGRAM_TYPES);

/** Search in program and organisation names (with the button or Enter), status, type and "only mine" (applied at once); the headers sort. */
export function ProgramFilters({ value, onChange }: ProgramFiltersProps) {
  const { t } = useTranslation();
  // The search text is checked with the router's own schema for the page's search params.
  const form = useForm({ q: value.q ?? '' }, { schema: programListSearchSchema.pick({ q: true }) });
  const { setValues } = form;
  useEffect(() => setValues({ q: value.q ?? '' }), [value.q, setValues]);
  const onSubmit = form.submitParsed((input) => onChange({ ...value, q: input.q?.trim() || undefined }));
  return (
    <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className="filters">
      <div className="filters__search">
        <Textfield label={t('programs:list.search')} type="search" {...form.bind('q')} />
        <Button type="submit" variant="secondary">
          {t('programs:list.searchSubmit')}
        </Button>
      </div>
      <SelectField
        label={t('programs:list.filterStatus')}
        value={value.status ?? ''}
        onChange={(e) => onChange({ ...value, status: statusOf(e.target.value) })}
        options={[
          { value: '', label: t('common:common.all') },
          ...PROGRAM_STATUSES.map((s) => ({ value: s, label: t(`programs:programStatus.${s}`) })),
        ]}
      />
      <SelectField
        label={t('programs:list.filterType')}
        value={value.type ?? ''}
        onChange={(e) => onChange({ ...value, type: typeOf(e.target.value) })}
        options={[
          { value: '', label: t('common:common.all') },
          ...PROGRAM_TYPES.map((s) => ({ value: s, label: t(`programs:programType.${s}`) })),
        ]}
      />
      <SelectField
        label={t('programs:list.filterScope')}
        value={value.managed ? 'managed' : ''}
        onChange={(e) => onChange({ ...value, managed: e.target.value === 'managed' ? true : undefined })}
        options={[
          { value: '', label: t('programs:list.scopeAll') },
          { value: 'managed', label: t('programs:list.scopeManaged') },
        ]}
      />
    </form>
  );
}
