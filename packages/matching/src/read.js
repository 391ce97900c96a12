// @ts-check
/**
 * Reading an instance file fast (the `lots-match` command). A dense instance is almost all score
 * matrix: JSON.parse would build one JavaScript array per row and a string of the whole file first,
 * and validation would then copy every number again. Here the matrix is read straight from the
 * file's bytes into one Float64Array (a `ScoreMatrix`, which `validate` accepts in place of the
 * array of rows), and the rest of the file (ids, capacities, locked pairs) goes through JSON.parse
 * as it is, with `null` where the matrix stood.
 *
 * Only the plain case takes this way: the top-level `scores` member once, an array of rows of equal
 * length holding finite numbers and nulls, in strict JSON. Anything else (a syntax error anywhere,
 * a string or a ragged row in the matrix, a number too large for a double, a second `scores`) gives
 * `undefined`, and the caller reads the file with JSON.parse, so errors and their messages are
 * exactly those of the ordinary way. The numbers are the same doubles JSON.parse gives: up to 15
 * significant digits and a power of ten up to 22 they are computed exactly as one correctly rounded
 * division or multiplication of two exact doubles (Clinger's fast path); any other number is
 * converted by `Number`, like JSON.parse.
 */

import { Buffer } from 'node:buffer';
import { ScoreMatrix } from './score-matrix.js';

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** @param {number} b */
const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * @param {Uint8Array} bytes an instance file in UTF-8 (a byte order mark is allowed)
 * @returns {Record<string, unknown> | undefined} the instance with `scores` as a ScoreMatrix, or
 *   undefined when this way does not apply (then JSON.parse the file)
 */
export function readInstance(bytes) {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const from = i;
  while (i < n && isSpace(bytes[i])) i++;
  if (bytes[i] !== 0x7b) return undefined; // {
  i++;
  /** @type {{ start: number, end: number, matrix: ScoreMatrix } | undefined} */
  let found;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (;;) {
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] !== 0x22) return undefined; // a key (an empty object has no scores)
    const keyEnd = skipString(bytes, i);
    if (keyEnd < 0) return undefined;
    /** @type {unknown} */
    let key;
    try {
      key = JSON.parse(buffer.toString('utf8', i, keyEnd));
    } catch {
      return undefined;
    }
    i = keyEnd;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] !== 0x3a) return undefined; // :
    i++;
    while (i < n && isSpace(bytes[i])) i++;
    if (key === 'scores') {
      if (found) return undefined;
      const read = readMatrix(buffer, i);
      if (!read) return undefined;
      found = { start: i, end: read.end, matrix: read.matrix };
      i = read.end;
    } else {
      i = skipValue(bytes, i);
      if (i < 0) return undefined;
    }
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] === 0x2c) {
      i++;
      continue;
    }
    if (bytes[i] === 0x7d) break; // }
    return undefined;
  }
  if (!found) return undefined;
  /** @type {unknown} */
  let rest;
  try {
    // Decoded as readFileSync(file, 'utf8') would (the cuts are at ASCII brackets).
    rest = JSON.parse(`${buffer.toString('utf8', from, found.start)}null${buffer.toString('utf8', found.end)}`);
  } catch {
    return undefined;
  }
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest) || /** @type {{ scores?: unknown }} */ (rest).scores !== null) {
    return undefined;
  }
  /** @type {Record<string, unknown>} */ (rest).scores = found.matrix;
  return /** @type {Record<string, unknown>} */ (rest);
}

/**
 * The end (just past the closing quote) of the string starting at `i`, or -1.
 * @param {Uint8Array} bytes @param {number} i
 */
function skipString(bytes, i) {
  const n = bytes.length;
  for (let k = i + 1; k < n; k++) {
    const b = bytes[k];
    if (b === 0x22) return k + 1;
    if (b === 0x5c) k++; // the escaped character is skipped (its validity is JSON.parse's business)
  }
  return -1;
}

/**
 * The end of the value starting at `i` (not checked: JSON.parse reads it later), or -1.
 * @param {Uint8Array} bytes @param {number} i
 */
function skipValue(bytes, i) {
  const n = bytes.length;
  let depth = 0;
  let k = i;
  while (k < n) {
    const b = bytes[k];
    if (b === 0x22) {
      k = skipString(bytes, k);
      if (k < 0) return -1;
      if (depth === 0) return k;
      continue;
    }
    if (b === 0x5b || b === 0x7b) depth++;
    else if (b === 0x5d || b === 0x7d) {
      if (depth === 0) return k; // the end of the enclosing object
      depth--;
      if (depth === 0) return k + 1;
    } else if (depth === 0 && (b === 0x2c || isSpace(b))) return k;
    k++;
  }
  return -1;
}

/**
 * Reads `[[number|null, ...], ...]` at `i`: strict JSON, rows of equal length, finite numbers.
 * @param {Buffer} buffer @param {number} i
 * @returns {{ end: number, matrix: ScoreMatrix } | undefined}
 */
function readMatrix(buffer, i) {
  const bytes = buffer;
  const n = bytes.length;
  if (bytes[i] !== 0x5b) return undefined;
  i++;
  let values = new Float64Array(0);
  let size = 0;
  let rows = 0;
  let cols = -1;
  let firstRowBytes = 0;
  while (i < n && isSpace(bytes[i])) i++;
  if (bytes[i] === 0x5d) return { end: i + 1, matrix: new ScoreMatrix(0, 0, values) };
  for (;;) {
    const rowStart = i;
    if (bytes[i] !== 0x5b) return undefined;
    i++;
    let count = 0;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] === 0x5d) i++;
    else {
      for (;;) {
        if (size === values.length) {
          // Room for the rows still to come, estimated from the bytes of the first row.
          const estimate = firstRowBytes > 0 ? Math.ceil(((n - i) / firstRowBytes) * cols) + cols : 1024;
          const grown = new Float64Array(Math.max(size * 2, size + estimate));
          grown.set(values);
          values = grown;
        }
        let b = bytes[i];
        if (b === 0x6e) {
          // null
          if (bytes[i + 1] !== 0x75 || bytes[i + 2] !== 0x6c || bytes[i + 3] !== 0x6c) return undefined;
          values[size++] = NaN;
          i += 4;
        } else {
          // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
          const start = i;
          let negative = false;
          if (b === 0x2d) {
            negative = true;
            b = bytes[++i];
          }
          let mantissa = 0;
          let digits = 0;
          if (b === 0x30) b = bytes[++i];
          else if (b >= 0x31 && b <= 0x39) {
            do {
              mantissa = mantissa * 10 + (b - 0x30);
              digits++;
              b = bytes[++i];
            } while (b >= 0x30 && b <= 0x39);
          } else return undefined;
          let scale = 0;
          if (b === 0x2e) {
            b = bytes[++i];
            if (!(b >= 0x30 && b <= 0x39)) return undefined;
            do {
              mantissa = mantissa * 10 + (b - 0x30);
              if (mantissa !== 0) digits++;
              scale++;
              b = bytes[++i];
            } while (b >= 0x30 && b <= 0x39);
          }
          let exponent = 0;
          if (b === 0x65 || b === 0x45) {
            b = bytes[++i];
            let sign = 1;
            if (b === 0x2b || b === 0x2d) {
              if (b === 0x2d) sign = -1;
              b = bytes[++i];
            }
            if (!(b >= 0x30 && b <= 0x39)) return undefined;
            do {
              exponent = exponent * 10 + (b - 0x30);
              if (exponent > 1e6) return undefined;
              b = bytes[++i];
            } while (b >= 0x30 && b <= 0x39);
            exponent *= sign;
          }
          const e10 = exponent - scale;
          let value;
          if (digits <= 15 && e10 >= -22 && e10 <= 22) {
            value = e10 < 0 ? mantissa / POW10[-e10] : mantissa * POW10[e10];
            if (negative) value = -value;
          } else {
            value = Number(buffer.toString('latin1', start, i));
            if (!Number.isFinite(value)) return undefined;
          }
          values[size++] = value;
        }
        count++;
        while (i < n && isSpace(bytes[i])) i++;
        if (bytes[i] === 0x2c) {
          i++;
          while (i < n && isSpace(bytes[i])) i++;
          continue;
        }
        if (bytes[i] !== 0x5d) return undefined;
        i++;
        break;
      }
    }
    if (cols < 0) {
      cols = count;
      firstRowBytes = i - rowStart;
    } else if (count !== cols) return undefined;
    rows++;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] === 0x2c) {
      i++;
      while (i < n && isSpace(bytes[i])) i++;
      continue;
    }
    if (bytes[i] !== 0x5d) return undefined;
    return { end: i + 1, matrix: new ScoreMatrix(rows, cols, values.subarray(0, size)) };
  }
}
