// @ts-check
/**
 * The pairs of an instance as read from a file by read.js, in typed arrays instead of JSON arrays.
 * `validate` accepts them in place of `scores` and `edges`; they cannot come from JSON.parse.
 */

/** A dense score matrix: one Float64Array, row-major, NaN where the file has `null` (JSON has no NaN). */
export class ScoreMatrix {
  /** @param {number} rows @param {number} cols @param {Float64Array} values rows × cols */
  constructor(rows, cols, values) {
    this.rows = rows;
    this.cols = cols;
    this.values = values;
  }
}

/**
 * A list of edges whose ids are already resolved: for edge k, the position of its adept in
 * `adepts` and of its mentor in `mentors`, and its score (finite).
 */
export class EdgeTable {
  /** @param {Int32Array} adept @param {Int32Array} mentor @param {Float64Array} score */
  constructor(adept, mentor, score) {
    this.adept = adept;
    this.mentor = mentor;
    this.score = score;
  }
}
