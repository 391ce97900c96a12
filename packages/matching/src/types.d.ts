// Public types of @lots/matching (hand-written; the JavaScript sources refer to them with JSDoc).

/** A mentor: unique id and how many adepts they take (whole number >= 0). */
export interface Mentor {
  id: string;
  capacity: number;
}

/** An adept (mentee): unique id. */
export interface Adept {
  id: string;
}

/** `[adeptId, mentorId, score]`: an allowed pair of the sparse form. */
export type Edge = [adept: string, mentor: string, score: number];

/** `[adeptId, mentorId]`: a pair that must be in the result. */
export type LockedPair = [adept: string, mentor: string];

/**
 * A matching instance as described by the command-line contract (version 1).
 * Exactly one of `scores` (dense, `null` = forbidden) or `edges` (sparse, unlisted = forbidden).
 */
export interface Instance {
  mentors: Mentor[];
  adepts: Adept[];
  scores?: (number | null)[][];
  edges?: Edge[];
  locked?: LockedPair[];
  /** Pairs scoring below it are forbidden. */
  minScore?: number;
}

export interface Pair {
  adept: string;
  mentor: string;
  score: number;
}

export type UnmatchedReason = 'no-feasible-mentor' | 'capacity';

export interface Unmatched {
  adept: string;
  reason: UnmatchedReason;
}

export interface Stats {
  adepts: number;
  mentors: number;
  /** Allowed pairs after `null`s, missing edges and `minScore` are taken out. */
  allowedPairs: number;
  locked: number;
  /** Wall-clock milliseconds; only added on request (it would break byte-identical output). */
  ms?: number;
}

export interface Result {
  /** One entry per matched adept, in the adepts' input order. */
  pairs: Pair[];
  /** One entry per unmatched adept, in the adepts' input order. */
  unmatched: Unmatched[];
  matchedCount: number;
  /** Sum of the pairs' scores, rounded to 15 significant digits (so 0.8 + 0.9 gives 1.7). */
  totalScore: number;
  stats: Stats;
}

/**
 * A validated instance in compact form: allowed pairs as a CSR adjacency (row = adept).
 * Produced by `validate`; accepted by `solve`, `greedy` and `explainUnmatched` as well.
 */
export interface Problem {
  readonly kind: 'lots-matching-problem';
  adeptIds: string[];
  mentorIds: string[];
  /** Capacity as given (whole number >= 0). */
  capacity: number[];
  /** Row `i` (adept `i`) owns the allowed pairs `rowStart[i] .. rowStart[i+1]-1`. */
  rowStart: Int32Array;
  /** Mentor index of each allowed pair. */
  col: Int32Array;
  /** Score of each allowed pair. */
  score: Float64Array;
  /** For each adept, the index of its locked pair (into `col`/`score`), or -1. */
  lockedEdge: Int32Array;
  lockedCount: number;
  minScore: number | null;
  /** Which form the instance used. */
  form: 'scores' | 'edges';
}

export type ValidationResult = { ok: true; problem: Problem } | { ok: false; errors: string[] };

export type ForbiddenWhy = 'null-score' | 'not-listed' | 'below-min-score';

export interface UnmatchedExplanation {
  adept: string;
  reason: UnmatchedReason;
  /** Mentors this adept may not be paired with, and why. */
  forbidden: { mentor: string; why: ForbiddenWhy }[];
  /**
   * Mentors this adept could have had; in an optimal result every one of them is full.
   * Sorted by score, best first.
   */
  full: {
    mentor: string;
    score: number;
    capacity: number;
    /** Lowest score among the adepts the mentor got, or null when it got none. */
    weakestAssignedScore: number | null;
  }[];
}

export interface SolveOptions {
  /**
   * Which side the solver places one unit at a time. Both are exact and give equally good results
   * (ties may be broken differently); `auto` (the default) picks the faster one for the instance.
   */
  orientation?: 'auto' | 'adepts' | 'mentors';
}
