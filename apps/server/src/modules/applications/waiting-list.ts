import { translate } from '@lots/core';
import { AppError } from '../../platform/errors';
import type { MailMessage, Mutation } from '../../platform/mutation';
import { checkAdeptCaps } from '../costs';
import { inviteLateJoiner } from '../events';
import type { ProgramRow } from '../programs';
import * as repo from './repository';

type Decided = { personId: string; role: 'adept' | 'mentor' };

/** The one mail telling an applicant the coordinator's decision (or their moving up), in their language. */
export async function mailDecision(m: Mutation, program: ProgramRow, application: Decided, bodyKey: string, message?: string | null) {
  await m.mail({ personId: application.personId }, decisionMessage(program, application, bodyKey, message));
}

/** The decision mails of many applicants (a bulk decision) written together: one look-up of the recipients, rows a batch at a time. */
export async function mailDecisions(
  m: Mutation,
  program: ProgramRow,
  decided: { application: Decided; bodyKey: string }[],
  message?: string | null,
) {
  await m.mailAll(
    decided.map(({ application, bodyKey }) => ({
      to: { personId: application.personId },
      message: decisionMessage(program, application, bodyKey, message),
    })),
  );
}

function decisionMessage(program: ProgramRow, application: Decided, bodyKey: string, message?: string | null): MailMessage {
  return {
    template: 'decision',
    path: `/programs/${program.id}`,
    organisationId: program.ownerOrganisationId,
    vars: (locale) => ({ program: program.name, role: translate(locale, 'mail', `roles.${application.role}`) }),
    extras: { bodyKey, note: message ? { introKey: 'decision.messageIntro', text: message } : undefined },
  };
}

/** Before matching: while the program takes applications or is in selection (decision 0107). */
const MOVES_UP_IN: ReadonlySet<ProgramRow['status']> = new Set(['open', 'selection']);

/**
 * A place of the cohort came free (an accepted adept withdrew or was moved off the accepted list):
 * the first adepts on the waiting list, in the order they applied, move up into the free places —
 * each accepted with ONE mail saying they moved up, invited to the coming events, and named in the
 * coordinators' next digest (`promotedAt`). An organisation at its own cap of places is passed over.
 * Only before matching and only where the program has a capacity (decision 0107). `exclude` are the
 * applications whose decision made the place free (never moved straight back). Returns the ids moved up.
 */
export async function moveUpFromWaitingList(m: Mutation, program: ProgramRow, exclude: string[] = []): Promise<string[]> {
  if (program.capacity == null || !MOVES_UP_IN.has(program.status)) return [];
  const { tx } = m;
  let places = program.capacity - (await repo.countAcceptedAdepts(tx, program.id));
  if (places <= 0) return [];
  const moved: string[] = [];
  const now = new Date();
  for (const candidate of await repo.waitingAdepts(tx, program.id, exclude)) {
    if (places <= 0) break;
    await repo.updateApplication(tx, candidate.id, { status: 'accepted', decidedAt: now, promotedAt: now, decisionMessage: null });
    try {
      await checkAdeptCaps(tx, program.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Their organisation has no place left of its own: the next in line moves up instead.
      await repo.updateApplication(tx, candidate.id, { status: 'waitlisted', decidedAt: candidate.decidedAt, promotedAt: null });
      continue;
    }
    places--;
    moved.push(candidate.id);
    await mailDecision(m, program, candidate, 'decision.promoted');
    await inviteLateJoiner(m, program.id, candidate.personId);
  }
  if (moved.length)
    await m.audit({
      action: 'application.promoted',
      organisationId: program.ownerOrganisationId,
      entity: 'application',
      entityId: null,
      data: { ids: moved, count: moved.length, capacity: program.capacity },
    });
  return moved;
}
