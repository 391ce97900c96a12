import type { MatchingRun, Pair } from '@lots/core';
import { ApiError } from '../../api/errors';

/**
 * The pairs of a run that publishing would still offer, as the server decides: not a pair that
 * has been published before (whatever became of it), nor one whose adept already has a published
 * or active pair. Empty when the run is not finished.
 */
export function publishablePairs(run: MatchingRun | undefined, programPairs: Pair[] | undefined): MatchingRun['pairs'] {
  if (!run || run.status !== 'done') return [];
  const all = programPairs ?? [];
  const busy = new Set(all.filter((p) => p.status === 'published' || p.status === 'active').map((p) => p.adept.applicationId));
  const offered = new Set(all.map((p) => `${p.adept.applicationId}:${p.mentor.applicationId}`));
  return run.pairs.filter((p) => !busy.has(p.adept.applicationId) && !offered.has(`${p.adept.applicationId}:${p.mentor.applicationId}`));
}

/**
 * Whether a refused publish was refused because the run no longer fits the program (decision 0200: someone in it was
 * rejected or withdrew, or pairs published since took the cohort's or a mentor's places), not for having nothing left.
 */
export function isOutdatedRun(error: unknown): boolean {
  return error instanceof ApiError && error.details.some((d) => d.code === 'publish.outdated');
}
