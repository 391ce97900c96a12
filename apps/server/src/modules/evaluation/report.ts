import { stringify } from 'csv-stringify/sync';
import {
  instrument,
  LOCALE_TAGS,
  translator,
  type Dashboard,
  type Locale,
  type MeasureResult,
  type PublishedFigure,
  type SurveyKind,
} from '@lots/core';
import { createPdf } from '../../platform/pdf';

/** Everything a report or an export shows: already suppressed (decision 0130); nothing here sees an answer. */
export interface ReportData {
  programName: string;
  organisationName: string | null;
  purpose: string | null;
  goals: string | null;
  minGroupSize: number;
  dashboard: Dashboard;
  waves: { occasion: string; kind: SurveyKind; answered: number; invited: number; measures: MeasureResult[] }[];
  instruments: string[];
  costs: { currency: string; perParticipant: number | null; perCompletedPair: number | null } | null;
}

const LEVELS = ['reaction', 'learning', 'behaviour', 'results'] as const;

/** A figure for the reader: the value, or `..` when hidden. */
export function shown(figure: PublishedFigure, locale: Locale): string {
  if (figure.suppressed) return '..';
  if (figure.value === null) return '–';
  const number = new Intl.NumberFormat(LOCALE_TAGS[locale]);
  if (typeof figure.value === 'number') return number.format(figure.value);
  return Object.entries(figure.value)
    .map(([k, v]) => `${k} ${number.format(v)} %`)
    .join(', ');
}

/** The report's title, also its file name: the program, and the organisation when it is one organisation's part. */
export function reportTitle(data: ReportData, locale: Locale) {
  const t = translator(locale);
  return data.organisationName
    ? t('evaluation:report.titleOrganisation', { program: data.programName, organisation: data.organisationName })
    : t('evaluation:report.title', { program: data.programName });
}

function measureName(locale: Locale, m: MeasureResult) {
  const t = translator(locale);
  return m.instrument === 'custom' ? m.measure : t(`evaluation:instruments.${m.instrument}.measures.${m.measure}`);
}

function waveName(locale: Locale, w: { occasion: string; kind: SurveyKind }) {
  const t = translator(locale);
  const n = /^pulse-(\d+)$/.exec(w.occasion)?.[1];
  return n ? t('evaluation:report.pulse', { n }) : t(`evaluation:occasion.${w.kind}`);
}

/** The rows every format shares: [survey, measure, breakdown, group, answers, figure]. */
export function tableRows(data: ReportData, locale: Locale): string[][] {
  const t = translator(locale);
  const rows: string[][] = [];
  for (const w of data.waves)
    for (const m of w.measures) {
      const n = (f: PublishedFigure) => (f.suppressed ? '..' : String(f.n));
      rows.push([waveName(locale, w), measureName(locale, m), t('evaluation:report.all'), '', n(m.total), shown(m.total, locale)]);
      for (const b of m.breakdowns)
        for (const g of b.groups)
          rows.push([waveName(locale, w), measureName(locale, m), t(`evaluation:breakdown.${b.by}`), g.label, n(g), shown(g, locale)]);
    }
  return rows;
}

function header(locale: Locale) {
  const t = translator(locale);
  return [
    t('evaluation:report.colSurvey'),
    t('evaluation:report.colMeasure'),
    t('evaluation:report.colBreakdown'),
    t('evaluation:report.colGroup'),
    t('evaluation:report.colAnswers'),
    t('evaluation:report.colFigure'),
  ];
}

/** Neutralises spreadsheet formulas in text cells (a name or a custom question starting with = + - @). */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function reportCsv(data: ReportData, locale: Locale): Buffer {
  const t = translator(locale);
  const rows = [
    header(locale),
    ...tableRows(data, locale).map((r) => r.map(defuse)),
    [],
    [t('evaluation:report.suppressionNote', { k: data.minGroupSize })],
  ];
  return Buffer.from('\uFEFF' + stringify(rows, { delimiter: locale === 'en' ? ',' : ';', record_delimiter: '\r\n' }), 'utf8');
}

export async function reportXlsx(data: ReportData, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  // exceljs is loaded with the first workbook, not with the server (issue 15, decision 0182).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = t('evaluation:report.title', { program: data.programName });
  const sheet = workbook.addWorksheet(t('evaluation:report.sheet'));
  sheet.addRow([defuse(t('evaluation:report.title', { program: data.programName }))]).font = { bold: true, size: 14 };
  sheet.addRow([t('evaluation:report.suppressionNote', { k: data.minGroupSize })]);
  sheet.addRow([]);
  sheet.addRow(header(locale)).font = { bold: true };
  for (const row of tableRows(data, locale)) sheet.addRow(row.map(defuse));
  for (const [c, w] of [
    [1, 24],
    [2, 34],
    [3, 20],
    [4, 30],
    [5, 10],
    [6, 16],
  ] as const)
    sheet.getColumn(c).width = w;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The management report (issue 13): purpose and goals, participation, activity, outcomes by
 * Kirkpatrick level, costs per outcome, method and suppression — a tagged PDF in the reader's
 * language (decision 0040). Every figure in it is one the screen shows, `..` where hidden.
 */
export async function reportPdf(data: ReportData, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const title = reportTitle(data, locale);
  const pdf = await createPdf({ title, locale });
  const none = t('evaluation:report.none');

  pdf.heading('H1', title);
  pdf.paragraph(t('evaluation:report.intro', { k: data.minGroupSize }));

  pdf.heading('H2', t('evaluation:report.purpose'));
  pdf.paragraph(data.purpose?.trim() || none);
  if (data.goals?.trim()) pdf.paragraph(data.goals.trim());

  pdf.heading('H2', t('evaluation:report.participation'));
  pdf.table(
    [t('evaluation:report.colMeasure'), t('evaluation:report.colFigure')],
    data.dashboard.funnel.map((f) => [t(`evaluation:funnel.${f.step}`), shown(f.figure, locale)]),
    { columnWidths: ['*', 120] },
  );

  pdf.heading('H2', t('evaluation:report.activity'));
  pdf.list(
    [
      ...data.dashboard.pairHealth.map((h) => `${t(`evaluation:pairHealth.${h.key}`)}: ${shown(h.figure, locale)}`),
      // Response counts under k are not printed either: the report travels further than the screen.
      ...data.waves.map((w) =>
        w.answered >= data.minGroupSize
          ? t('evaluation:report.responses', { survey: waveName(locale, w), answered: w.answered, invited: w.invited })
          : t('evaluation:report.fewResponses', { survey: waveName(locale, w), k: data.minGroupSize }),
      ),
      // Attendance at the program's events: recorded, attended and absent, each `..` when hidden.
      ...data.dashboard.attendance.map((e) =>
        t('evaluation:report.attendance', {
          event: e.title,
          date: e.startsOn,
          attended: shown(e.attended, locale),
          absent: shown(e.absent, locale),
          recorded: shown(e.recorded, locale),
        }),
      ),
    ],
    none,
  );

  pdf.heading('H2', t('evaluation:report.outcomes'));
  for (const level of LEVELS) {
    pdf.heading('H3', t(`evaluation:level.${level}`));
    const items = data.waves.flatMap((w) =>
      w.measures
        .filter((m) => m.level === level)
        .flatMap((m) => [
          `${waveName(locale, w)} – ${measureName(locale, m)}: ${shown(m.total, locale)}${m.total.suppressed || !m.total.n ? '' : ` (n = ${m.total.n})`}`,
          ...m.breakdowns.flatMap((b) =>
            b.groups.map(
              (g) =>
                `   ${t(`evaluation:breakdown.${b.by}`)} – ${g.label}: ${shown(g, locale)}${g.suppressed || !g.n ? '' : ` (n = ${g.n})`}`,
            ),
          ),
        ]),
    );
    pdf.list(items, none);
  }
  const changes = data.dashboard.outcomes.filter((o) => !o.change.suppressed && o.change.value !== null);
  if (changes.length) {
    pdf.heading('H3', t('evaluation:report.change'));
    pdf.list(
      changes.map(
        (o) =>
          `${t(`evaluation:instruments.${o.instrument}.measures.${o.measure}`)}: ${shown(o.before, locale)} → ${shown(o.after, locale)} (${t('evaluation:report.changeOf', { change: shown(o.change, locale), n: o.change.n })})`,
      ),
      none,
    );
  }

  pdf.heading('H2', t('evaluation:report.costs'));
  const costs = data.costs;
  if (costs && (costs.perParticipant !== null || costs.perCompletedPair !== null)) {
    const money = (minor: number | null) =>
      minor === null
        ? '..'
        : new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'currency', currency: costs.currency }).format(minor / 100);
    pdf.list(
      [
        `${t('evaluation:report.perParticipant')}: ${money(costs.perParticipant)}`,
        `${t('evaluation:report.perCompletedPair')}: ${money(costs.perCompletedPair)}`,
      ],
      none,
    );
  } else pdf.paragraph(t('evaluation:report.noCosts'));

  pdf.heading('H2', t('evaluation:report.method'));
  pdf.paragraph(t('evaluation:report.suppressionNote', { k: data.minGroupSize }));
  pdf.paragraph(t('evaluation:report.anonymityNote'));
  pdf.list(
    data.instruments.map((id) => `${t(`evaluation:instruments.${id}.name`)}: ${instrument(id).source} ${instrument(id).licence}`),
    none,
  );
  return pdf.bytes();
}
