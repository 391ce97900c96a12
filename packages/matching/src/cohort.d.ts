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
export interface CohortResult {
  pairs: CohortPair[];
  unmatched: {
    adeptId: string;
    reason: 'no-feasible-mentor' | 'capacity';
    forbidden: { mentorId: string; rules: RuleBreak[] }[];
    full: string[];
  }[];
  matchedCount: number;
  totalScore: number;
  greedyTotalScore: number;
  greedyMatchedCount: number;
  stability: { stable: boolean; blockingPairs: { adeptId: string; mentorId: string }[] } | null;
  stats: { edges: number; ms: number };
}
export declare function matchCohort(input: CohortInput, onProgress?: (progress: number) => void): CohortResult;
