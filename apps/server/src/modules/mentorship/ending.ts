import type { Mutation } from '../../platform/mutation';
import { AppError } from '../../platform/errors';
import { loadPairAccess } from './policy';
import { presentMentorship } from './present';
import { tellAdeptsManager } from './notify';
import { applyPairEvent, updatePairDetails } from './state';
import * as repo from './repository';

/** Either party may end the mentorship at any time; the reason stays with the pair (the audit row has only who ended it). */
export async function endMentorship(m: Mutation, pairId: string, reason: string | null) {
  const { tx, actor } = m;
  const access = await loadPairAccess(tx, actor, pairId);
  // Through the state machine, written only if nobody changed the pair meanwhile (else a 409).
  await applyPairEvent(tx, access.pair, { type: 'end', by: access.role }, { endReason: reason });
  // A manager who was told it started is told it ended; the coordinators read it in their digest.
  if (access.pair.startedAt) await tellAdeptsManager(m, pairId, 'ended');
  await m.audit({ action: 'pair.end', organisationId: null, entity: 'pair', entityId: pairId, data: { by: access.role } });
  return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
}

/** At the program's end each party says "we continue on our own" or "we end here". */
export async function chooseContinuation({ tx, actor, audit }: Mutation, pairId: string, choice: 'continue' | 'end') {
  const access = await loadPairAccess(tx, actor, pairId);
  if (access.pair.status !== 'active') throw new AppError('conflict', 'Only a running mentorship can be continued or ended', 'status');
  const program = await repo.programOf(tx, access.pair.programId);
  // The choice is made before the program closes; afterwards the pair's space is read-only (decision 0104).
  if (program?.status === 'closed' || program?.status === 'archived')
    throw new AppError('program_closed', `The program is ${program.status}: the choice was made at closing`, 'status');
  const soon = program?.endsOn ? new Date(`${program.endsOn}T00:00:00Z`).getTime() - Date.now() < 45 * 24 * 3600 * 1000 : false;
  if (!soon) throw new AppError('conflict', 'This is chosen when the program comes to its end', 'choice');
  await updatePairDetails(tx, pairId, {
    [access.role === 'adept' ? 'adeptContinuation' : 'mentorContinuation']: choice,
    updatedAt: new Date(),
  });
  await audit({ action: 'pair.continuation', organisationId: null, entity: 'pair', entityId: pairId, data: { role: access.role, choice } });
  return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
}
