// @ts-check
/**
 * Reading an instance file fast (the `lots-match` command). An instance is almost all pairs:
 * JSON.parse would build a string of the whole file, one JavaScript array per matrix row or per
 * edge and two strings per edge, and validation would then look every id up and copy every number
 * again. Here the pairs are read straight from the file's bytes into typed arrays (a `ScoreMatrix`
 * or an `EdgeTable` with the ids already resolved, which `validate` accepts in place of `scores` or
 * `edges`), and the rest of the file (ids, capacities, locked pairs) goes through JSON.parse as it
 * is, with `null` where the pairs stood.
 *
 * Only the plain case takes this way: one top-level `scores` (an array of rows of equal length
 * holding finite numbers and nulls) or `edges` (an array of [adeptId, mentorId, number] whose ids
 * have no escapes and exist), in strict JSON. Anything else (a syntax error anywhere, a string or a
 * ragged row in the matrix, an unknown id, a number too large for a double, both members, one
 * twice) gives `undefined`, and the caller reads the file with JSON.parse, so errors and their
 * messages are exactly those of the ordinary way. The numbers are the same doubles JSON.parse gives: up to 15
 * significant digits and a power of ten up to 22 they are computed exactly as one correctly rounded
 * division or multiplication of two exact doubles (Clinger's fast path); any other number is
 * converted by `Number`, like JSON.parse.
 */

import { Buffer } from 'node:buffer';
import { EdgeTable, ScoreMatrix } from './compact-input.js';

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** @param {number} b */
const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * @param {Uint8Array} bytes an instance file in UTF-8 (a byte order mark is allowed)
 * @returns {Record<string, unknown> | undefined} the instance with `scores` as a ScoreMatrix or `edges`
 *   as an EdgeTable, or undefined when this way does not apply (then JSON.parse the file)
 */
export function readInstance(bytes) {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const from = i;
  while (i < n && isSpace(bytes[i])) i++;
  if (bytes[i] !== 0x7b) return undefined; // {
  i++;
  /** @type {{ key: 'scores' | 'edges', start: number, end: number, matrix?: ScoreMatrix, edges?: EdgeBytes } | undefined} */
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
    if (key === 'scores' || key === 'edges') {
      if (found) return undefined; // twice, or both (JSON.parse and validate say what is wrong)
      if (key === 'scores') {
        const read = readMatrix(buffer, i);
        if (!read) return undefined;
        found = { key, start: i, end: read.end, matrix: read.matrix };
      } else {
        const read = readEdgeBytes(buffer, i);
        if (!read) return undefined;
        found = { key, start: i, end: read.end, edges: read };
      }
      i = found.end;
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
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return undefined;
  const instance = /** @type {Record<string, unknown>} */ (rest);
  if (instance[found.key] !== null) return undefined;
  if (found.matrix) instance.scores = found.matrix;
  else if (found.edges) {
    const table = resolveEdges(buffer, found.edges, instance.adepts, instance.mentors);
    if (!table) return undefined;
    instance.edges = table;
  }
  return instance;
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

/** Where the last number read by readNumber ended. */
let numberEnd = 0;

/**
 * Reads a JSON number at `i` (its end in `numberEnd`): the double JSON.parse gives, or NaN when
 * there is no number in strict JSON syntax there or it is not finite.
 * @param {Buffer} bytes @param {number} i
 */
function readNumber(bytes, i) {
  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  const start = i;
  let b = bytes[i];
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
  } else return NaN;
  let scale = 0;
  if (b === 0x2e) {
    b = bytes[++i];
    if (!(b >= 0x30 && b <= 0x39)) return NaN;
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
    if (!(b >= 0x30 && b <= 0x39)) return NaN;
    do {
      exponent = exponent * 10 + (b - 0x30);
      if (exponent > 1e6) return NaN;
      b = bytes[++i];
    } while (b >= 0x30 && b <= 0x39);
    exponent *= sign;
  }
  numberEnd = i;
  const e10 = exponent - scale;
  if (digits <= 15 && e10 >= -22 && e10 <= 22) {
    const value = e10 < 0 ? mantissa / POW10[-e10] : mantissa * POW10[e10];
    return negative ? -value : value;
  }
  const value = Number(bytes.toString('latin1', start, i));
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Reads `[[number|null, ...], ...]` at `i`: strict JSON, rows of equal length, finite numbers.
 * @param {Buffer} bytes @param {number} i
 * @returns {{ end: number, matrix: ScoreMatrix } | undefined}
 */
function readMatrix(bytes, i) {
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
        if (bytes[i] === 0x6e) {
          // null
          if (bytes[i + 1] !== 0x75 || bytes[i + 2] !== 0x6c || bytes[i + 3] !== 0x6c) return undefined;
          values[size++] = NaN;
          i += 4;
        } else {
          const value = readNumber(bytes, i);
          if (Number.isNaN(value)) return undefined;
          i = numberEnd;
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

/**
 * The edges as found in the file: the byte ranges of each edge's two ids, and its score.
 * @typedef {object} EdgeBytes
 * @property {number} end
 * @property {number} count
 * @property {Int32Array} ids for edge k: adept id from ids[4k] to ids[4k+1], mentor id from ids[4k+2] to ids[4k+3]
 * @property {Float64Array} score
 */

/**
 * The end (just past the closing quote) of a string without escapes or control characters starting
 * at `i`, or -1 (then JSON.parse reads the file).
 * @param {Buffer} bytes @param {number} i
 */
function plainString(bytes, i) {
  if (bytes[i] !== 0x22) return -1;
  const n = bytes.length;
  for (let k = i + 1; k < n; k++) {
    const b = bytes[k];
    if (b === 0x22) return k + 1;
    if (b === 0x5c || b < 0x20) return -1;
  }
  return -1;
}

/**
 * Reads `[[adeptId, mentorId, number], ...]` at `i`: strict JSON, ids without escapes, finite scores.
 * @param {Buffer} bytes @param {number} i
 * @returns {EdgeBytes | undefined}
 */
function readEdgeBytes(bytes, i) {
  const n = bytes.length;
  if (bytes[i] !== 0x5b) return undefined;
  i++;
  const start = i;
  let ids = new Int32Array(0);
  let score = new Float64Array(0);
  let count = 0;
  while (i < n && isSpace(bytes[i])) i++;
  if (bytes[i] === 0x5d) return { end: i + 1, count, ids, score };
  for (;;) {
    if (count === score.length) {
      // Room for the edges still to come, estimated from the bytes per edge so far.
      const estimate = count > 0 ? Math.ceil((n - i) / ((i - start) / count)) + 16 : 1024;
      const grownScore = new Float64Array(count + Math.max(count, estimate));
      grownScore.set(score);
      score = grownScore;
      const grownIds = new Int32Array(4 * grownScore.length);
      grownIds.set(ids);
      ids = grownIds;
    }
    if (bytes[i] !== 0x5b) return undefined;
    i++;
    while (i < n && isSpace(bytes[i])) i++;
    const aEnd = plainString(bytes, i);
    if (aEnd < 0) return undefined;
    ids[4 * count] = i + 1;
    ids[4 * count + 1] = aEnd - 1;
    i = aEnd;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] !== 0x2c) return undefined;
    i++;
    while (i < n && isSpace(bytes[i])) i++;
    const mEnd = plainString(bytes, i);
    if (mEnd < 0) return undefined;
    ids[4 * count + 2] = i + 1;
    ids[4 * count + 3] = mEnd - 1;
    i = mEnd;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] !== 0x2c) return undefined;
    i++;
    while (i < n && isSpace(bytes[i])) i++;
    const value = readNumber(bytes, i);
    if (Number.isNaN(value)) return undefined;
    score[count++] = value;
    i = numberEnd;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] !== 0x5d) return undefined;
    i++;
    while (i < n && isSpace(bytes[i])) i++;
    if (bytes[i] === 0x2c) {
      i++;
      while (i < n && isSpace(bytes[i])) i++;
      continue;
    }
    if (bytes[i] !== 0x5d) return undefined;
    return { end: i + 1, count, ids: ids.subarray(0, 4 * count), score: score.subarray(0, count) };
  }
}

/**
 * Finds each edge's adept and mentor among the ids of the parsed instance, by their UTF-8 bytes (an
 * id written without escapes is its UTF-8 bytes). Undefined when the ids are not plain unique
 * strings or an edge names an id that is not there: validate (the ordinary way) says what is wrong.
 * @param {Buffer} bytes
 * @param {EdgeBytes} edges
 * @param {unknown} adepts
 * @param {unknown} mentors
 */
function resolveEdges(bytes, edges, adepts, mentors) {
  const adeptIds = idIndex(adepts);
  const mentorIds = idIndex(mentors);
  if (!adeptIds || !mentorIds) return undefined;
  const { count, ids } = edges;
  const adept = new Int32Array(count);
  const mentor = new Int32Array(count);
  let lastStart = -1;
  let lastEnd = -1;
  let last = -1;
  for (let k = 0; k < count; k++) {
    const s = ids[4 * k];
    const e = ids[4 * k + 1];
    // Edges usually come grouped by adept: the same id as the edge before needs no look-up.
    let a = -1;
    if (e - s === lastEnd - lastStart) {
      let d = 0;
      while (d < e - s && bytes[s + d] === bytes[lastStart + d]) d++;
      if (d === e - s) a = last;
    }
    if (a < 0) {
      a = adeptIds.find(bytes, s, e);
      if (a < 0) return undefined;
      lastStart = s;
      lastEnd = e;
      last = a;
    }
    const j = mentorIds.find(bytes, ids[4 * k + 2], ids[4 * k + 3]);
    if (j < 0) return undefined;
    adept[k] = a;
    mentor[k] = j;
  }
  return new EdgeTable(adept, mentor, edges.score);
}

/**
 * A hash table from the UTF-8 bytes of the ids of `list` (objects with a string id) to their
 * positions, or undefined when an id is missing, not a string, or repeated.
 * @param {unknown} list
 */
function idIndex(list) {
  if (!Array.isArray(list)) return undefined;
  /** @type {string[]} */
  const ids = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || typeof item.id !== 'string') return undefined;
    if (/\p{Surrogate}/u.test(item.id)) return undefined; // a lone surrogate has no UTF-8 of its own
    ids.push(item.id);
  }
  const keys = Buffer.from(ids.join(''), 'utf8');
  const keyStart = new Int32Array(ids.length + 1);
  for (let k = 0; k < ids.length; k++) keyStart[k + 1] = keyStart[k] + Buffer.byteLength(/** @type {string} */ (ids[k]), 'utf8');
  let size = 16;
  while (size < 2 * list.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  /** @param {Buffer} b @param {number} s @param {number} e */
  const hash = (b, s, e) => {
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ b[k], 0x01000193);
    return h >>> 0;
  };
  /** @param {Buffer} b @param {number} s @param {number} e @param {number} k */
  const same = (b, s, e, k) => {
    const ks = keyStart[k];
    if (keyStart[k + 1] - ks !== e - s) return false;
    for (let d = 0; d < e - s; d++) if (b[s + d] !== keys[ks + d]) return false;
    return true;
  };
  /** @param {Buffer} b @param {number} s @param {number} e */
  const find = (b, s, e) => {
    for (let h = hash(b, s, e) & mask; ; h = (h + 1) & mask) {
      const k = slots[h];
      if (k < 0 || same(b, s, e, k)) return k;
    }
  };
  for (let k = 0; k < list.length; k++) {
    const s = keyStart[k];
    const e = keyStart[k + 1];
    if (find(keys, s, e) >= 0) return undefined; // a repeated id
    let h = hash(keys, s, e) & mask;
    while (slots[h] >= 0) h = (h + 1) & mask;
    slots[h] = k;
  }
  return { find };
}
