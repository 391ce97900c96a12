import { useRef, type ChangeEvent } from 'react';
import { Button, Field, Label, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { ATTACHMENT_TYPES, COST_CATEGORIES, MAX_ATTACHMENT_BYTES, parseAmount, sharedCostInputSchema, type Currency } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { useAddCost } from './api';

const FIELDS = ['category', 'description', 'amount', 'vat', 'incurredOn', 'note', 'attachment', 'currency'] as const;

/** A typed amount becomes minor units; what is not an amount is passed on as text, so the contract names the field. */
const amountInput = (text: string) => (text.trim() === '' ? undefined : (parseAmount(text) ?? text));

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Enter one shared cost (venue, lecturers, training, catering …): amount and VAT in the program's currency, date, note, attachment. */
export function SharedCostForm({ programId, currency, onDone }: { programId: string; currency: Currency; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddCost(programId);
  const file = useRef<File | null>(null);
  const form = useForm(
    { category: 'venue', description: '', amount: '', vat: '', incurredOn: '', note: '', attachment: '' },
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
    await add.mutateAsync({ ...input, attachment });
    onDone();
  });

  const attachmentError = form.errorText('attachment') ? t('costs:form.attachmentInvalid') : undefined;
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
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
          {...form.bind('amount')}
        />
        <Textfield label={t('costs:form.vat', { currency })} inputMode="decimal" {...form.bind('vat')} />
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
      <ErrorAlert error={form.formError(FIELDS)} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('costs:form.save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
