// @ts-check
import { assignOptimal } from './assign.js';
import { buildResult, toProblem } from './result.js';

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
