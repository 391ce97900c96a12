import type { MatchingRun, RunPair } from '@lots/core';

type Contribution = RunPair['breakdown'][number];

/**
 * A pair as a run stores it (decision 0187): its breakdown as two lists of numbers in the order of
 * the run's `criteria` — each criterion's value and points — the weights once per run. Runs stored
 * before kept the breakdown as a list of objects per pair; both are read.
 */
export type StoredPair = Omit<RunPair, 'breakdown'> & ({ breakdown: Contribution[] } | { values: number[]; points: number[] });

/** A run's stored result: the API's run, with its pairs' breakdowns compact. */
export type StoredResult = Omit<Partial<MatchingRun>, 'pairs'> & {
  pairs?: StoredPair[];
  /** The criteria of the compact breakdowns, in their order, and each one's weight in this run. */
  criteria?: Contribution['criterion'][];
  weights?: number[];
};

/** Pairs with their breakdowns as lists of numbers; every pair of one run has the same criteria and weights. */
export function compactPairs(pairs: RunPair[]): Pick<StoredResult, 'criteria' | 'weights'> & { pairs: StoredPair[] } {
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

/** The pairs as the API shows them: every breakdown a list of contributions again. */
export function expandPairs(result: StoredResult): RunPair[] {
  const criteria = result.criteria ?? [];
  const weights = result.weights ?? [];
  return (result.pairs ?? []).map((stored) => {
    if ('breakdown' in stored) return stored;
    const { values, points, ...pair } = stored;
    return {
      ...pair,
      breakdown: criteria.map((criterion, k) => ({ criterion, weight: weights[k]!, value: values[k]!, points: points[k]! })),
    };
  });
}
