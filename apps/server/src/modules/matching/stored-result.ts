import type { RunPair, RunPairWhy, StoredRunPair, StoredRunResult } from '@lots/core';

type Contribution = RunPairWhy['breakdown'][number];

/** Pairs with their breakdowns as lists of numbers; every pair of one run has the same criteria and weights. */
export function compactPairs(pairs: RunPairWhy[]): Pick<StoredRunResult, 'criteria' | 'weights'> & { pairs: StoredRunPair[] } {
  const first = pairs[0]?.breakdown ?? [];
  const criteria = first.map((c) => c.criterion);
  const weights = first.map((c) => c.weight);
  const same = (b: Contribution[]) =>
    b.length === criteria.length && b.every((c, k) => c.criterion === criteria[k] && c.weight === weights[k]);
  return {
    criteria,
    weights,
    pairs: pairs.map(({ breakdown, ...pair }) =>
      // Never the case for one run's pairs; kept whole rather than stored wrong if it ever were.
      same(breakdown) ? { ...pair, values: breakdown.map((c) => c.value), points: breakdown.map((c) => c.points) } : { ...pair, breakdown },
    ),
  };
}

/** One stored pair as the run lists it: without its breakdown (decision 0197). */
export function listedPair(stored: StoredRunPair): RunPair {
  return {
    adept: stored.adept,
    mentor: stored.mentor,
    score: stored.score,
    locked: stored.locked,
    ruleBreaks: stored.ruleBreaks,
    reason: stored.reason,
  };
}

/** The pairs as the run lists them: without their breakdowns (decision 0197). */
export function listedPairs(result: StoredRunResult): RunPair[] {
  return (result.pairs ?? []).map(listedPair);
}

/** One stored pair with its breakdown a list of contributions again, in the run's criteria and weights. */
export function explainedPair(stored: StoredRunPair, criteria: Contribution['criterion'][], weights: number[]): RunPairWhy {
  const pair = listedPair(stored);
  if ('breakdown' in stored) return { ...pair, breakdown: stored.breakdown };
  return {
    ...pair,
    breakdown: criteria.map((criterion, k) => ({ criterion, weight: weights[k]!, value: stored.values[k]!, points: stored.points[k]! })),
  };
}
