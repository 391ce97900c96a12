import { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { resources } from '@lots/core';
import { AppError, type ErrorDetail } from '../../platform/errors';

// Not text/plain: an HTML form on any page can send that (cross-site request forgery).
export const CSV_TYPES = ['text/csv', 'application/csv'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_ROWS = 5000;

/**
 * The content-type parser for CSV and XLSX bodies: the file as is on an import route, a 415 on
 * any other route of the plugin (they take JSON only).
 */
export function importBodyParser(request: FastifyRequest, body: Buffer, done: (error: Error | null, body?: unknown) => void): void {
  if (request.routeOptions.url?.endsWith('/import')) return done(null, body);
  const type = String(request.headers['content-type'] ?? '').split(';')[0];
  done(Object.assign(new Error(`Unsupported Media Type: ${type}`), { statusCode: 415 }));
}

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

/** The limits an import file is read within; the worker checks them before building anything large. */
export const IMPORT_LIMITS = {
  /** Data rows below the header. */
  maxRows: MAX_IMPORT_ROWS,
  maxColumns: 100,
  /** Bytes (UTF-8) of one CSV record or XLSX row, all its cells together. */
  maxLineBytes: 100_000,
  /** XLSX: entries of the zip, their unpacked bytes in all, rows and cells of every worksheet together. */
  maxEntries: 1000,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxWorkbookRows: 4 * (MAX_IMPORT_ROWS + 1),
  maxWorkbookCells: 250_000,
};
/** At most this many problems are answered (the first ones by line), with the number of all of them. */
export const MAX_REPORTED_PROBLEMS = 100;
/** How long reading one file may take, and how many files are read at once (the others wait their turn). */
const READ_TIMEOUT_MS = 60_000;
const MAX_CONCURRENT_READS = 2;

/** The answer to a file with bad rows: the first MAX_REPORTED_PROBLEMS problems by line, and how many there are. */
export function importInvalid(message: string, problems: ErrorDetail[]): AppError {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return new AppError('import_invalid', message, 'file', sorted.slice(0, MAX_REPORTED_PROBLEMS), problems.length);
}

/** Reads a CSV or XLSX file into rows keyed by lower-cased header names. Malformed files are a 400 naming `file`. */
export async function readImportFile(body: Buffer, contentType: string): Promise<ImportRow[] & { columns: string[] }> {
  if (!body || body.length === 0) throw fileError('file.empty', 'the file is empty');
  const grid = await readInWorker(body, contentType === XLSX_TYPE);
  const [header, ...rest] = grid;
  if (!header) throw fileError('file.noHeader', 'the file has no header row');
  const names = header.cells.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const rows = rest
    .filter((row) => row.cells.some((c) => c.trim() !== ''))
    .map((row) => ({ line: row.line, cells: Object.fromEntries(names.map((name, i) => [name, (row.cells[i] ?? '').trim()])) }));
  if (rows.length > MAX_IMPORT_ROWS)
    throw fileError('file.tooManyRows', `at most ${MAX_IMPORT_ROWS} rows can be imported at once`, { max: MAX_IMPORT_ROWS });
  return Object.assign(rows, { columns: names });
}

interface GridRow {
  line: number;
  cells: string[];
}

type WorkerAnswer = { id: number } & (
  | { grid: GridRow[] }
  | { problem: { code: ImportErrorCode; message: string; values?: ImportErrorValues; line?: number } }
  | { failure: string }
);

/** How long a reader with nothing to do is kept for the next file before it is stopped (its memory returned). */
const READER_IDLE_MS = 30_000;

/** A worker thread that reads one file at a time and is kept for the next (decision 0178). */
interface Reader {
  worker: Worker;
  idleTimer?: NodeJS.Timeout;
}

const idleReaders: Reader[] = [];
let reading = 0;
let asked = 0;
const waiting: (() => void)[] = [];

function startReader(): Reader {
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), {
    workerData: { limits: IMPORT_LIMITS },
    resourceLimits: { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 },
  });
  // A reader waiting for work never keeps the process alive.
  worker.unref();
  const reader: Reader = { worker };
  worker.once('exit', () => {
    clearTimeout(reader.idleTimer);
    const at = idleReaders.indexOf(reader);
    if (at !== -1) idleReaders.splice(at, 1);
  });
  return reader;
}

/** Keeps a reader for the next file, and stops it once it has been idle for READER_IDLE_MS. */
function keep(reader: Reader) {
  reader.idleTimer = setTimeout(() => void reader.worker.terminate(), READER_IDLE_MS);
  reader.idleTimer.unref();
  idleReaders.push(reader);
}

/** One file read by `reader`; a reader that times out, runs out of memory or fails is stopped, never kept. */
function ask(reader: Reader, body: Buffer, xlsx: boolean): Promise<WorkerAnswer> {
  const { worker } = reader;
  const id = ++asked;
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: WorkerAnswer) => {
      if (message.id !== id) return;
      done();
      resolve(message);
    };
    const onError = (error: Error & { code?: string }) => {
      done();
      void worker.terminate();
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : error);
    };
    const onExit = (code: number) => {
      done();
      reject(code === 0 ? new Error('import worker stopped without an answer') : tooComplex());
    };
    const timer = setTimeout(() => {
      done();
      void worker.terminate();
      reject(tooComplex());
    }, READ_TIMEOUT_MS);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    // A copy of its own, moved to the worker: the request's buffer may share memory with others.
    const bytes = new Uint8Array(body);
    worker.postMessage({ id, body: bytes, xlsx }, [bytes.buffer]);
  });
}

/**
 * Parses the file in a worker thread (`import-worker.mjs`), so that a large or hostile file never
 * holds up other requests; at most MAX_CONCURRENT_READS at once, each with a time and heap limit.
 * The workers are kept between files (starting one and loading its modules cost more than reading
 * 5,000 rows) and stopped when idle.
 */
async function readInWorker(body: Buffer, xlsx: boolean): Promise<GridRow[]> {
  if (reading >= MAX_CONCURRENT_READS) await new Promise<void>((resolve) => waiting.push(resolve));
  reading++;
  try {
    const reader = idleReaders.pop() ?? startReader();
    clearTimeout(reader.idleTimer);
    const answer = await ask(reader, body, xlsx);
    keep(reader);
    if ('failure' in answer) throw new Error(`import worker: ${answer.failure}`);
    if ('problem' in answer) {
      const { code, message, values, line } = answer.problem;
      throw fileError(code, message, values, line);
    }
    return answer.grid;
  } finally {
    reading--;
    waiting.shift()?.();
  }
}

const tooComplex = () => fileError('file.tooComplex', 'the file takes too long or too much memory to read; split it');
