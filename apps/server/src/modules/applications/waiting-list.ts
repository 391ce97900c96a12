import { translate } from '@lots/core';
import type { MailMessage, Mutation } from '../../platform/mutation';
import { adeptRoom } from '../costs';
import { inviteLateJoiners } from '../events';
import { lockPlaces, type ProgramRow } from '../programs';
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
 * A few statements however many move up (issue 15 goal 6): who moves up is worked out from the
 * waiting list and each organisation's room under its cap, then written, mailed and invited together.
 */
export async function moveUpFromWaitingList(m: Mutation, program: ProgramRow, exclude: string[] = []): Promise<string[]> {
  if (program.capacity == null || !MOVES_UP_IN.has(program.status)) return [];
  const { tx } = m;
  // Two decisions on the program in two transactions (or processes) must not both fill the same places.
  await lockPlaces(tx, program.id);
  const places = program.capacity - (await repo.countAcceptedAdepts(tx, program.id));
  if (places <= 0) return [];
  const waiting = await repo.waitingAdepts(tx, program.id, exclude);
  if (!waiting.length) return [];
  const chosen = new Set(movingUp(waiting, places, await adeptRoom(tx, program.id)));
  const now = new Date();
  // Only those still waiting: what was moved meanwhile is neither moved nor mailed again.
  const moved = await repo.setDecision(
    tx,
    [...chosen],
    { status: 'accepted', decisionMessage: null, decidedAt: now, promotedAt: now },
    'waitlisted',
  );
  if (!moved.length) return [];
  const byId = new Map(moved.map((row) => [row.id, row]));
  const inLine = waiting.map((w) => w.application.id).filter((id) => byId.has(id));
  const ordered = inLine.map((id) => byId.get(id)!);
  await mailDecisions(
    m,
    program,
    ordered.map((application) => ({ application, bodyKey: 'decision.promoted' })),
  );
  await inviteLateJoiners(
    m,
    program.id,
    ordered.map((a) => a.personId),
  );
  await m.audit({
    action: 'application.promoted',
    organisationId: program.ownerOrganisationId,
    entity: 'application',
    entityId: null,
    data: { ids: inLine, count: inLine.length, capacity: program.capacity },
  });
  return inLine;
}

/**
 * Who moves up: the first `places` on the waiting list (in order) whose organisation has room under
 * its own cap (`room`; no entry: no cap), each taking one of their organisation's room — so someone
 * of a full organisation is passed over for the next in line. Nobody while an organisation is already
 * over its cap: no acceptance is allowed then (`checkAdeptCaps`).
 */
function movingUp(waiting: { application: { id: string }; organisationId: string }[], places: number, room: Map<string, number>): string[] {
  if ([...room.values()].some((left) => left < 0)) return [];
  const left = new Map(room);
  const chosen: string[] = [];
  for (const { application, organisationId } of waiting) {
    if (chosen.length >= places) break;
    const free = left.get(organisationId);
    if (free !== undefined) {
      if (free <= 0) continue;
      left.set(organisationId, free - 1);
    }
    chosen.push(application.id);
  }
  return chosen;
}
