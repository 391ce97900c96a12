import type { FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { unitPatchSchema, type Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { useDeleteUnit, useUpdateUnit } from './api';
import type { UnitAction } from './UnitTree';
import { unitOptions } from './unitOptions';
import { FormErrorSummary } from '../../components/FormErrorSummary';

export type UnitDialogState = { action: UnitAction; unit: Unit } | null;

type UnitDialogsProps = {
  orgId: string;
  units: readonly Unit[];
  state: UnitDialogState;
  onClose: () => void;
  onDone: (message: string) => void;
};

/** One dialog for rename, move and delete, so focus goes back to the button that opened it. */
export function UnitDialogs({ orgId, units, state, onClose, onDone }: UnitDialogsProps) {
  const { t } = useTranslation();
  const title = !state
    ? ''
    : state.action === 'rename'
      ? t('units:renameHeading')
      : state.action === 'move'
        ? t('units:moveHeading', { name: state.unit.name })
        : t('units:deleteHeading');
  return (
    <AppDialog open={state !== null} onClose={onClose} title={title}>
      {state?.action === 'rename' ? (
        <RenameForm key={state.unit.id} orgId={orgId} unit={state.unit} onClose={onClose} onDone={onDone} />
      ) : null}
      {state?.action === 'move' ? (
        <MoveForm key={state.unit.id} orgId={orgId} units={units} unit={state.unit} onClose={onClose} onDone={onDone} />
      ) : null}
      {state?.action === 'delete' ? (
        <DeleteConfirm key={state.unit.id} orgId={orgId} unit={state.unit} onClose={onClose} onDone={onDone} />
      ) : null}
    </AppDialog>
  );
}

type FormProps = { orgId: string; unit: Unit; onClose: () => void; onDone: (message: string) => void };

function Actions({
  submitLabel,
  pending,
  onClose,
  danger,
}: {
  submitLabel: string;
  pending: boolean;
  onClose: () => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" loading={pending} data-color={danger ? 'danger' : undefined}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onClose}>
        {t('common:common.cancel')}
      </Button>
    </div>
  );
}

function RenameForm({ orgId, unit, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const update = useUpdateUnit(orgId);
  const form = useForm({ name: unit.name }, { schema: unitPatchSchema });
  const onSubmit = form.submitParsed(async (patch) => {
    await update.mutateAsync({ unitId: unit.id, patch });
    onDone(t('common:common.saved'));
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('units:newName')} required autoFocus {...form.bind('name')} />
      <ErrorAlert error={form.formError(['name'])} />
      <Actions submitLabel={t('common:common.save')} pending={update.isPending} onClose={onClose} />
    </form>
  );
}

function MoveForm({ orgId, unit, units, onClose, onDone }: FormProps & { units: readonly Unit[] }) {
  const { t } = useTranslation();
  const update = useUpdateUnit(orgId);
  const form = useForm({ parentId: unit.parentId ?? '' }, { schema: unitPatchSchema, toInput: (v) => ({ parentId: v.parentId || null }) });
  const parents = [{ value: '', label: t('units:topLevel') }, ...unitOptions(units, unit.id)];
  const onSubmit = form.submitParsed(async (patch) => {
    await update.mutateAsync({ unitId: unit.id, patch });
    onDone(t('common:common.saved'));
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <SelectField label={t('units:parent')} options={parents} {...form.bind('parentId')} />
      <ErrorAlert error={form.formError(['parentId'])} />
      <Actions submitLabel={t('common:common.save')} pending={update.isPending} onClose={onClose} />
    </form>
  );
}

function DeleteConfirm({ orgId, unit, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const remove = useDeleteUnit(orgId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    remove.mutate(unit.id, { onSuccess: () => onDone(t('units:deleted', { name: unit.name })) });
  };
  return (
    <form onSubmit={onSubmit} className="form">
      <Paragraph>{t('units:deleteConfirm', { name: unit.name })}</Paragraph>
      <ErrorAlert error={remove.error} messages={{ conflict: t('units:deleteConflict', { name: unit.name }) }} />
      <Actions submitLabel={t('common:common.delete')} pending={remove.isPending} onClose={onClose} danger />
    </form>
  );
}
