import { PROGRAM_STATUSES, PROGRAM_TYPES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/ListSearch';
import { SelectField } from '../../components/SelectField';
import { oneOf, type ProgramListSearch } from '../../routes/search';

type ProgramFiltersProps = { value: ProgramListSearch; onChange: (next: ProgramListSearch) => void };

const statusOf = oneOf(PROGRAM_STATUSES);
const typeOf = oneOf(PROGRAM_TYPES);

/** Search in program and organisation names (with the button or Enter), status, type and "only mine" (applied at once); the headers sort. */
export function ProgramFilters({ value, onChange }: ProgramFiltersProps) {
  const { t } = useTranslation();
  return (
    <ListSearch q={value.q} label={t('programs:list.search')} onSearch={(q) => onChange({ ...value, q })}>
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
    </ListSearch>
  );
}
