import { stringify } from 'csv-stringify/sync';
import { formatMoney, LOCALE_TAGS, translator, type CostOverview, type Locale, type OrganisationCost, type SharedCost } from '@lots/core';
import { createPdf } from '../../platform/pdf';

/** What an organisation's invoice basis file holds: its part, the shared costs with its shares, the program. */
export interface Basis {
  programName: string;
  organiserName: string;
  splitRule: CostOverview['settings']['splitRule'];
  organisation: OrganisationCost;
  costs: (SharedCost & { share: { amount: number; vat: number } })[];
}

/** A date (YYYY-MM-DD) for the reader: 2026-03-14 (sv), 14.03.2026 (nb), 14/03/2026 (en). */
export const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Amounts in files are numbers in major units with two decimals, written in the reader's way. */
export const decimal = (minor: number, locale: Locale) =>
  new Intl.NumberFormat(LOCALE_TAGS[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(
    minor / 100,
  );

/** The rows of the invoice basis, shared by the three formats: [kind, date, text, amount, VAT, total] in minor units. */
function lines(basis: Basis, locale: Locale) {
  const t = translator(locale);
  const o = basis.organisation;
  const participants = o.participants.map((p) => ({
    kind: t('costs:file.kindFee'),
    date: p.leftOn,
    text: [
      p.name ?? t('costs:file.unnamed'),
      t(`costs:role.${p.role}`),
      p.leftOn ? t('costs:file.left', { date: formatDate(p.leftOn, locale) }) : null,
      p.counts ? null : t('costs:file.notCharged'),
    ]
      .filter(Boolean)
      .join(' · '),
    amount: p.fee,
    vat: 0,
  }));
  const shared = basis.costs.map((c) => ({
    kind: t('costs:file.kindShared'),
    date: c.incurredOn,
    text: `${t(`costs:category.${c.category}`)} · ${c.description}`,
    amount: c.share.amount,
    vat: c.share.vat,
  }));
  return [...participants, ...shared];
}

/** Neutralises spreadsheet formulas: a text cell starting with = + - @ (or a tab or CR) is prefixed with an apostrophe. */
export const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function basisCsv(basis: Basis, locale: Locale): Buffer {
  const t = translator(locale);
  const o = basis.organisation;
  const money = (n: number) => decimal(n, locale);
  const rows: string[][] = [
    [
      t('costs:file.colKind'),
      t('costs:file.colDate'),
      t('costs:file.colText'),
      t('costs:file.colAmount'),
      t('costs:file.colVat'),
      t('costs:file.colTotal'),
      t('costs:file.colCurrency'),
    ],
    ...lines(basis, locale).map((l) => [
      defuse(l.kind),
      l.date ?? '',
      defuse(l.text),
      money(l.amount),
      money(l.vat),
      money(l.amount + l.vat),
      o.currency,
    ]),
    [t('costs:file.total'), '', defuse(o.organisationName), money(o.fees + o.sharedAmount), money(o.sharedVat), money(o.total), o.currency],
  ];
  // Excel in Swedish and Norwegian reads `;` and a decimal comma; in English `,` and a point.
  const delimiter = locale === 'en' ? ',' : ';';
  return Buffer.from('\uFEFF' + stringify(rows, { delimiter, record_delimiter: '\r\n' }), 'utf8');
}

export async function basisXlsx(basis: Basis, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const o = basis.organisation;
  // exceljs is loaded with the first workbook, not with the server (issue 15, decision 0182).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = t('costs:file.title', { program: basis.programName });
  const sheet = workbook.addWorksheet(t('costs:file.sheet'));
  sheet.addRow([t('costs:file.title', { program: defuse(basis.programName) })]).font = { bold: true, size: 14 };
  sheet.addRow([t('costs:file.organisation'), defuse(o.organisationName)]);
  sheet.addRow([t('costs:file.organiser'), defuse(basis.organiserName)]);
  sheet.addRow([t('costs:file.splitRule'), t(`costs:splitRule.${basis.splitRule}`)]);
  sheet.addRow([t('costs:file.colCurrency'), o.currency]);
  sheet.addRow([]);
  const header = sheet.addRow([
    t('costs:file.colKind'),
    t('costs:file.colDate'),
    t('costs:file.colText'),
    t('costs:file.colAmount'),
    t('costs:file.colVat'),
    t('costs:file.colTotal'),
  ]);
  header.font = { bold: true };
  const amountFormat = '#,##0.00';
  for (const l of lines(basis, locale)) {
    const row = sheet.addRow([defuse(l.kind), l.date ?? '', defuse(l.text), l.amount / 100, l.vat / 100, (l.amount + l.vat) / 100]);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = amountFormat;
  }
  const total = sheet.addRow([t('costs:file.total'), '', '', (o.fees + o.sharedAmount) / 100, o.sharedVat / 100, o.total / 100]);
  total.font = { bold: true };
  for (const c of [4, 5, 6]) total.getCell(c).numFmt = amountFormat;
  if (o.invoice)
    sheet.addRow([t('costs:file.invoiced', { date: formatDate(o.invoice.invoicedOn, locale), reference: defuse(o.invoice.reference) })]);
  sheet.getColumn(3).width = 50;
  for (const c of [1, 4, 5, 6]) sheet.getColumn(c).width = 16;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The invoice basis as a tagged PDF in the reader's language (decision 0040): headings, paragraphs, lists, a table. */
export async function basisPdf(basis: Basis, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const o = basis.organisation;
  const money = (n: number) => formatMoney(n, o.currency, locale);
  const title = t('costs:file.title', { program: basis.programName });
  const pdf = await createPdf({ title, locale });
  pdf.heading('H1', title);
  pdf.labelled(t('costs:file.organisation'), o.organisationName);
  pdf.labelled(t('costs:file.organiser'), basis.organiserName);
  pdf.labelled(t('costs:file.splitRule'), t(`costs:splitRule.${basis.splitRule}`));
  pdf.doc.moveDown();
  pdf.heading('H2', t('costs:file.participants'));
  const all = lines(basis, locale);
  const fees = all.slice(0, o.participants.length);
  pdf.list(
    fees.map((l) => `${l.text}: ${money(l.amount)}`),
    t('costs:file.none'),
  );
  pdf.doc.moveDown();
  pdf.heading('H2', t('costs:file.shared'));
  pdf.list(
    all
      .slice(o.participants.length)
      .map((l) => `${l.date ? formatDate(l.date, locale) : ''} ${l.text}: ${money(l.amount)} + ${t('costs:file.colVat')} ${money(l.vat)}`),
    t('costs:file.none'),
  );
  pdf.doc.moveDown();
  pdf.heading('H2', t('costs:file.summary'));
  pdf.table(
    [t('costs:file.colText'), t('costs:file.colAmount')],
    [
      [t('costs:file.fees'), money(o.fees)],
      [t('costs:file.sharedShare'), money(o.sharedAmount)],
      [t('costs:file.colVat'), money(o.sharedVat)],
      [t('costs:file.total'), money(o.total)],
    ],
  );
  if (o.invoice)
    pdf.paragraph(t('costs:file.invoiced', { date: formatDate(o.invoice.invoicedOn, locale), reference: o.invoice.reference }));
  return pdf.bytes();
}

/** The invoice basis's file name in the reader's language, without extension. */
export function basisFileName(basis: Basis, locale: Locale) {
  const t = translator(locale);
  return t('costs:file.fileName', { program: basis.programName, organisation: basis.organisation.organisationName });
}
