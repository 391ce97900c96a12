import { canTransition, PROGRAM_TRANSITIONS, programReadiness, type Program, type ProgramStatus } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { AppError } from '../../platform/errors';
import { requireManage } from './policy';
import { endPairsOfClosedProgramAndTell, restorePairsOfReopenedProgramAndTell } from '../mentorship';
import { readProgram } from './service';
import * as repo from './repository';
import { countQuestions, startRetentionOfProgram, stopRetentionOfProgram } from '../applications';

/** A program moves along its status machine (`PROGRAM_TRANSITIONS`); closing it ends its running pairs. */
export async function transitionProgram(m: Mutation, id: string, to: ProgramStatus): Promise<Program> {
  const { tx, actor, audit } = m;
  const access = await requireManage(tx, actor, id);
  const from = access.program.status;
  if (!canTransition(from, to)) {
    throw new AppError(
      'conflict',
      `A program cannot go from ${from} to ${to} (allowed: ${PROGRAM_TRANSITIONS[from].join(', ') || 'none'})`,
      'status',
    );
  }
  // A draft opens only when the checklist's required items are done (decision 0150); the refusal names each missing item.
  if (from === 'draft' && to === 'open') {
    const program = await readProgram(tx, actor, id);
    const readiness = programReadiness(program, {
      questionCount: await countQuestions(tx, id),
      today: new Date().toISOString().slice(0, 10),
    });
    if (!readiness.ready)
      throw new AppError(
        'conflict',
        `The program is not ready to open; missing: ${readiness.missing.join(', ')}`,
        'status',
        readiness.missing.map((item) => ({ field: item, code: `readiness.${item}`, message: `${item} is missing` })),
      );
  }
  await repo.updateProgram(tx, id, { status: to });
  // Closing ends the running pairs through the pair state machine, like an ending by either party.
  // The adepts' managers who were told a mentorship started are told it ended.
  if (to === 'closed') await endPairsOfClosedProgramAndTell(m, id);
  // Reopening undoes what closing did: the pairs it ended are active again (issue 10 item 11, decision 0102).
  // The adepts' managers who were told those mentorships ended are told they go on.
  const restored = from === 'closed' && to === 'running' ? await restorePairsOfReopenedProgramAndTell(m, id) : 0;
  // Closing or archiving starts the retention period of the applicants' special-category answers
  // and applications; reopening keeps them again (issue 10 item 7, decisions 0103 and 0108).
  if (to === 'closed' || to === 'archived') await startRetentionOfProgram(tx, id, to, new Date());
  if (from === 'closed' && to === 'running') await stopRetentionOfProgram(tx, id);
  await audit({
    action: 'program.status',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: id,
    data: { from, to, ...(restored ? { restoredPairs: restored } : {}) },
  });
  return readProgram(tx, actor, id);
}
