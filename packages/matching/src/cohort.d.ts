import type { Contribution, HardRules, Person, RuleBreak, Weights } from './scoring.js';
export interface Constraint {
  kind: 'lock' | 'exclude';
  adeptId: string;
  mentorId: string;
}
export interface CohortInput {
  adepts: Person[];
  mentors: Person[];
  weights: Weights;
  hardRules: HardRules;
  constraints: Constraint[];
  preferences: { adeptRanks: [string, number][]; mentorMarks: string[] } | null;
  minScore: number | null;
  reverse: boolean;
}
export interface CohortPair {
  adeptId: string;
  mentorId: string;
  score: number;
  breakdown: Contribution[];
  locked: boolean;
  ruleBreaks: RuleBreak[];
}
/**
 * Why an adept is unmatched, compactly: the forbidden mentors grouped by the rules that forbid them
 * (most common first; rules [] = below the minimum score) with a count and a few examples, and the
 * allowed mentors that were full, counted, with a few examples.
 */
export interface UnmatchedAdept {
  adeptId: string;
  reason: 'no-feasible-mentor' | 'capacity';
  forbidden: { rules: RuleBreak[]; count: number; examples: string[] }[];
  forbiddenCount: number;
  full: string[];
  fullCount: number;
}
export declare const EXAMPLES: number;
export declare function summariseUnmatched<T>(
  forbidden: { mentor: T; rules: RuleBreak[] }[],
  full: T[],
): { forbidden: { rules: RuleBreak[]; count: number; examples: T[] }[]; forbiddenCount: number; full: T[]; fullCount: number };
export interface CohortResult {
  pairs: CohortPair[];
  unmatched: UnmatchedAdept[];
  matchedCount: number;
  totalScore: number;
  greedyTotalScore: number;
  greedyMatchedCount: number;
  stability: { stable: boolean; blockingPairs: { adeptId: string; mentorId: string }[] } | null;
  /** `solveMs`: the exact solver's part of `ms`. */
  stats: { edges: number; ms: number; solveMs?: number };
}
export declare function matchCohort(input: CohortInput, onProgress?: (progress: number) => void): CohortResult;
