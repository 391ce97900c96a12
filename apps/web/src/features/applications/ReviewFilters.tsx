import { APPLICATION_STATUSES, CONFIRMATION_STATUSES, PROGRAM_ROLES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/ListSearch';
import { SelectField } from '../../components/SelectField';
import type { ReviewSearch } from '../../routes/search';

type ReviewFiltersProps = { value: ReviewSearch; onChange: (next: ReviewSearch) => void };

/** Search (with the button or Enter) and filters (applied at once); the table's headers sort. */
export function ReviewFilters({ value, onChange }: ReviewFiltersProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('common:common.all') };
  const select = <K extends keyof ReviewSearch>(key: K) => ({
    value: (value[key] as string | undefined) ?? '',
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value || undefined }),
  });

  return (
    <ListSearch q={value.q} label={t('applications:review.search')} onSearch={(q) => onChange({ ...value, q })} className="filters--review">
      <SelectField
        label={t('applications:review.filterRole')}
        options={[all, ...PROGRAM_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))]}
        {...select('role')}
      />
      <SelectField
        label={t('applications:review.filterStatus')}
        options={[
          all,
          ...APPLICATION_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t(`applications:applicationStatus.${s}`) })),
        ]}
        {...select('status')}
      />
      <SelectField
        label={t('applications:review.filterEligibility')}
        options={[
          all,
          ...(['eligible', 'unknown', 'ineligible'] as const).map((s) => ({ value: s, label: t(`applications:eligibility.status.${s}`) })),
        ]}
        {...select('eligibility')}
      />
      <SelectField
        label={t('applications:review.filterConfirmation')}
        options={[all, ...CONFIRMATION_STATUSES.map((s) => ({ value: s, label: t(`applications:confirmationStatus.${s}`) }))]}
        {...select('confirmation')}
      />
    </ListSearch>
  );
}
