/** Contract of the `matching` capability: settings, runs, locks and exclusions, publishing, the parties' answers, preferences. */
import { z } from 'zod';
import { idSchema, optionalText } from '../common';

export const MATCHING_CRITERIA = [
  'goals',
  'mentorGoals',
  'interests',
  'language',
  'format',
  'experience',
  'availability',
  'wishes',
  'distance',
  'preferences',
] as const;
export type MatchingCriterion = (typeof MATCHING_CRITERIA)[number];
/**
 * How far apart mentor and adept must be, each level including the ones before it (decision 0100):
 * not in the same reporting line (above, below, or the same direct manager) → not in the same unit
 * subtree → not in the same top-level part (area, department) → not in the same organisation.
 */
export const MATCHING_DISTANCES = ['none', 'reportingLine', 'unitSubtree', 'topLevelUnit', 'organisation'] as const;
export type MatchingDistance = (typeof MATCHING_DISTANCES)[number];
export const RULE_BREAKS = [
  'sameOrganisation',
  'sameTopLevelUnit',
  'sameUnitSubtree',
  'unitUnknown',
  'sameManager',
  'sameUnit',
  'reportingLine',
  'closeRelation',
  'adeptNotEligible',
  'mentorNotEligible',
  'notConfirmed',
  'noCapacity',
  'language',
  'excluded',
] as const;

const weight = z.number().min(0).max(10);
export const weightsSchema = z.strictObject(
  Object.fromEntries(MATCHING_CRITERIA.map((c) => [c, weight])) as Record<MatchingCriterion, typeof weight>,
);
export const hardRulesSchema = z.strictObject({
  distance: z.enum(MATCHING_DISTANCES),
  closeRelations: z.boolean(),
  requireEligible: z.boolean(),
  requireConfirmation: z.boolean(),
  requiredLanguage: z.string().trim().max(50).nullable(),
});
export const matchingSettingsSchema = z.strictObject({
  weights: weightsSchema,
  hardRules: hardRulesSchema,
  preferencesEnabled: z.boolean(),
  minScore: z.number().min(0).max(100).nullable(),
});
export type MatchingSettings = z.infer<typeof matchingSettingsSchema>;

export const contributionSchema = z.object({
  criterion: z.enum(MATCHING_CRITERIA),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
});
const participant = z.object({
  applicationId: idSchema,
  personId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  /** Unit names from the organisation's top-level part down to the person's own unit; empty without a unit (not in runs stored before it existed). */
  unitPath: z.array(z.string()).optional(),
});

/** A pair of a run as the run lists it; its breakdown is asked for one pair at a time (decision 0197). */
export const runPairSchema = z.object({
  adept: participant,
  mentor: participant,
  score: z.number(),
  locked: z.boolean(),
  /** A hand assignment that breaks hard rules: which, and the coordinator's reason. */
  ruleBreaks: z.array(z.enum(RULE_BREAKS)),
  reason: z.string().nullable(),
});
export type RunPair = z.infer<typeof runPairSchema>;
/** "Why?": one pair of a run with each criterion's weight, how well it is met and the points it gives, as the run computed them. */
export const runPairWhySchema = runPairSchema.extend({ breakdown: z.array(contributionSchema) });
export type RunPairWhy = z.infer<typeof runPairWhySchema>;

export const unmatchedSchema = z.object({
  adept: participant,
  reason: z.enum(['no-feasible-mentor', 'capacity']),
  /**
   * Mentors this adept could not have, grouped by the rules that forbade them (most common first;
   * no rules: below the minimum score), each group with its count and at most three examples
   * (decision 0084: counts and examples, not every mentor of a large cohort).
   */
  forbidden: z.array(z.object({ rules: z.array(z.enum(RULE_BREAKS)), count: z.number().int().min(1), examples: z.array(participant) })),
  /** How many mentors were forbidden in all. */
  forbiddenCount: z.number().int().min(0),
  /** Allowed mentors whose places went to others: at most three examples. */
  full: z.array(participant),
  /** How many allowed mentors were full in all. */
  fullCount: z.number().int().min(0),
});

export const matchingRunSchema = z.object({
  id: idSchema,
  programId: idSchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  matchedCount: z.number().int().nullable(),
  totalScore: z.number().nullable(),
  adeptCount: z.number().int().nullable(),
  mentorCount: z.number().int().nullable(),
  greedyTotalScore: z.number().nullable(),
  pairs: z.array(runPairSchema),
  unmatched: z.array(unmatchedSchema),
  unusedMentors: z.array(participant.extend({ capacity: z.number().int(), used: z.number().int() })),
  /** Accepted adepts left out because the cohort's places (the program's capacity in pairs) are taken. */
  beyondCapacity: z.array(participant),
  /** With mutual preferences: whether no adept and mentor would both rather be together than with whom they got. */
  stability: z.object({ stable: z.boolean(), blockingPairs: z.array(z.object({ adept: participant, mentor: participant })) }).nullable(),
});
export type MatchingRun = z.infer<typeof matchingRunSchema>;

type Contribution = RunPairWhy['breakdown'][number];

/**
 * A pair as a run stores it (decision 0187): its breakdown as two lists of numbers in the order of
 * the run's `criteria` — each criterion's value and points — the weights once per run. Runs stored
 * before kept the breakdown as a list of objects per pair; both are read.
 */
export type StoredRunPair = RunPair & ({ breakdown: Contribution[] } | { values: number[]; points: number[] });

/** A run's stored result (the `matching_runs.result` column): the API's run, with its pairs' breakdowns compact. */
export type StoredRunResult = Omit<Partial<MatchingRun>, 'pairs'> & {
  pairs?: StoredRunPair[];
  /** The criteria of the compact breakdowns, in their order, and each one's weight in this run. */
  criteria?: Contribution['criterion'][];
  weights?: number[];
};
export const matchingRunSummarySchema = matchingRunSchema.pick({
  id: true,
  status: true,
  progress: true,
  createdAt: true,
  finishedAt: true,
  matchedCount: true,
  totalScore: true,
  error: true,
});

export const constraintInputSchema = z.strictObject({
  kind: z.enum(['lock', 'exclude']),
  adeptApplicationId: idSchema,
  mentorApplicationId: idSchema,
  /** Needed when a locked (hand-assigned) pair breaks a hard rule. */
  reason: optionalText(1000),
});
/** The written reason a coordinator gives for a pair that breaks hard rules (the forms' contracts once the API asked for it). */
const writtenReason = z.string().trim().min(1).max(1000);
export const lockWithReasonInputSchema = constraintInputSchema.extend({ kind: z.literal('lock'), reason: writtenReason });
export const constraintSchema = z.object({
  id: idSchema,
  kind: z.enum(['lock', 'exclude']),
  adept: participant,
  mentor: participant,
  reason: z.string().nullable(),
  ruleBreaks: z.array(z.enum(RULE_BREAKS)),
  createdAt: z.string(),
});
export const swapInputSchema = z.strictObject({
  runId: idSchema,
  adeptApplicationIds: z.tuple([idSchema, idSchema]),
  reason: optionalText(1000),
});
export const swapWithReasonInputSchema = swapInputSchema.extend({ reason: writtenReason });

export const comparisonSchema = z.object({
  a: matchingRunSummarySchema,
  b: matchingRunSummarySchema,
  totalScoreDifference: z.number(),
  matchedDifference: z.number().int(),
  changed: z.array(
    z.object({
      adept: participant,
      before: participant.nullable(),
      after: participant.nullable(),
      scoreBefore: z.number().nullable(),
      scoreAfter: z.number().nullable(),
    }),
  ),
});

export const publishInputSchema = z.strictObject({ runId: idSchema });
export const PAIR_STATUSES = ['published', 'active', 'declined', 'ended'] as const;
export const pairSchema = z.object({
  id: idSchema,
  programId: idSchema,
  programName: z.string(),
  status: z.enum(PAIR_STATUSES),
  myRole: z.enum(['adept', 'mentor']).nullable(),
  adept: participant.extend({ title: z.string().nullable(), email: z.string() }),
  mentor: participant.extend({ title: z.string().nullable(), email: z.string() }),
  adeptResponse: z.enum(['pending', 'accepted', 'declined']),
  mentorResponse: z.enum(['pending', 'accepted', 'declined']),
  /** Only for coordinators. */
  declineReason: z.string().nullable(),
  declinedBy: z.enum(['adept', 'mentor']).nullable(),
  publishedAt: z.string(),
});
export type Pair = z.infer<typeof pairSchema>;
export const pairResponseSchema = z.strictObject({ decision: z.enum(['accepted', 'declined']), reason: optionalText(2000) });

export const mentorProfileSchema = z.object({
  applicationId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  organisationName: z.string(),
  competenceAreas: z.array(z.string()),
  interests: z.array(z.string()),
  languages: z.array(z.string()),
  location: z.string().nullable(),
  meetingPreference: z.string().nullable(),
  yearsAsManager: z.number().nullable(),
});
export const adeptProfileSchema = mentorProfileSchema.extend({ developmentGoals: z.string().nullable() });
export const preferencesInputSchema = z.strictObject({ applicationIds: z.array(idSchema).max(5) });
export const myPreferencesSchema = z.object({
  role: z.enum(['adept', 'mentor']),
  enabled: z.boolean(),
  /** Adepts: accepted mentors to rank; mentors: accepted adepts to mark. */
  candidates: z.array(adeptProfileSchema),
  chosen: z.array(idSchema),
});
export const assignInputSchema = z.strictObject({
  adeptApplicationId: idSchema,
  mentorApplicationId: idSchema,
  reason: optionalText(1000),
});
export const assignWithReasonInputSchema = assignInputSchema.extend({ reason: writtenReason });

export const matchingRunSummaryListSchema = z.array(matchingRunSummarySchema);
export const runParamsSchema = z.strictObject({ programId: idSchema, runId: idSchema });
/** A pair of a run, named by its adept's application (an adept is in at most one pair of a run). */
export const runPairParamsSchema = runParamsSchema.extend({ applicationId: idSchema });
export const compareQuerySchema = z.strictObject({ a: idSchema, b: idSchema });
export const constraintListSchema = z.array(constraintSchema);
export const constraintParamsSchema = z.strictObject({ programId: idSchema, constraintId: idSchema });
export const pairListSchema = z.array(pairSchema);
/** Routes under /api/pairs/:pairId and /api/mentorships/:pairId. */
export const pairParamsSchema = z.strictObject({ pairId: idSchema });
export type RunSummary = z.infer<typeof matchingRunSummarySchema>;
export type Constraint = z.infer<typeof constraintSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type MyPreferences = z.infer<typeof myPreferencesSchema>;
export type ConstraintInput = z.input<typeof constraintInputSchema>;
export type AssignInput = z.input<typeof assignInputSchema>;
export type SwapInput = z.input<typeof swapInputSchema>;
export type PairResponse = z.input<typeof pairResponseSchema>;
