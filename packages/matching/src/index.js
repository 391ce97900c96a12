// @ts-check
/**
 * @lots/matching: optimal, explainable mentor-adept matching (no dependencies).
 * See README.md and the command-line contract (shared/specs/matching-cli.md).
 * Declarations: index.d.ts (checked against these modules in api.test.js).
 */
export { solve } from './solve.js';
export { validate, InstanceError } from './validate.js';
export { greedy } from './greedy.js';
export { explainUnmatched, verifyResult } from './explain.js';
