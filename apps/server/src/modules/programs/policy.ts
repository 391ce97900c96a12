import type { DbOrTx } from '@lots/db';
import { asksUnderRepresented, type ParticipationStatus, type Rules } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { groupBy } from '../../platform/group-by';
import { authorize, can, defineAbility, defineActorAbility, type Resource } from '../../platform/authorize';
import * as repo from './repository';

export interface ProgramAccess {
  program: repo.ProgramRow;
  ownerOrganisationName: string;
  /** Every organisation named in the program with its participation, in name order. */
  organisations: NamedOrganisation[];
  /** Organisations that take part: the owner and partners that accepted (issue 9.4). */
  organisationIds: string[];
  /** Every organisation named in the program, invited and declined ones included. */
  allOrganisationIds: string[];
  /** Coordinator of this program, administrator of its owner, or platform administrator. */
  manage: boolean;
  /** Listed as one of the program's coordinators (the only ones who see special-category answers). */
  coordinator: boolean;
  /** Of a participating organisation, and the program is announced (neither a draft nor archived). */
  participant: boolean;
}

interface NamedOrganisation {
  id: string;
  name: string;
  participation: ParticipationStatus;
}

/**
 * Who sees a program: those who manage it always; people of a participating organisation (the
 * owner, or a partner that accepted) once it is announced (not drafts, not archived). Everyone else gets the 404 of a missing program, so a
 * program's existence is not revealed to organisations that do not take part (decision 0072).
 */
export const programResource: Resource<ProgramAccess> = {
  label: 'Program',
  param: 'programId',
  async load(db, actor, programId) {
    const person = actor.person;
    // Asked together (one round trip's wait, not three): the program, its organisations, whether the viewer is listed.
    const [found, named, listed] = await Promise.all([
      repo.findProgram(db, programId),
      repo.organisationsOfPrograms(db, [programId]),
      person ? repo.listedIn(db, [programId], person.id) : [],
    ]);
    return found ? accessFrom(actor, found, named, listed.length > 0) : null;
  },
  visible: (_actor, access) => access.manage || access.participant,
};

type FoundProgram = { program: repo.ProgramRow; ownerOrganisationName: string };

/** What every access holds about the program's organisations, from the rows read about them. */
function organisationsFrom(named: NamedOrganisation[]) {
  const organisations = named.map((o) => ({ id: o.id, name: o.name, participation: o.participation }));
  return {
    organisations,
    organisationIds: organisations.filter((o) => o.participation === 'accepted').map((o) => o.id),
    allOrganisationIds: organisations.map((o) => o.id),
  };
}

/** The viewer's access to a program from what was read about it: one rule for one program and for a page of them. */
function accessFrom(actor: Actor, found: FoundProgram, named: NamedOrganisation[], listed: boolean): ProgramAccess {
  const { organisations, organisationIds, allOrganisationIds } = organisationsFrom(named);
  const person = actor.person;
  // A listed coordinator of a partner organisation coordinates once that organisation has accepted.
  const coordinator = person !== null && organisationIds.includes(person.organisationId) && listed;
  const manage =
    actor.platformAdmin ||
    coordinator ||
    (person !== null && person.roles.includes('org_admin') && person.organisationId === found.program.ownerOrganisationId);
  const participant =
    person !== null && organisationIds.includes(person.organisationId) && !['draft', 'archived'].includes(found.program.status);
  return {
    program: found.program,
    ownerOrganisationName: found.ownerOrganisationName,
    organisations,
    organisationIds,
    allOrganisationIds,
    manage,
    coordinator,
    participant,
  };
}

/**
 * The viewer's access to each of these programs (a page of the program list), as `programResource.load`
 * gives it for one, in two statements whatever the page's size.
 */
export async function loadProgramAccesses(db: DbOrTx, actor: Actor, found: FoundProgram[]): Promise<ProgramAccess[]> {
  const ids = found.map((f) => f.program.id);
  const person = actor.person;
  const [named, listed] = await Promise.all([
    repo.organisationsOfPrograms(db, ids),
    person ? repo.listedIn(db, ids, person.id) : Promise.resolve([]),
  ]);
  const listedIds = new Set(listed);
  const byProgram = groupBy(named, (o) => o.programId);
  return found.map((f) => accessFrom(actor, f, byProgram.get(f.program.id) ?? [], listedIds.has(f.program.id)));
}

const MANAGERS_ONLY = 'Only the program’s coordinators may do this';

/** The program's abilities; other capabilities build theirs on `programResource` the same way. */
export const programAbilities = {
  /** See the program (and apply to it, read its questions and events). */
  read: defineAbility('program.read', programResource, () => true),
  /** Edit, change status, copy: coordinators, the owner's administrators, platform administrators. */
  manage: defineAbility('program.manage', programResource, (_actor, access) => access.manage, MANAGERS_ONLY),
  /**
   * See and act on the program's people (applications, review, matching, pairs, health): those who
   * manage it; in a program that uses special-category data only its coordinators (decision 0011).
   */
  people: defineAbility(
    'program.people',
    programResource,
    (_actor, access) => access.manage && (access.coordinator || !usesSpecialCategory(access.program)),
    'Only the program’s coordinators see the people of a program whose eligibility uses special-category data',
  ),
};

/** The viewer's abilities on a program they see, for the response's `can` (the web app acts on these, decision 0072). */
export const programCan = (actor: Actor, access: ProgramAccess) =>
  can(actor, access, { manage: programAbilities.manage, people: programAbilities.people });

/** Start a program (owned by one's own organisation): coordinators and organisation administrators. */
export const createPrograms = defineActorAbility(
  'program.create',
  (actor) => actor.person !== null && (actor.person.roles.includes('coordinator') || actor.person.roles.includes('org_admin')),
  'Only coordinators and administrators create programs',
);

/**
 * The program as the system's own work sees it (a matching run computed by a worker): who takes
 * part, with no viewer and so no viewer's rights. Undefined for a program that is gone.
 */
export async function loadProgramForSystem(db: DbOrTx, programId: string): Promise<ProgramAccess | undefined> {
  const found = await repo.findProgram(db, programId);
  if (!found) return undefined;
  const named = await repo.organisationsOfPrograms(db, [programId]);
  return {
    program: found.program,
    ownerOrganisationName: found.ownerOrganisationName,
    ...organisationsFrom(named),
    manage: false,
    coordinator: false,
    participant: false,
  };
}

export function loadProgramAccess(db: DbOrTx, actor: Actor, programId: string): Promise<ProgramAccess> {
  return authorize(db, actor, programAbilities.read, programId);
}

export function requireManage(db: DbOrTx, actor: Actor, programId: string): Promise<ProgramAccess> {
  return authorize(db, actor, programAbilities.manage, programId);
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
 * Who may nominate someone to a program (Göteborgs Stad: mentors "nomineras av områdes-/avdelningschef";
 * MYNAK: adepts identified "genom dialog med chefer och HR"): those who manage it, and in a
 * participating organisation its coordinators (HR) and people with staff responsibility.
 */
export async function mayNominate(db: DbOrTx, actor: Actor, access: ProgramAccess): Promise<boolean> {
  return nominationCheck(db, actor)(access);
}

/** `mayNominate` for many programs of one viewer (a page of the program list): staff responsibility is asked once at most. */
export function nominationCheck(db: DbOrTx, actor: Actor): (access: ProgramAccess) => Promise<boolean> {
  let reports: Promise<boolean> | undefined;
  return async (access) => {
    if (access.manage) return true;
    const person = actor.person;
    if (!person || !access.organisationIds.includes(person.organisationId)) return false;
    return person.roles.includes('coordinator') || (await (reports ??= repo.hasReports(db, person.id)));
  };
}

/** See and act on the program's people: `program.people`. */
export function requirePeopleAccess(db: DbOrTx, actor: Actor, programId: string): Promise<ProgramAccess> {
  return authorize(db, actor, programAbilities.people, programId);
}

/** Answer (and list) one's organisation's invitations to joint programs: its administrators and coordinators (issue 9.4). */
export const answerProgramInvitations = defineActorAbility(
  'programInvitation.answer',
  (actor) => actor.person !== null && (actor.person.roles.includes('org_admin') || actor.person.roles.includes('coordinator')),
  'Only an organisation’s administrators and coordinators answer invitations to programs',
);
