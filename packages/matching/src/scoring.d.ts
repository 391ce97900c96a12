// Declarations for scoring.js (plain JavaScript checked with // @ts-check).
export type Criterion =
  'goals' | 'mentorGoals' | 'interests' | 'language' | 'format' | 'experience' | 'availability' | 'wishes' | 'distance' | 'preferences';
export type Distance = 'none' | 'reportingLine' | 'unitSubtree' | 'topLevelUnit' | 'organisation';
export type Weights = Record<Criterion, number>;
export interface Person {
  id: string;
  personId: string;
  name: string;
  email: string;
  organisationId: string;
  unitId: string | null;
  /** Unit ids from the organisation's top-level unit down to the person's own unit (default: just `unitId`). */
  unitPath?: string[];
  managerChain: string[];
  title: string | null;
  organisationName: string | null;
  yearsAsManager: number | null;
  competenceAreas: string[];
  developmentGoals: string | null;
  interests: string[];
  languages: string[];
  location: string | null;
  meetingPreference: 'digital' | 'physical' | 'either' | null;
  availability: string | null;
  wishes: string | null;
  tooClose: string[];
  eligible: boolean;
  confirmed: boolean;
  capacity: number;
}
export interface HardRules {
  distance: Distance;
  closeRelations: boolean;
  requireEligible: boolean;
  requireConfirmation: boolean;
  requiredLanguage: string | null;
}
export type RuleBreak =
  | 'sameOrganisation'
  | 'sameTopLevelUnit'
  | 'sameUnitSubtree'
  | 'unitUnknown'
  | 'sameManager'
  | 'sameUnit'
  | 'reportingLine'
  | 'closeRelation'
  | 'adeptNotEligible'
  | 'mentorNotEligible'
  | 'notConfirmed'
  | 'noCapacity'
  | 'language'
  | 'excluded';
export interface Preferences {
  adeptRanks?: Map<string, number>;
  mentorMarks?: Set<string>;
}
export interface Contribution {
  criterion: Criterion;
  weight: number;
  value: number;
  points: number;
}
export declare const CRITERIA: readonly Criterion[];
export declare const DEFAULT_WEIGHTS: Weights;
export declare const DISTANCES: readonly Distance[];
export declare const DEFAULT_HARD_RULES: HardRules;
export declare function stems(text: string | null | undefined | string[]): Set<string>;
export declare function criterionValues(
  adept: Person,
  mentor: Person,
  options?: { reverse?: boolean; preferences?: Preferences },
): Record<Criterion, number>;
export declare function scorePair(
  adept: Person,
  mentor: Person,
  weights: Weights,
  options?: { reverse?: boolean; preferences?: Preferences },
): { score: number; breakdown: Contribution[] };
export declare function explainPair(
  adept: Profile,
  mentor: Profile,
  weights: Weights,
  reverse: boolean,
  rank: number | undefined,
  marked: boolean,
  marks: AdeptMarks,
): { score: number; breakdown: Contribution[] };
export declare function ruleBreaks(adept: Person, mentor: Person, rules: HardRules): RuleBreak[];
/** A person's profile read once for scoring (see scoring.js). */
export interface Profile {
  person: Person;
  goals: Int32Array;
  offers: Int32Array;
  ownGoals: Int32Array | null;
  brings: Int32Array;
  interests: Int32Array;
  languages: Int32Array;
  location: string | null;
  availability: Int32Array | null;
  wishes: Int32Array | null;
  wishTargets: Int32Array;
  keys: string[];
  tooClose: string[];
  path: string[];
  spoken: string[];
}
export declare class Vocabulary {
  ids: Map<string, number>;
  stemsOfText: Map<string, number[]>;
  stemIdsOf(texts: (string | null | undefined)[]): Int32Array;
  idsOf(words: Iterable<string>): Int32Array;
}
export declare function profileOf(p: Person, vocabulary?: Vocabulary): Profile;
export declare function valuesInto(
  adept: Profile,
  mentor: Profile,
  reverse: boolean,
  rank: number | undefined,
  marked: boolean,
  out: Float64Array,
  marks: AdeptMarks,
): void;
export declare class AdeptMarks {
  constructor(vocabulary: Vocabulary);
  use(adept: Profile): void;
  overlap(bit: number, size: number, ids: Int32Array): number;
}
export declare function weightVector(weights: Weights): { weight: Float64Array; total: number };
export declare function scoreOf(values: Float64Array, w: { weight: Float64Array; total: number }): number;
export declare function profileRuleBreaks(adept: Profile, mentor: Profile, rules: HardRules): RuleBreak[];
