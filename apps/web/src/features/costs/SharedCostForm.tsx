import { useRef, useState, type ChangeEvent } from 'react';
import { Button, Checkbox, Field, Label, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import {
  amountToInput,
  ATTACHMENT_TYPES,
  COST_CATEGORIES,
  MAX_ATTACHMENT_BYTES,
  parseAmount,
  sharedCostInputSchema,
  type Currency,
  type SharedCost,
} from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { readBase64 } from '../../lib/files';
import { useForm } from '../../lib/form';
import { currentLocale } from '../../i18n';
import { useAddCost, useUpdateCost } from './api';

const FIELDS = ['category', 'description', 'amount', 'vat', 'incurredOn', 'note', 'attachment', 'currency'] as const;

/** A typed amount becomes minor units; what is not an amount is passed on as text, so the contract names the field. */
const amountInput = (text: string) => (text.trim() === '' ? undefined : (parseAmount(text) ?? text));

type SharedCostFormProps = {
  programId: string;
  currency: Currency;
  /** The cost to change (PATCH); a new one when absent. */
  cost?: SharedCost;
  /** An organisation's share is marked invoiced: amount and VAT cannot change (decision 0126). */
  amountsLocked?: boolean;
  onDone: () => void;
};

/**
 * Enter or change one shared cost (venue, lecturers, training, catering …): amount and VAT in the
 * program's currency, date, note, attachment. A change sends every field; the attachment only when
 * a new file is chosen or the old one is removed.
 */
export function SharedCostForm({ programId, currency, cost, amountsLocked = false, onDone }: SharedCostFormProps) {
  const { t } = useTranslation();
  const add = useAddCost(programId);
  const update = useUpdateCost(programId);
  const file = useRef<File | null>(null);
  const [removeAttachment, setRemoveAttachment] = useState(false);
  const locale = currentLocale();
  const form = useForm(
    {
      category: cost?.category ?? 'venue',
      description: cost?.description ?? '',
      amount: cost?.amount != null ? amountToInput(cost.amount, locale) : '',
      vat: cost?.vat != null ? amountToInput(cost.vat, locale) : '',
      incurredOn: cost?.incurredOn ?? '',
      note: cost?.note ?? '',
      attachment: '',
    },
    {
      schema: sharedCostInputSchema,
      toInput: (v) => ({
        category: v.category,
        description: v.description,
        amount: amountInput(v.amount),
        vat: v.vat.trim() === '' ? 0 : amountInput(v.vat),
        currency,
        incurredOn: v.incurredOn,
        note: v.note.trim() || null,
      }),
    },
  );

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    file.current = chosen;
    form.set('attachment', chosen?.name ?? '');
    if (chosen && (chosen.size > MAX_ATTACHMENT_BYTES || !(ATTACHMENT_TYPES as readonly string[]).includes(chosen.type)))
      form.setErrors({ attachment: 'common:errors.fieldInvalid' });
  };

  const onSubmit = form.submitParsed(async (input) => {
    const chosen = file.current;
    if (chosen && (chosen.size > MAX_ATTACHMENT_BYTES || !(ATTACHMENT_TYPES as readonly string[]).includes(chosen.type))) {
      form.setErrors({ attachment: 'common:errors.fieldInvalid' });
      form.showErrors();
      return;
    }
    const attachment = chosen
      ? { name: chosen.name, contentType: chosen.type as (typeof ATTACHMENT_TYPES)[number], data: await readBase64(chosen) }
      : null;
    if (cost) {
      const { currency: _currency, ...patch } = input;
      await update.mutateAsync({
        costId: cost.id,
        patch: { ...patch, ...(attachment ? { attachment } : removeAttachment ? { attachment: null } : {}) },
      });
    } else await add.mutateAsync({ ...input, attachment });
    onDone();
  });

  const attachmentError = form.errorText('attachment') ? t('costs:form.attachmentInvalid') : undefined;
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      {cost && amountsLocked ? <Paragraph data-size="sm">{t('costs:form.amountsLocked')}</Paragraph> : null}
      <SelectField
        label={t('costs:form.category')}
        options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`costs:category.${c}`) }))}
        {...form.bind('category')}
      />
      <Textfield label={t('costs:form.description')} required {...form.bind('description')} />
      <div className="form__grid">
        <Textfield
          label={t('costs:form.amount', { currency })}
          description={t('costs:form.amountHelp')}
          inputMode="decimal"
          required
          readOnly={Boolean(cost) && amountsLocked}
          {...form.bind('amount')}
        />
        <Textfield
          label={t('costs:form.vat', { currency })}
          inputMode="decimal"
          readOnly={Boolean(cost) && amountsLocked}
          {...form.bind('vat')}
        />
        <Textfield label={t('costs:form.incurredOn')} type="date" required {...form.bind('incurredOn')} />
      </div>
      <Textfield label={t('costs:form.note')} multiline rows={2} {...form.bind('note')} />
      <Field>
        <Label>{t('costs:form.attachment')}</Label>
        <Field.Description>{t('costs:form.attachmentHelp')}</Field.Description>
        <input
          type="file"
          name="attachment"
          id="attachment"
          accept={ATTACHMENT_TYPES.join(',')}
          onChange={onFile}
          aria-invalid={attachmentError ? true : undefined}
          className="file-input"
        />
        {attachmentError ? <ValidationMessage>{attachmentError}</ValidationMessage> : null}
      </Field>
      {cost?.attachment ? (
        <Checkbox
          label={t('costs:form.removeAttachment', { name: cost.attachment.name })}
          checked={removeAttachment}
          onChange={(event) => setRemoveAttachment(event.target.checked)}
        />
      ) : null}
      <ErrorAlert error={form.formError(FIELDS)} messages={{ conflict: t('costs:form.amountsLocked') }} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending || update.isPending}>
          {cost ? t('costs:form.saveChanges') : t('costs:form.save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
