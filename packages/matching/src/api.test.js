// @ts-check
/**
 * The public API: what index.js exports, and (checked by `tsc`, see tsconfig.json) that the
 * hand-written declarations of index.d.ts match the JavaScript implementation.
 */
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import { explainUnmatched, verifyResult } from './explain.js';
import { greedy } from './greedy.js';
import { solve } from './solve.js';
import { InstanceError, validate } from './validate.js';

// Type-level checks: each implementation is assignable to its declaration in index.d.ts.
/** @type {typeof api.solve} */
const _solve = solve;
/** @type {typeof api.explainUnmatched} */
const _explain = explainUnmatched;
/** @type {typeof api.verifyResult} */
const _verify = verifyResult;
/** @type {typeof api.greedy} */
const _greedy = greedy;
/** @type {typeof api.validate} */
const _validate = validate;
/** @type {typeof api.InstanceError} */
const _error = InstanceError;

describe('public API', () => {
  it('exports the documented functions', () => {
    expect(Object.keys(api).sort()).toEqual(['InstanceError', 'explainUnmatched', 'greedy', 'solve', 'validate', 'verifyResult']);
    expect([_solve, _explain, _verify, _greedy, _validate, _error].every((f) => typeof f === 'function')).toBe(true);
  });
});
