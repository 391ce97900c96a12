// Reads import files (CSV or XLSX) off the request thread, one at a time, within limits checked
// before anything large is built: rows, columns, line length, and for XLSX the zip's entry count and
// unpacked size (from its central directory, then counted while unpacking) and the workbook's rows
// and cells. Each message `{ id, body, xlsx }` is answered `{ id, grid }` (rows of cells, header
// first), `{ id, problem }` (a code of `importErrors`) or `{ id, failure }` (an unexpected error).
// The thread is kept for the next file (decision 0178); the XLSX libraries load with the first workbook.
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';

/** A problem that makes the whole file unreadable: its `importErrors` code, English message, values and line. */
class FileProblem extends Error {
  constructor(code, message, values, line) {
    super(message);
    this.problem = { code, message, ...(values && { values }), ...(line !== undefined && { line }) };
  }
}

const { limits } = workerData;

const tooManyRows = () =>
  new FileProblem('file.tooManyRows', `at most ${limits.maxRows} rows can be imported at once`, { max: limits.maxRows });
const tooManyColumns = (line) =>
  new FileProblem('file.tooManyColumns', `line ${line}: at most ${limits.maxColumns} columns`, { max: limits.maxColumns, line }, line);

/** UTF-8 (with or without BOM); otherwise Windows-1252, which Excel's "CSV (semicolon separated)" writes on Swedish/Norwegian Windows. */
function decodeText(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes) {
  // One kind of line break: csv-parse counts a CRLF inside a quoted field as two lines.
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) throw new FileProblem('file.notCsv', 'this is not a CSV text file');
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  const delimiter = [';', ',', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  // A record's line is the line it starts on (a quoted field may span lines); csv-parse reports where it ends.
  const rows = [];
  let lastLine = 0;
  let filled = 0;
  try {
    parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: limits.maxLineBytes,
      on_record: (record, context) => {
        const line = lastLine + 1;
        if (record.length > limits.maxColumns) throw tooManyColumns(line);
        // The header and at most maxRows rows that are not empty.
        if (record.some((cell) => cell.trim() !== '') && ++filled > limits.maxRows + 1) throw tooManyRows();
        rows.push({ line, cells: record });
        lastLine = context.lines;
        return null;
      },
    });
    return rows;
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new FileProblem('file.quoteNotClosed', 'a quoted field is never closed', { line: lastLine + 1 }, lastLine + 1);
    if (error.code === 'CSV_MAX_RECORD_SIZE')
      throw new FileProblem(
        'file.lineTooLong',
        `line ${lastLine + 1}: at most ${limits.maxLineBytes} bytes`,
        { line: lastLine + 1, max: limits.maxLineBytes },
        lastLine + 1,
      );
    if (error.lines !== undefined) throw new FileProblem('file.unreadableLine', error.message, { line: error.lines }, error.lines);
    throw new FileProblem('file.unreadable', `line ?: ${error.message}`);
  }
}

const notXlsx = () => new FileProblem('file.notXlsx', 'this is not a readable XLSX workbook');
const tooLarge = () => {
  const max = Math.round(limits.maxUnpackedBytes / (1024 * 1024));
  return new FileProblem('file.tooLarge', `the workbook unpacks to more than ${max} MB or ${limits.maxWorkbookCells} cells`, {
    max,
    cells: limits.maxWorkbookCells,
  });
};

/** Counts `<row` and `<c` elements (with or without a namespace prefix) in XML that arrives in chunks. */
function tagCounter() {
  const TAG = /<(?:[A-Za-z_][\w.-]{0,9}:)?(row|c)[\s>/]/g;
  const KEEP = 32; // longer than any match: a tag split between chunks is counted once, in the next round
  let carry = '';
  const counts = { rows: 0, cells: 0 };
  const scan = (text, final) => {
    const limit = final ? text.length : text.length - KEEP;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      if (m.index >= limit) break;
      if (m[1] === 'row') counts.rows++;
      else counts.cells++;
    }
    carry = final ? '' : text.slice(Math.max(0, limit));
  };
  return {
    counts,
    add: (chunk) => scan(carry + chunk.toString('latin1'), false),
    end: () => scan(carry, true),
  };
}

/**
 * Checks the zip before exceljs reads it: the number of entries and their unpacked sizes as the
 * central directory declares them, then, unpacking the worksheets one at a time, that no entry
 * unpacks to more than it declared (yauzl's validateEntrySizes) and how many rows and cells the
 * workbook has. Nothing larger than one chunk is held in memory.
 */
async function inspectZip(bytes) {
  const { default: yauzl } = await import('yauzl');
  let zip;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw notXlsx();
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw tooLarge();
    const entries = [];
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        declared += entry.uncompressedSize;
        if (declared > limits.maxUnpackedBytes) throw tooLarge();
        entries.push(entry);
      }
    } catch (error) {
      if (error instanceof FileProblem) throw error;
      throw notXlsx();
    }
    const counter = tagCounter();
    for (const entry of entries) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.fileName)) continue;
      let unpacked = 0;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream) {
          unpacked += chunk.length;
          if (unpacked > limits.maxUnpackedBytes) throw tooLarge();
          counter.add(chunk);
          if (counter.counts.rows > limits.maxWorkbookRows) throw tooManyRows();
          if (counter.counts.cells > limits.maxWorkbookCells) throw tooLarge();
        }
      } catch (error) {
        if (error instanceof FileProblem) throw error;
        // yauzl: more bytes than the central directory declared, or a broken stream.
        throw /too many bytes|expected \d+ bytes/i.test(String(error?.message)) ? tooLarge() : notXlsx();
      }
      counter.end();
      if (counter.counts.rows > limits.maxWorkbookRows) throw tooManyRows();
      if (counter.counts.cells > limits.maxWorkbookCells) throw tooLarge();
    }
  } finally {
    zip.close();
  }
}

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

async function readXlsx(bytes) {
  await inspectZip(bytes);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileProblem('file.noSheet', 'the workbook has no sheet');
  if (sheet.actualRowCount > limits.maxRows + 1) throw tooManyRows();
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values;
    if (values.length - 1 > limits.maxColumns) throw tooManyColumns(rowNumber);
    const cells = values.slice(1).map(cellText);
    if (Buffer.byteLength(cells.join('')) > limits.maxLineBytes) {
      throw new FileProblem(
        'file.lineTooLong',
        `line ${rowNumber}: at most ${limits.maxLineBytes} bytes`,
        { line: rowNumber, max: limits.maxLineBytes },
        rowNumber,
      );
    }
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}

parentPort.on('message', async ({ id, body, xlsx }) => {
  try {
    const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const grid = xlsx ? await readXlsx(bytes) : readCsv(bytes);
    parentPort.postMessage({ id, grid });
  } catch (error) {
    if (error instanceof FileProblem) parentPort.postMessage({ id, problem: error.problem });
    else parentPort.postMessage({ id, failure: String(error?.stack ?? error) });
  }
});
