import type { DbOrTx } from '@lots/db';
import { asksUnderRepresented, type Rules } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { forbidden, notFound } from '../../platform/errors';
import * as repo from './repository';

export interface ProgramAccess {
  program: repo.ProgramRow;
  ownerOrganisationName: string;
  /** Organisations that take part: the owner and partners that accepted (issue 9.4). */
  organisationIds: string[];
  /** Every organisation named in the program, invited and declined ones included. */
  allOrganisationIds: string[];
  /** Coordinator of this program, administrator of its owner, or platform administrator. */
  manage: boolean;
  /** Listed as one of the program's coordinators (the only ones who see special-category answers). */
  coordinator: boolean;
}

/**
 * Who sees a program: those who manage it always; people of a participating
 * organisation (the owner, or a partner that accepted) once it is announced (not drafts, not archived). Everyone else gets a
 * 404, so a program's existence is not revealed to organisations that do not take part.
 */
export async function loadProgramAccess(db: DbOrTx, actor: Actor, programId: string): Promise<ProgramAccess> {
  const found = await repo.findProgram(db, programId);
  if (!found) throw notFound('Program');
  const named = await repo.programOrganisationsOf(db, programId);
  const organisationIds = named.filter((o) => o.participation === 'accepted').map((o) => o.id);
  const person = actor.person;
  // A listed coordinator of a partner organisation coordinates once that organisation has accepted.
  const coordinator =
    person !== null && organisationIds.includes(person.organisationId) && (await repo.isCoordinator(db, programId, person.id));
  const manage =
    actor.platformAdmin ||
    coordinator ||
    (person !== null && person.roles.includes('org_admin') && person.organisationId === found.program.ownerOrganisationId);
  const participant =
    person !== null && organisationIds.includes(person.organisationId) && !['draft', 'archived'].includes(found.program.status);
  if (!manage && !participant) throw notFound('Program');
  return {
    program: found.program,
    ownerOrganisationName: found.ownerOrganisationName,
    organisationIds,
    allOrganisationIds: named.map((o) => o.id),
    manage,
    coordinator,
  };
}

export async function requireManage(db: DbOrTx, actor: Actor, programId: string): Promise<ProgramAccess> {
  const access = await loadProgramAccess(db, actor, programId);
  if (!access.manage) throw forbidden('Only the program’s coordinators may do this');
  return access;
}

/**
 * A program whose eligibility uses the self-identified under-represented answer (special-category
 * data): who applied, was accepted, matched or paired there reveals that answer (decision 0011).
 */
export function usesSpecialCategory(program: Pick<repo.ProgramRow, 'rules'>): boolean {
  const rules = program.rules as Rules;
  return asksUnderRepresented(rules, 'adept') || asksUnderRepresented(rules, 'mentor');
}

/**
 * Who may see and act on a program's people (applications, review, matching, pairs, health):
 * those who manage it; but in a program that uses special-category data, only its coordinators.
 * Administrators of such a program keep its settings and see no person in it (decision 0011).
 */
export async function requirePeopleAccess(db: DbOrTx, actor: Actor, programId: string): Promise<ProgramAccess> {
  const access = await requireManage(db, actor, programId);
  if (!access.coordinator && usesSpecialCategory(access.program))
    throw forbidden('Only the program’s coordinators see the people of a program whose eligibility uses special-category data');
  return access;
}
