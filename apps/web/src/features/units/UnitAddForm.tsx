import { Button, Textfield } from '@digdir/designsystemet-react';
import { unitInputSchema, type Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { useCreateUnit } from './api';
import { unitOptions } from './unitOptions';
import { FormErrorSummary } from '../../components/FormErrorSummary';

export function UnitAddForm({ orgId, units, onAdded }: { orgId: string; units: readonly Unit[]; onAdded: (unit: Unit) => void }) {
  const { t } = useTranslation();
  const create = useCreateUnit(orgId);
  const form = useForm({ name: '', parentId: '' }, { schema: unitInputSchema, toInput: (v) => ({ ...v, parentId: v.parentId || null }) });
  const parents = [{ value: '', label: t('units:topLevel') }, ...unitOptions(units)];

  const onSubmit = form.submitParsed(async (input, v) => {
    const unit = await create.mutateAsync(input);
    form.setValues({ name: '', parentId: v.parentId });
    onAdded(unit);
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('units:name')} required {...form.bind('name')} />
      <SelectField label={t('units:parent')} options={parents} {...form.bind('parentId')} />
      <ErrorAlert error={form.formError(['name', 'parentId'])} />
      <div className="form__actions">
        <Button type="submit" loading={create.isPending}>
          {t('units:add')}
        </Button>
      </div>
    </form>
  );
}
