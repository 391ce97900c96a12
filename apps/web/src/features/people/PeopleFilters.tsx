import { ROLES, type Role, type Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/ListSearch';
import { SelectField } from '../../components/SelectField';
import { unitOptions } from '../units';

export type PeopleFilter = { q?: string; unitId?: string; role?: Role };

type PeopleFiltersProps = { value: PeopleFilter; units: readonly Unit[]; onChange: (next: PeopleFilter) => void };

/** Search text (sent with the Search button or Enter) and unit / role filters (applied at once). */
export function PeopleFilters({ value, units, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  return (
    <ListSearch q={value.q} label={t('people:list.search')} onSearch={(q) => onChange({ ...value, q })}>
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
    </ListSearch>
  );
}
