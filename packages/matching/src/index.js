// @ts-check
/**
 * @lots/matching: optimal, explainable mentor-adept matching (no dependencies).
 * See README.md and the command-line contract (shared/specs/matching-cli.md).
 */
import { assignOptimal } from './assign.js';
import { buildResult, toProblem } from './result.js';

export { validate, InstanceError } from './validate.js';
export { greedy } from './greedy.js';
export { explainUnmatched, verifyResult } from './explain.js';

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').Instance} Instance */
/** @typedef {import('./types.js').Result} Result */

/**
 * Exact optimal assignment: the most adepts matched, then the highest total score, respecting
 * capacities, forbidden pairs and locked pairs. Deterministic.
 * @param {Instance | Problem} instance a raw instance (validated here) or the `problem` of `validate`
 * @param {import('./types.js').SolveOptions} [options]
 * @returns {Result}
 * @throws {import('./validate.js').InstanceError} when the instance is not valid
 */
export function solve(instance, options = {}) {
  const p = toProblem(instance);
  return buildResult(p, assignOptimal(p, { orientation: options.orientation ?? 'auto' }));
}
