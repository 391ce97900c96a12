import { stringify } from 'csv-stringify/sync';
import { formatMoney, LOCALE_TAGS, translator, type CostOverview, type Locale } from '@lots/core';
import { createPdf } from '../../platform/pdf';
import { decimal, defuse, formatDate } from './export';

/**
 * The program-wide cost summary as files (issue 12): every organisation's fees, share of the shared
 * costs and total, the shared costs, and — for those who see the whole program — the program's
 * totals and cost per outcome. Made from the same `CostOverview` the screen shows, so the same
 * visibility holds: an organisation's staff get their own row and their own shares only.
 */
/** A shared cost's amounts as the viewer may see them: the whole cost, or their own share. */
const amounts = (c: CostOverview['sharedCosts']['items'][number]) => ({
  amount: c.amount ?? c.share?.amount ?? 0,
  vat: c.vat ?? c.share?.vat ?? 0,
});

function headers(locale: Locale) {
  const t = translator(locale);
  return {
    organisations: [
      t('costs:summary.organisation'),
      t('costs:summary.adepts'),
      t('costs:summary.mentors'),
      t('costs:summary.fees'),
      t('costs:summary.shared'),
      t('costs:summary.vat'),
      t('costs:summary.total'),
      t('costs:file.colCurrency'),
      t('costs:summary.invoiced'),
    ],
    costs: [
      t('costs:file.colDate'),
      t('costs:file.colText'),
      t('costs:file.colAmount'),
      t('costs:file.colVat'),
      t('costs:file.colTotal'),
      t('costs:file.colCurrency'),
    ],
  };
}

const invoiceText = (o: CostOverview['organisations'][number], locale: Locale) =>
  o.invoice
    ? translator(locale)('costs:file.invoiced', { date: formatDate(o.invoice.invoicedOn, locale), reference: o.invoice.reference })
    : '';

const costText = (c: CostOverview['sharedCosts']['items'][number], locale: Locale) =>
  `${translator(locale)(`costs:category.${c.category}`)} · ${c.description}`;

/** Cost per outcome as label and amount (null when there is nothing to divide by). */
function outcomeLines(overview: CostOverview, locale: Locale): [string, number | null][] {
  const t = translator(locale);
  const o = overview.outcome;
  if (!o) return [];
  return [
    [t('costs:summaryFile.perParticipant', { number: o.participants }), o.perParticipant],
    [t('costs:summaryFile.perCompletedPair', { number: o.completedPairs }), o.perCompletedPair],
    [t('costs:outcome.perHour', { hours: new Intl.NumberFormat(LOCALE_TAGS[locale]).format(o.hours) }), o.perHour],
  ];
}

export function summaryCsv(overview: CostOverview, locale: Locale): Buffer {
  const t = translator(locale);
  const money = (n: number) => decimal(n, locale);
  const h = headers(locale);
  const rows: string[][] = [
    h.organisations,
    ...overview.organisations.map((o) => [
      defuse(o.organisationName),
      String(o.adepts),
      String(o.mentors),
      money(o.fees),
      money(o.sharedAmount),
      money(o.sharedVat),
      money(o.total),
      o.currency,
      defuse(invoiceText(o, locale)),
    ]),
  ];
  const totals = overview.programTotals;
  if (totals)
    rows.push([
      t('costs:summary.programTotal'),
      '',
      '',
      money(totals.fees),
      money(totals.sharedAmount),
      money(totals.sharedVat),
      money(totals.total),
      overview.currency,
      '',
    ]);
  rows.push([], h.costs);
  for (const c of overview.sharedCosts.items) {
    const a = amounts(c);
    rows.push([c.incurredOn, defuse(costText(c, locale)), money(a.amount), money(a.vat), money(a.amount + a.vat), c.currency]);
  }
  const outcome = outcomeLines(overview, locale);
  if (outcome.length) {
    rows.push([], [t('costs:outcome.heading')]);
    for (const [label, value] of outcome) rows.push([label, value === null ? '' : money(value), overview.currency]);
  }
  const delimiter = locale === 'en' ? ',' : ';';
  return Buffer.from('\uFEFF' + stringify(rows, { delimiter, record_delimiter: '\r\n' }), 'utf8');
}

export async function summaryXlsx(overview: CostOverview, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const h = headers(locale);
  const amountFormat = '#,##0.00';
  // exceljs is loaded with the first workbook, not with the server (issue 15, decision 0182).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = t('costs:summaryFile.title', { program: overview.programName });

  const sheet = workbook.addWorksheet(t('costs:summaryFile.sheetOrganisations'));
  sheet.addRow([t('costs:summaryFile.title', { program: defuse(overview.programName) })]).font = { bold: true, size: 14 };
  sheet.addRow([t('costs:file.organiser'), defuse(overview.organiserName)]);
  sheet.addRow([t('costs:file.splitRule'), t(`costs:splitRule.${overview.settings.splitRule}`)]);
  sheet.addRow([t('costs:file.colCurrency'), overview.currency]);
  sheet.addRow([]);
  sheet.addRow(h.organisations).font = { bold: true };
  for (const o of overview.organisations) {
    const row = sheet.addRow([
      defuse(o.organisationName),
      o.adepts,
      o.mentors,
      o.fees / 100,
      o.sharedAmount / 100,
      o.sharedVat / 100,
      o.total / 100,
      o.currency,
      defuse(invoiceText(o, locale)),
    ]);
    for (const c of [4, 5, 6, 7]) row.getCell(c).numFmt = amountFormat;
  }
  const totals = overview.programTotals;
  if (totals) {
    const row = sheet.addRow([
      t('costs:summary.programTotal'),
      null,
      null,
      totals.fees / 100,
      totals.sharedAmount / 100,
      totals.sharedVat / 100,
      totals.total / 100,
      overview.currency,
    ]);
    row.font = { bold: true };
    for (const c of [4, 5, 6, 7]) row.getCell(c).numFmt = amountFormat;
  }
  const outcome = outcomeLines(overview, locale);
  if (outcome.length) {
    sheet.addRow([]);
    sheet.addRow([t('costs:outcome.heading')]).font = { bold: true };
    for (const [label, value] of outcome) {
      const row = sheet.addRow([label, value === null ? null : value / 100, overview.currency]);
      row.getCell(2).numFmt = amountFormat;
    }
  }
  sheet.getColumn(1).width = 40;
  for (const c of [2, 3, 4, 5, 6, 7, 8]) sheet.getColumn(c).width = 14;
  sheet.getColumn(9).width = 40;

  const costs = workbook.addWorksheet(t('costs:summaryFile.sheetCosts'));
  costs.addRow(h.costs).font = { bold: true };
  for (const c of overview.sharedCosts.items) {
    const a = amounts(c);
    const row = costs.addRow([
      c.incurredOn,
      defuse(costText(c, locale)),
      a.amount / 100,
      a.vat / 100,
      (a.amount + a.vat) / 100,
      c.currency,
    ]);
    for (const col of [3, 4, 5]) row.getCell(col).numFmt = amountFormat;
  }
  costs.getColumn(2).width = 50;
  for (const col of [1, 3, 4, 5]) costs.getColumn(col).width = 16;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The summary as a tagged PDF in the reader's language (decision 0040): headings, paragraphs, lists, a table. */
export async function summaryPdf(overview: CostOverview, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const money = (n: number) => formatMoney(n, overview.currency, locale);
  const title = t('costs:summaryFile.title', { program: overview.programName });
  const pdf = await createPdf({ title, locale });
  const none = t('costs:file.none');
  pdf.heading('H1', title);
  pdf.labelled(t('costs:file.organiser'), overview.organiserName);
  pdf.labelled(t('costs:file.splitRule'), t(`costs:splitRule.${overview.settings.splitRule}`));
  pdf.doc.moveDown();
  pdf.heading('H2', t('costs:summary.heading'));
  const totals = overview.programTotals;
  if (overview.organisations.length === 0) pdf.paragraph(none);
  else
    pdf.table(
      [
        t('costs:summary.organisation'),
        t('costs:summary.fees'),
        t('costs:summary.shared'),
        t('costs:summary.vat'),
        t('costs:summary.total'),
      ],
      [
        ...overview.organisations.map((o) => [
          `${o.organisationName} (${t('costs:summaryFile.people', { adepts: o.adepts, mentors: o.mentors })})`,
          money(o.fees),
          money(o.sharedAmount),
          money(o.sharedVat),
          money(o.total),
        ]),
        ...(totals
          ? [
              [
                t('costs:summary.programTotal'),
                money(totals.fees),
                money(totals.sharedAmount),
                money(totals.sharedVat),
                money(totals.total),
              ],
            ]
          : []),
      ],
      { columnWidths: ['*', 80, 80, 70, 80] },
    );
  const invoiced = overview.organisations.filter((o) => o.invoice);
  if (invoiced.length)
    pdf.list(
      invoiced.map((o) => `${o.organisationName}: ${invoiceText(o, locale)}`),
      none,
    );
  pdf.doc.moveDown();
  pdf.heading('H2', t('costs:summaryFile.costsHeading'));
  pdf.list(
    overview.sharedCosts.items.map((c) => {
      const a = amounts(c);
      return `${formatDate(c.incurredOn, locale)} ${costText(c, locale)}: ${money(a.amount)} + ${t('costs:file.colVat')} ${money(a.vat)}`;
    }),
    none,
  );
  const outcome = outcomeLines(overview, locale);
  if (outcome.length) {
    pdf.doc.moveDown();
    pdf.heading('H2', t('costs:outcome.heading'));
    pdf.list(
      outcome.map(([label, value]) => `${label}: ${value === null ? t('costs:outcome.none') : money(value)}`),
      none,
    );
  }
  return pdf.bytes();
}

/** The summary's file name in the reader's language, without extension: an organisation's own part names it. */
export function summaryFileName(overview: CostOverview, locale: Locale) {
  const t = translator(locale);
  if (overview.can.manage) return t('costs:summaryFile.fileName', { program: overview.programName });
  return t('costs:summaryFile.fileNameOwn', {
    program: overview.programName,
    organisation: overview.organisations[0]?.organisationName ?? '',
  });
}
