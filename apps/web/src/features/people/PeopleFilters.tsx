import { useEffect } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { ROLES, type Role, type Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { peopleSearchSchema } from '../../routes/search-forms';
import { unitOptions } from '../units';

export type PeopleFilter = { q?: string; unitId?: string; role?: Role };

type PeopleFiltersProps = { value: PeopleFilter; units: readonly Unit[]; onChange: (next: PeopleFilter) => void };

/** Search text (sent with the Search button or Enter) and unit / role filters (applied at once). */
export function PeopleFilters({ value, units, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  // The search text is checked with the router's own schema for the page's search params.
  const form = useForm({ q: value.q ?? '' }, { schema: peopleSearchSchema.pick({ q: true }) });
  const { setValues } = form;
  useEffect(() => setValues({ q: value.q ?? '' }), [value.q, setValues]);

  const onSubmit = form.submitParsed((input) => onChange({ ...value, q: input.q?.trim() || undefined }));

  return (
    <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className="filters">
      <div className="filters__search">
        <Textfield label={t('people:list.search')} type="search" {...form.bind('q')} />
        <Button type="submit" variant="secondary">
          {t('people:list.searchSubmit')}
        </Button>
      </div>
      <SelectField
        label={t('people:list.filterUnit')}
        name="unitId"
        value={value.unitId ?? ''}
        onChange={(e) => onChange({ ...value, unitId: e.target.value || undefined })}
        options={[{ value: '', label: t('people:list.allUnits') }, ...unitOptions(units)]}
      />
      <SelectField
        label={t('people:list.filterRole')}
        name="role"
        value={value.role ?? ''}
        onChange={(e) => onChange({ ...value, role: (e.target.value || undefined) as Role | undefined })}
        options={[{ value: '', label: t('people:list.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))]}
      />
    </form>
  );
}
