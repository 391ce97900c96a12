/**
 * Builds XLSX files byte by byte for the import tests: a minimal valid workbook (one sheet,
 * inline strings) in a zip whose central directory can be honest or lie about the unpacked sizes,
 * and deflate streams of any unpacked size without ever holding that much in memory.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The raw deflate stream of the entry. */
  deflated: Buffer;
  /** The unpacked size and CRC-32 written into the headers (a zip bomb may lie about both). */
  size: number;
  crc: number;
}

export const entry = (name: string, data: string | Buffer): ZipEntry => {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  return { name, deflated: deflateRawSync(bytes, { level: 9 }), size: bytes.length, crc: crc32(bytes) };
};

/** A zip file (deflate, no data descriptors, no zip64) of the given entries. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + column(i % 26));

/** The XML of a worksheet with these rows (inline strings), from row 1. */
export function sheetXml(rows: string[][]): string {
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((v, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${xml(v)}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** The parts of a workbook around its one worksheet. */
export function workbookEntries(): ZipEntry[] {
  return [
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    entry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    entry(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    entry(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}

/** A valid XLSX workbook with one sheet of these rows. */
export const xlsxFile = (rows: string[][]) => zip([...workbookEntries(), entry('xl/worksheets/sheet1.xml', sheetXml(rows))]);

/**
 * A raw deflate stream that unpacks to `size` bytes of spaces, built from one fully flushed block
 * repeated (each starts afresh, so they can be chained): gigabytes unpacked in a few megabytes,
 * without ever allocating the unpacked data.
 */
export function spacesDeflated(size: number): Buffer {
  const block = 1024 * 1024;
  const chunk = deflateRawSync(Buffer.alloc(block, ' '), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.floor(size / block);
  const rest = size - count * block;
  const tail = deflateRawSync(Buffer.alloc(rest, ' '), { level: 9 });
  return Buffer.concat([...Array.from({ length: count }, () => chunk), tail]);
}

/**
 * A large generated file, made once and then read back from node_modules/.cache/lots/fixtures: compressing the
 * million-row or the many-cell workbook at level 9 costs seconds of CPU a run, and the bytes are always the same.
 * Keyed by this file's source and the fixture's name, so a changed generator makes a new one.
 */
function cachedFixture(name: string, make: () => Buffer): Buffer {
  const hash = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(name)
    .digest('hex')
    .slice(0, 16);
  const dir = join(process.cwd(), 'node_modules', '.cache', 'lots', 'fixtures');
  const file = join(dir, `${hash}.xlsx`);
  if (existsSync(file)) return readFileSync(file);
  const data = make();
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
  return data;
}

/** A workbook of `rows` one-cell rows: a million of them zip (at level 9) to just under the 5 MiB upload limit. */
export function manyRowsXlsx(rows: number): Buffer {
  return cachedFixture(`manyRows:${rows}`, () => {
    const head =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    const tail = '</sheetData></worksheet>';
    // Written into one buffer row by row (no million-string array for the garbage collector to promote).
    const xml = Buffer.allocUnsafe(head.length + tail.length + rows * 50);
    let at = xml.write(head);
    for (let r = 1; r <= rows; r++) at += xml.write(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`, at);
    at += xml.write(tail, at);
    return zip([...workbookEntries(), entry('xl/worksheets/sheet1.xml', xml.subarray(0, at))]);
  });
}

/** A workbook of a header row `k0…` and `rows - 1` rows of `columns` cells "x" (many cells in few rows). */
export function wideXlsx(rows: number, columns: number): Buffer {
  return cachedFixture(`wide:${rows}x${columns}`, () =>
    xlsxFile(Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (r === 0 ? `k${c}` : 'x')))),
  );
}
