// @ts-check
/**
 * A dense score matrix as read from an instance file by read.js: one Float64Array, row-major, NaN
 * where the file has `null` (JSON has no NaN, so nothing else can mean it). `validate` accepts it in
 * place of the `scores` array of rows; it cannot come from JSON.parse.
 */
export class ScoreMatrix {
  /** @param {number} rows @param {number} cols @param {Float64Array} values rows × cols */
  constructor(rows, cols, values) {
    this.rows = rows;
    this.cols = cols;
    this.values = values;
  }
}
