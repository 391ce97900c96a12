import { useEffect } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { APPLICATION_STATUSES, CONFIRMATION_STATUSES, PROGRAM_ROLES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import type { ReviewSearch } from '../../routes/search';
import { reviewSearchSchema } from '../../routes/search-forms';

type ReviewFiltersProps = { value: ReviewSearch; onChange: (next: ReviewSearch) => void };

/** Search (with the button or Enter) and filters (applied at once); the table's headers sort. */
export function ReviewFilters({ value, onChange }: ReviewFiltersProps) {
  const { t } = useTranslation();
  // The search text is checked with the router's own schema for the page's search params.
  const form = useForm({ q: value.q ?? '' }, { schema: reviewSearchSchema.pick({ q: true }) });
  const { setValues } = form;
  useEffect(() => setValues({ q: value.q ?? '' }), [value.q, setValues]);
  const onSubmit = form.submitParsed((input) => onChange({ ...value, q: input.q?.trim() || undefined }));
  const all = { value: '', label: t('common:common.all') };
  const select = <K extends keyof ReviewSearch>(key: K) => ({
    value: (value[key] as string | undefined) ?? '',
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value || undefined }),
  });

  return (
    <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className="filters filters--review">
      <div className="filters__search">
        <Textfield label={t('applications:review.search')} type="search" {...form.bind('q')} />
        <Button type="submit" variant="secondary">
          {t('applications:review.searchSubmit')}
        </Button>
      </div>
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
    </form>
  );
}
