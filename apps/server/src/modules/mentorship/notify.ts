import { localeSchema, translate } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';
import { endPairsOfClosedProgram, restorePairsOfReopenedProgram } from './state';

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
