// @ts-check
/** Small helpers for validation messages. */

/**
 * Shows an id in a message. Plain ids are shown as they are (`mentor m9 does not exist`); ids with
 * spaces, quotes or control characters are JSON-quoted so that a message always stays on one line.
 * @param {string} id
 */
export function showId(id) {
  const short = id.length > 60 ? `${id.slice(0, 57)}...` : id;
  return /^[\p{L}\p{N}_.@:+\-/#]+$/u.test(short) ? short : JSON.stringify(short);
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
export function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** @param {unknown} v @returns {v is number} */
export function isFiniteNumber(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

/** @param {number} n @param {string} one @param {string} many */
export function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** @param {number} n @param {string} one @param {string} many */
export function thereAre(n, one, many) {
  return n === 1 ? `there is 1 ${one}` : `there are ${n} ${many}`;
}

/** @param {unknown} v */
export function describe(v) {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'a number too large for JSON';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
