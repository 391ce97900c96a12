import {
  DECISIONS_CLOSED,
  PROGRAM_TRANSITIONS,
  type ClosingPreview,
  type Program,
  type ProgramStatus,
  type ProgramListParams,
  type ProgramSummary,
  type ProgramSummaryPage,
  type programInputSchema,
} from '@lots/core';
import type { z } from 'zod';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid } from '../../platform/errors';
import { closingPreview } from '../mentorship';
import {
  loadProgramAccess,
  loadProgramAccesses,
  mayNominate,
  nominationCheck,
  programCan,
  programResource,
  type ProgramAccess,
} from './policy';
import * as repo from './repository';

type ProgramInput = z.output<typeof programInputSchema>;

export async function presentProgram(db: DbOrTx, actor: Actor, access: ProgramAccess): Promise<Program> {
  const { program: p } = access;
  const [coordinators, canNominate] = await Promise.all([repo.coordinatorsOf(db, p.id), mayNominate(db, actor, access)]);
  return {
    id: p.id,
    ownerOrganisationId: p.ownerOrganisationId,
    ownerOrganisationName: access.ownerOrganisationName,
    status: p.status,
    name: p.name,
    type: p.type,
    purpose: p.purpose,
    goals: p.goals,
    applicationOpensOn: p.applicationOpensOn,
    applicationClosesOn: p.applicationClosesOn,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    meetingGuidance: p.meetingGuidance,
    expectedHours: p.expectedHours,
    mode: p.mode,
    feePerAdept: p.feePerAdept,
    feePerMentor: p.feePerMentor,
    currency: p.currency,
    capacity: p.capacity,
    languages: p.languages,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    expectationsAdept: p.expectationsAdept,
    expectationsMentor: p.expectationsMentor,
    requiresManagerConfirmation: p.requiresManagerConfirmation,
    mentorsMustBeNominated: p.mentorsMustBeNominated,
    nudgeAfterWeeks: p.nudgeAfterWeeks,
    rules: p.rules,
    // Managers see every named organisation and its answer; participants only those taking part.
    organisations: access.manage ? access.organisations : access.organisations.filter((o) => o.participation === 'accepted'),
    // Participants see who to contact, not the coordinators' e-mail addresses unless they are the contact.
    coordinators: access.manage ? coordinators : coordinators.map((c) => ({ ...c, email: '' })),
    can: { ...programCan(actor, access), nominate: canNominate },
    allowedTransitions: access.manage ? [...PROGRAM_TRANSITIONS[p.status]] : [],
    copiedFromId: p.copiedFromId,
  };
}

/** The program as this viewer sees it, read with `db` (a mutation's transaction, or the database). */
export async function readProgram(db: DbOrTx, actor: Actor, id: string): Promise<Program> {
  return presentProgram(db, actor, await loadProgramAccess(db, actor, id));
}

export async function getProgram(ctx: AppContext, actor: Actor, id: string): Promise<Program> {
  return readProgram(ctx.db, actor, id);
}

/** Who asks, as the program list's visibility rules need it (`visibleTo` in the repository). */
export function programViewer(actor: Actor): repo.ProgramViewer {
  const person = actor.person;
  return {
    platformAdmin: actor.platformAdmin,
    personId: person?.id ?? null,
    organisationId: person?.organisationId ?? null,
    orgAdmin: person?.roles.includes('org_admin') ?? false,
  };
}

/**
 * One page of the programs the viewer sees (decision 0161): visibility, search, filters, order and
 * paging in SQL; the viewer's abilities (`can`) are computed for the page's programs only.
 */
export async function listPrograms(ctx: AppContext, actor: Actor, query: ProgramListParams): Promise<ProgramSummaryPage> {
  const { rows, total } = await repo.listVisiblePrograms(ctx.db, programViewer(actor), query);
  // The same access and abilities as the program's own page, read for the whole page at once.
  const accesses = await loadProgramAccesses(ctx.db, actor, rows);
  const mayNominate = nominationCheck(ctx.db, actor);
  const items: ProgramSummary[] = [];
  for (const [i, { program: p, ownerOrganisationName }] of rows.entries()) {
    const access = accesses[i]!;
    if (!programResource.visible(actor, access)) continue;
    items.push({
      id: p.id,
      name: p.name,
      type: p.type,
      status: p.status,
      ownerOrganisationName,
      languages: p.languages,
      applicationClosesOn: p.applicationClosesOn,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      can: { ...programCan(actor, access), nominate: await mayNominate(access) },
    });
  }
  return { items, total };
}

export function toValues(input: Partial<ProgramInput>): Partial<repo.ProgramValues> {
  const { participatingOrganisationIds: _o, coordinatorIds: _c, ...fields } = input;
  const values: Partial<repo.ProgramValues> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (values as Record<string, unknown>)[key] = value ?? null;
  }
  return values;
}

/** Participating organisations must exist; coordinators must be people of a participating organisation. */
export async function checkMembers(tx: DbOrTx, organisationIds: string[], coordinatorIds: string[]) {
  const found = await repo.existingOrganisations(tx, organisationIds);
  if (found.length !== organisationIds.length) throw invalid('participatingOrganisationIds', 'an organisation does not exist');
  const coordinators = await repo.peopleInOrganisations(tx, coordinatorIds, organisationIds);
  if (coordinators.length !== coordinatorIds.length)
    throw invalid('coordinatorIds', 'every coordinator must belong to a participating organisation');
}

/** What closing would do to each active or proposed pair, one page (the route has checked `program.people`). */
export async function previewClosing(ctx: AppContext, programId: string, page: { limit: number; offset: number }): Promise<ClosingPreview> {
  const { items, counts } = await closingPreview(ctx.db, programId, page);
  const { total, ...rest } = counts;
  return { items, total, counts: rest };
}

/** After closing, the program's decisions (selection, matching) are read-only: a change is a 409 naming `status`. */
export function requireDecisionsOpen(program: { status: ProgramStatus }) {
  if (DECISIONS_CLOSED.includes(program.status))
    throw new AppError('conflict', `The program is ${program.status}: its decisions are read-only`, 'status');
}
