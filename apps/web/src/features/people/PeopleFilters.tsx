import { useEffect, useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { ROLES, type Role, type Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { unitOptions } from '../units';

export type PeopleFilter = { q?: string; unitId?: string; role?: Role };

type PeopleFiltersProps = { value: PeopleFilter; units: readonly Unit[]; onChange: (next: PeopleFilter) => void };

/** Search text (sent with the Search button or Enter) and unit / role filters (applied at once). */
export function PeopleFilters({ value, units, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined });
  };

  return (
    <form role="search" onSubmit={onSubmit} className="filters">
      <div className="filters__search">
        <Textfield label={t('people:list.search')} type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} />
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
