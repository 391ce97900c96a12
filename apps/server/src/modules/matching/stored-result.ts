import type { MatchingRun, RunPair, RunPairWhy } from '@lots/core';

type Contribution = RunPairWhy['breakdown'][number];

/**
 * A pair as a run stores it (decision 0187): its breakdown as two lists of numbers in the order of
 * the run's `criteria` — each criterion's value and points — the weights once per run. Runs stored
 * before kept the breakdown as a list of objects per pair; both are read.
 */
export type StoredPair = RunPair & ({ breakdown: Contribution[] } | { values: number[]; points: number[] });

/** A run's stored result: the API's run, with its pairs' breakdowns compact. */
export type StoredResult = Omit<Partial<MatchingRun>, 'pairs'> & {
  pairs?: StoredPair[];
  /** The criteria of the compact breakdowns, in their order, and each one's weight in this run. */
  criteria?: Contribution['criterion'][];
  weights?: number[];
};

/** Pairs with their breakdowns as lists of numbers; every pair of one run has the same criteria and weights. */
export function compactPairs(pairs: RunPairWhy[]): Pick<StoredResult, 'criteria' | 'weights'> & { pairs: StoredPair[] } {
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

/** The pairs as the run lists them: without their breakdowns (decision 0197). */
export function listedPairs(result: StoredResult): RunPair[] {
  return (result.pairs ?? []).map((stored) => ({
    adept: stored.adept,
    mentor: stored.mentor,
    score: stored.score,
    locked: stored.locked,
    ruleBreaks: stored.ruleBreaks,
    reason: stored.reason,
  }));
}

/** One stored pair with its breakdown a list of contributions again, in the run's criteria and weights. */
export function explainedPair(stored: StoredPair, criteria: Contribution['criterion'][], weights: number[]): RunPairWhy {
  const pair = listedPairs({ pairs: [stored] })[0]!;
  if ('breakdown' in stored) return { ...pair, breakdown: stored.breakdown };
  return {
    ...pair,
    breakdown: criteria.map((criterion, k) => ({ criterion, weight: weights[k]!, value: stored.values[k]!, points: stored.points[k]! })),
  };
}
