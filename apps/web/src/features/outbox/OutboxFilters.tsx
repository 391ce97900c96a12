import { MAIL_STATUSES, mailStatusSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/ListSearch';
import { SelectField } from '../../components/SelectField';
import type { OutboxSearch } from '../../routes/search';

type OutboxFiltersProps = { value: OutboxSearch; onChange: (next: OutboxSearch) => void };

/** Search in recipient and subject (with the button or Enter) and a status filter (applied at once); the headers sort. */
export function OutboxFilters({ value, onChange }: OutboxFiltersProps) {
  const { t } = useTranslation();
  return (
    <ListSearch q={value.q} label={t('outbox:list.search')} onSearch={(q) => onChange({ ...value, q })}>
      <SelectField
        label={t('outbox:list.filterStatus')}
        value={value.status ?? ''}
        onChange={(e) => onChange({ ...value, status: mailStatusSchema.safeParse(e.target.value).data })}
        options={[
          { value: '', label: t('common:common.all') },
          ...MAIL_STATUSES.map((s) => ({ value: s, label: t(`outbox:mailStatus.${s}`) })),
        ]}
      />
    </ListSearch>
  );
}
