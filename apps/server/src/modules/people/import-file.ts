import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { resources } from '@lots/core';
import { AppError, type ErrorDetail } from '../../platform/errors';

export const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_ROWS = 5000;

/** One data row of an import file: its line number in the file (header = line 1) and its cells by column name. */
export interface ImportRow {
  line: number;
  cells: Record<string, string>;
}

type KeyPaths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}` }[keyof T & string];

/**
 * The stable codes of import problems, e.g. `email.invalid` or `file.empty`. Each has a text under
 * `importErrors` in the `common` catalog (sv, nb, en), which is where this type comes from.
 */
export type ImportErrorCode = KeyPaths<(typeof resources)['sv']['common']['importErrors']>;
export type ImportErrorValues = Record<string, string | number>;

/** A problem of an import file's header or a row: its code and values for clients, its English message for API users. */
export function problem(line: number, field: string, code: ImportErrorCode, message: string, values?: ImportErrorValues): ErrorDetail {
  return { line, field, code, ...(values && { values }), message };
}

/** The code and values for a zod issue about one cell (a too long text, too many list items…). */
export function issueProblem(issue: z.core.$ZodIssue): { code: ImportErrorCode; values?: ImportErrorValues } {
  if (issue.code === 'too_big' && issue.origin === 'string') return { code: 'tooLong', values: { max: Number(issue.maximum) } };
  if (issue.code === 'too_big' && issue.origin === 'array') return { code: 'tooMany', values: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'string') return { code: 'required' };
  return { code: 'invalid' };
}

/**
 * A file that cannot be imported at all: a 400 naming `file` (message `file: …` as before),
 * with one detail carrying the problem's code and values.
 */
export function fileError(code: ImportErrorCode, message: string, values?: ImportErrorValues, line?: number): AppError {
  const where = line === undefined ? '' : `line ${line}: `;
  return new AppError('validation', `file: ${where}${message}`, 'file', [
    { ...(line !== undefined && { line }), field: 'file', code, ...(values && { values }), message },
  ]);
}

const tooManyRows = () =>
  fileError('file.tooManyRows', `at most ${MAX_IMPORT_ROWS} rows can be imported at once`, { max: MAX_IMPORT_ROWS });

/** Reads a CSV or XLSX file into rows keyed by lower-cased header names. Malformed files are a 400 naming `file`. */
export async function readImportFile(body: Buffer, contentType: string): Promise<ImportRow[]> {
  if (!body || body.length === 0) throw fileError('file.empty', 'the file is empty');
  const grid = contentType === XLSX_TYPE ? await readXlsx(body) : readCsv(body);
  const [header, ...rest] = grid;
  if (!header) throw fileError('file.noHeader', 'the file has no header row');
  const names = header.cells.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const rows = rest
    .filter((row) => row.cells.some((c) => c.trim() !== ''))
    .map((row) => ({ line: row.line, cells: Object.fromEntries(names.map((name, i) => [name, (row.cells[i] ?? '').trim()])) }));
  if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return Object.assign(rows, { columns: names });
}

interface GridRow {
  line: number;
  cells: string[];
}

/** UTF-8 (with or without BOM); otherwise Windows-1252, which Excel's "CSV (semicolon separated)" writes on Swedish/Norwegian Windows. */
function decodeText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

function readCsv(body: Buffer): GridRow[] {
  // One kind of line break: csv-parse counts a CRLF inside a quoted field as two lines.
  const text = decodeText(body).replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) throw fileError('file.notCsv', 'this is not a CSV text file');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  // A record's line is the line it starts on (a quoted field may span lines); csv-parse reports where it ends.
  const rows: GridRow[] = [];
  let lastLine = 0;
  try {
    parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[], context: { lines: number }) => {
        rows.push({ line: lastLine + 1, cells: record });
        lastLine = context.lines;
        return null;
      },
    });
    return rows;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED')
      throw fileError('file.quoteNotClosed', 'a quoted field is never closed', { line: lastLine + 1 }, lastLine + 1);
    if (e.lines !== undefined) throw fileError('file.unreadableLine', e.message, { line: e.lines }, e.lines);
    throw fileError('file.unreadable', `line ?: ${e.message}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(body: Buffer): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw fileError('file.notXlsx', 'this is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('file.noSheet', 'the workbook has no sheet');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push({ line: rowNumber, cells: values.slice(1).map(cellText) });
  });
  return rows;
}
