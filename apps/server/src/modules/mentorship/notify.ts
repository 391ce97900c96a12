import { localeSchema, translate, type PairRole } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { coordinatorsOf } from '../programs';
import * as repo from './repository';
import { applyPairEvent, endPairsOfClosedProgram, restorePairsOfReopenedProgram } from './state';

/**
 * Tells the adept's manager that the mentorship started (both signed) or ended — in a program that
 * requires the manager's confirmation (Tullverket: "the adept's manager shall know of and confirm
 * the mentorship"), and only there: in an inclusion program without it the manager learns nothing.
 * The mail carries no content: not the mentor, not the agreement, not who ended it or why. Like the
 * confirmation, it never names an inclusion program. In the manager's language (their account's, else
 * the program's first language; never the adept's). The program's coordinators learn of starts and ends from their daily digest.
 */
export async function tellAdeptsManager(m: Mutation, pairId: string, event: 'started' | 'ended' | 'resumed'): Promise<void> {
  const pair = await repo.adeptManagerOf(m.tx, pairId);
  if (!pair?.requiresManagerConfirmation || !pair.managerEmail) return;
  // Never the adept's language: the manager's own account's, else the program's first (issue 14 item 6).
  const fallback = localeSchema.catch('sv').parse(pair.programLanguages[0] ?? 'sv');
  await m.mail(
    { email: pair.managerEmail, name: pair.managerName, fallback },
    {
      template:
        event === 'started' ? 'managerMentorshipStarted' : event === 'ended' ? 'managerMentorshipEnded' : 'managerMentorshipResumed',
      organisationId: pair.owner,
      vars: (locale) => ({
        adept: pair.adept,
        programRef:
          pair.programType === 'inclusion'
            ? translate(locale, 'mail', 'programRef.unnamed')
            : translate(locale, 'mail', 'programRef.named', { program: pair.program }),
      }),
      extras: { withoutLink: true },
    },
  );
}

/**
 * Reopening a closed program restores the pairs its closing ended; the managers who were told those
 * mentorships ended (they had started) are told they go on, in the same words' style. Returns how many.
 */
export async function restorePairsOfReopenedProgramAndTell(m: Mutation, programId: string): Promise<number> {
  const restored = await restorePairsOfReopenedProgram(m.tx, programId);
  for (const pair of restored) if (pair.startedAt) await tellAdeptsManager(m, pair.id, 'resumed');
  return restored.length;
}

/** Closing a program ends its running pairs; the managers of those that had started are told. */
export async function endPairsOfClosedProgramAndTell(m: Mutation, programId: string): Promise<void> {
  for (const pair of await endPairsOfClosedProgram(m.tx, programId)) if (pair.startedAt) await tellAdeptsManager(m, pair.id, 'ended');
}

/**
 * A participant who withdraws their application leaves the pairs it is in (decision 0208), in the withdrawal's
 * transaction: a pair on offer is declined on their behalf (the other party returns to the pool), a running one ends,
 * ended by them — through the state machine. The other party and the program's coordinators are mailed at once; the
 * adept's manager, who was told a started mentorship began, is told it ended. The mails say who withdrew and from which
 * program, nothing else (no reason, no note, nothing said in the mentorship). Returns the pairs it ended or declined.
 */
export async function leavePairsOfWithdrawnApplication(
  m: Mutation,
  withdrawn: { applicationId: string; role: PairRole; personName: string },
  program: { id: string; name: string },
): Promise<number> {
  const live = await repo.livePairsOfApplication(m.tx, withdrawn.applicationId);
  if (!live.length) return 0;
  const coordinators = await coordinatorsOf(m.tx, program.id);
  for (const { pair, otherPersonId, otherName } of live) {
    const declined = pair.status === 'published';
    await applyPairEvent(
      m.tx,
      pair,
      { type: 'withdraw', role: withdrawn.role },
      declined ? { declinedBy: withdrawn.role, declineReason: null } : {},
    );
    if (!declined && pair.startedAt) await tellAdeptsManager(m, pair.id, 'ended');
    await m.mailAll([
      {
        to: { personId: otherPersonId },
        message: {
          template: 'pairWithdrawn',
          path: '/mentorships',
          organisationId: null,
          vars: { who: withdrawn.personName, program: program.name },
          extras: { bodyKey: declined ? 'pairWithdrawn.offer' : 'pairWithdrawn.body' },
        },
      },
      ...coordinators.map((coordinator) => ({
        to: { personId: coordinator.personId },
        message: {
          template: 'pairWithdrawn' as const,
          path: `/programs/${program.id}/pairs`,
          organisationId: null,
          vars: { who: withdrawn.personName, other: otherName, program: program.name },
          extras: { bodyKey: 'pairWithdrawn.coordinator' },
        },
      })),
    ]);
  }
  return live.length;
}
