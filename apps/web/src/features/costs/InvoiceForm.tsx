import { Button, Textfield } from '@digdir/designsystemet-react';
import { invoiceInputSchema, type OrganisationCost } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { useMarkInvoiced } from './api';

/** Mark an organisation's invoice basis as invoiced: the date and the invoice's reference. */
export function InvoiceForm({ programId, part, onDone }: { programId: string; part: OrganisationCost; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const mark = useMarkInvoiced(programId);
  const form = useForm(
    { invoicedOn: part.invoice?.invoicedOn ?? new Date().toISOString().slice(0, 10), reference: part.invoice?.reference ?? '' },
    { schema: invoiceInputSchema },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await mark.mutateAsync({ organisationId: part.organisationId, ...input });
    onDone(true);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('costs:invoice.invoicedOn')} type="date" required {...form.bind('invoicedOn')} />
      <Textfield label={t('costs:invoice.reference')} required {...form.bind('reference')} />
      <ErrorAlert error={form.formError(['invoicedOn', 'reference'])} />
      <div className="form__actions">
        <Button type="submit" loading={mark.isPending}>
          {t('costs:invoice.save')}
        </Button>
        <Button variant="tertiary" onClick={() => onDone(false)}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
