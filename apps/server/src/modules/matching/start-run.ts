import type { Mutation } from '../../platform/mutation';
import { AppError } from '../../platform/errors';
import { requirePeopleAccess } from '../programs';
import { MATCHABLE, presentRun } from './run-service';
import * as repo from './repository';

/** The pg-boss queue of matching runs (decision 0083): one job per run, taken by one worker of one process. */
export const MATCHING_RUN_QUEUE = 'matching-runs';

/**
 * Starts a run: the queued run and its job are written in the caller's transaction, so a run
 * exists exactly when its job does; a worker computes it (`computeRun`) and the web app polls the
 * run. Answers at once with the queued run. The person who started it is audited (decision 0080).
 */
export async function startRun({ tx, actor, audit, job }: Mutation, programId: string) {
  const access = await requirePeopleAccess(tx, actor, programId);
  if (!MATCHABLE.includes(access.program.status))
    throw new AppError(
      'conflict',
      `Matching needs the program in selection, matching or running (it is ${access.program.status})`,
      'status',
    );
  const run = await repo.insertRun(tx, programId, actor.userId);
  // Not retried: a run is computed at most once; one that fails is marked failed with its reason.
  await job(MATCHING_RUN_QUEUE, { runId: run.id }, { id: run.id, retryLimit: 0, expireInSeconds: 15 * 60 });
  await audit({ action: 'matching.run', organisationId: access.program.ownerOrganisationId, entity: 'matching_run', entityId: run.id });
  return presentRun(run);
}
