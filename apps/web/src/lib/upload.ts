export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Content-Type the import endpoint expects for a chosen file, or undefined if it is neither CSV nor XLSX. */
export function importContentType(file: { name: string; type?: string }): string | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return CSV_TYPE;
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (file.type === CSV_TYPE || file.type === XLSX_TYPE) return file.type;
  return undefined;
}
