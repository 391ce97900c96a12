// Public API of @lots/matching. The implementation is plain JavaScript (src/*.js, checked with
// // @ts-check); these declarations mirror it and are checked against it in api.test.js (by tsc).
import type { Instance, Problem, Result, SolveOptions, UnmatchedExplanation, ValidationResult } from './types.js';

export type * from './types.js';

/** Exact optimal assignment (most adepts matched, then highest total score). Deterministic. */
export declare function solve(instance: Instance | Problem, options?: SolveOptions): Result;

/** Greedy baseline: highest score first. Same shapes as `solve`. */
export declare function greedy(instance: Instance | Problem): Result;

/** Checks an instance; never throws. Errors name the offending place. */
export declare function validate(raw: unknown): ValidationResult;

/** Why each unmatched adept of `result` is unmatched: forbidden mentors and full mentors. */
export declare function explainUnmatched(instance: Instance, result: Pick<Result, 'pairs' | 'unmatched'>): UnmatchedExplanation[];

/** Independent feasibility check of a result; returns the problems found (empty when fine). */
export declare function verifyResult(
  instance: Instance | Problem,
  result: Pick<Result, 'pairs' | 'unmatched' | 'matchedCount' | 'totalScore'>,
): string[];

/** Thrown by `solve`, `greedy` and `explainUnmatched` on an invalid instance. */
export declare class InstanceError extends Error {
  constructor(errors: string[]);
  /** Every problem found (at most 20); `message` is the first one. */
  errors: string[];
}
