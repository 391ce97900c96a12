import { HEALTH_STATUSES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/ListSearch';
import { SelectField } from '../../components/SelectField';
import type { HealthSearch } from '../../routes/search';

type HealthFiltersProps = { value: HealthSearch; onChange: (next: HealthSearch) => void };

/** Search (with the button or Enter) and filters (applied at once); the table's headers sort. */
export function HealthFilters({ value, onChange }: HealthFiltersProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('common:common.all') };
  const select = <K extends 'status' | 'agreement' | 'quiet'>(key: K) => ({
    value: value[key] ?? '',
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value || undefined }),
  });

  return (
    <ListSearch q={value.q} label={t('mentorship:health.search')} onSearch={(q) => onChange({ ...value, q })} className="filters--review">
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
    </ListSearch>
  );
}
