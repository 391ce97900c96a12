import { Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { adeptCapInputSchema, type OrganisationCost } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { TableScroll } from '../../components/TableScroll';
import { currentLocale, formatDate } from '../../i18n';
import { useForm } from '../../lib/form';
import { basisUrl, summaryUrl, useSetAdeptCap } from './api';
import { money } from './money';

/** The three files of an organisation's invoice basis, in the reader's language. */
export function BasisLinks({ programId, part }: { programId: string; part: OrganisationCost }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <ul className="link-row">
      {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
        <li key={format}>
          <Link
            href={basisUrl(programId, part.organisationId, format, lang)}
            download
            aria-label={t('costs:basis.downloadLabel', { format: format.toUpperCase(), organisation: part.organisationName })}
          >
            {t(`costs:basis.download.${format}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The three files of the program-wide cost summary, in the reader's language (issue 12). */
export function SummaryLinks({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <>
      <Paragraph data-size="sm">{t('costs:summaryFile.intro')}</Paragraph>
      <ul className="link-row">
        {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
          <li key={format}>
            <Link
              href={summaryUrl(programId, format, lang)}
              download
              aria-label={t('costs:summaryFile.downloadLabel', { format: format.toUpperCase() })}
            >
              {t(`costs:basis.download.${format}`)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function CapForm({ programId, part, onSaved }: { programId: string; part: OrganisationCost; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const save = useSetAdeptCap(programId);
  const form = useForm(
    { adeptCap: part.adeptCap === null ? '' : String(part.adeptCap) },
    { schema: adeptCapInputSchema, toInput: (v) => ({ adeptCap: v.adeptCap.trim() === '' ? null : Number(v.adeptCap) }) },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await save.mutateAsync({ organisationId: part.organisationId, ...input });
    onSaved(input.adeptCap === null ? t('costs:cap.removed') : t('costs:cap.saved', { count: input.adeptCap }));
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield
        label={t('costs:cap.label')}
        description={t('costs:cap.help')}
        inputMode="numeric"
        {...form.bind('adeptCap')}
        error={form.errorText('adeptCap')}
      />
      <ErrorAlert error={form.formError(['adeptCap'])} />
      <div className="form__actions">
        <Button type="submit" variant="secondary" loading={save.isPending}>
          {t('costs:cap.save')}
        </Button>
      </div>
    </form>
  );
}

/** An organisation's own part: its staff taking part, fees, its share of shared costs, the total, its files and its cap. */
export function OrganisationPart({
  programId,
  part,
  onNotice,
}: {
  programId: string;
  part: OrganisationCost;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const dash = t('common:common.none');
  return (
    <section aria-labelledby="own-part-heading" className="section">
      <Heading level={2} data-size="sm" id="own-part-heading">
        {t('costs:own.heading', { organisation: part.organisationName })}
      </Heading>
      <dl className="facts facts--stack">
        <dt>{t('costs:own.fees')}</dt>
        <dd>{money(part.fees, part.currency)}</dd>
        <dt>{t('costs:own.shared')}</dt>
        <dd>{money(part.sharedAmount, part.currency)}</dd>
        <dt>{t('costs:own.vat')}</dt>
        <dd>{money(part.sharedVat, part.currency)}</dd>
        <dt>{t('costs:own.total')}</dt>
        <dd>
          <strong data-testid="own-total">{money(part.total, part.currency)}</strong>
        </dd>
        <dt>{t('costs:own.invoiced')}</dt>
        <dd>
          {part.invoice
            ? t('costs:own.invoicedOn', { date: formatDate(part.invoice.invoicedOn), reference: part.invoice.reference })
            : t('costs:own.notInvoiced')}
        </dd>
      </dl>
      <BasisLinks programId={programId} part={part} />
      <Heading level={3} data-size="xs">
        {t('costs:own.participants')}
      </Heading>
      {part.participants.length === 0 ? (
        <Paragraph>{t('costs:own.noParticipants')}</Paragraph>
      ) : (
        <TableScroll label={t('costs:own.participantsCaption')}>
          <Table zebra data-size="sm">
            <caption className="ds-sr-only">{t('costs:own.participantsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('costs:own.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('costs:own.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('costs:own.left')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('costs:own.fee')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {part.participants.map((p, i) => (
                <Table.Row key={`${p.name ?? ''}-${p.role}-${i}`}>
                  <Table.Cell>{p.name ?? t('costs:own.unnamed')}</Table.Cell>
                  <Table.Cell>{t(`costs:role.${p.role}`)}</Table.Cell>
                  <Table.Cell>
                    {p.leftOn ? formatDate(p.leftOn) : dash}
                    {p.counts ? null : <div className="cell-note">{t('costs:own.notCharged')}</div>}
                  </Table.Cell>
                  <Table.Cell className="num">{money(p.fee, part.currency)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <CapForm programId={programId} part={part} onSaved={onNotice} />
    </section>
  );
}
