import { canTransition, PROGRAM_TRANSITIONS, programInputSchema, type Program, type ProgramStatus, type ProgramSummary } from '@lots/core';
import type { z } from 'zod';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { audit } from '../../platform/audit';
import { createPrograms, loadProgramAccess, programCan, programResource, requireManage, type ProgramAccess } from './policy';
import { mailInvitedOrganisations } from './participation-service';
import { copyProgramTexts, endPairsOfClosedProgramAndTell } from '../mentorship';
import { copyMatchingSettings } from '../matching';
import * as repo from './repository';
import { copyQuestions } from '../applications';
import { copyEvents, eventsOf } from '../events';

type ProgramInput = z.output<typeof programInputSchema>;

export async function presentProgram(db: DbOrTx, actor: Actor, access: ProgramAccess): Promise<Program> {
  const { program: p } = access;
  const [organisations, coordinators, events] = await Promise.all([
    repo.programOrganisationsOf(db, p.id),
    repo.coordinatorsOf(db, p.id),
    eventsOf(db, p.id),
  ]);
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
    nudgeAfterWeeks: p.nudgeAfterWeeks,
    rules: p.rules,
    // Managers see every named organisation and its answer; participants only those taking part.
    organisations: access.manage
      ? organisations.map((o) => ({ ...o, participation: o.participation as Program['organisations'][number]['participation'] }))
      : organisations.filter((o) => o.participation === 'accepted').map((o) => ({ ...o, participation: 'accepted' as const })),
    // Participants see who to contact, not the coordinators' e-mail addresses unless they are the contact.
    coordinators: access.manage ? coordinators : coordinators.map((c) => ({ ...c, email: '' })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      startsAt: e.startsAt.toISOString(),
      location: e.location,
      description: e.description,
    })),
    can: programCan(actor, access),
    allowedTransitions: access.manage ? [...PROGRAM_TRANSITIONS[p.status]] : [],
    copiedFromId: p.copiedFromId,
  };
}

export async function getProgram(ctx: AppContext, actor: Actor, id: string): Promise<Program> {
  return presentProgram(ctx.db, actor, await loadProgramAccess(ctx.db, actor, id));
}

export async function listPrograms(ctx: AppContext, actor: Actor): Promise<ProgramSummary[]> {
  const person = actor.person;
  const visible = await repo.listVisibleProgramIds(
    ctx.db,
    person?.id ?? null,
    person?.organisationId ?? null,
    person?.roles.includes('org_admin') ?? false,
  );
  const rows = await repo.listProgramsByIds(ctx.db, actor.platformAdmin ? null : [...visible.keys()]);
  const summaries: ProgramSummary[] = [];
  for (const { program: p, ownerOrganisationName } of rows) {
    // The same resource and abilities as the program's own page, so the list never disagrees with it.
    const access = await programResource.load(ctx.db, actor, p.id);
    if (!access || !programResource.visible(actor, access)) continue;
    summaries.push({
      id: p.id,
      name: p.name,
      type: p.type,
      status: p.status,
      ownerOrganisationName,
      applicationClosesOn: p.applicationClosesOn,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      can: programCan(actor, access),
    });
  }
  return summaries;
}

function toValues(input: Partial<ProgramInput>): Partial<repo.ProgramValues> {
  const { participatingOrganisationIds: _o, coordinatorIds: _c, ...fields } = input;
  const values: Partial<repo.ProgramValues> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (values as Record<string, unknown>)[key] = value ?? null;
  }
  return values;
}

/** Participating organisations must exist; coordinators must be people of a participating organisation. */
async function checkMembers(tx: DbOrTx, organisationIds: string[], coordinatorIds: string[]) {
  const found = await repo.existingOrganisations(tx, organisationIds);
  if (found.length !== organisationIds.length) throw invalid('participatingOrganisationIds', 'an organisation does not exist');
  const coordinators = await repo.peopleInOrganisations(tx, coordinatorIds, organisationIds);
  if (coordinators.length !== coordinatorIds.length)
    throw invalid('coordinatorIds', 'every coordinator must belong to a participating organisation');
}

export async function createProgram(ctx: AppContext, actor: Actor, input: ProgramInput): Promise<Program> {
  await authorize(ctx.db, actor, createPrograms);
  const person = actor.person!;
  const mailIds: string[] = [];
  const id = await ctx.db.transaction(async (tx) => {
    const organisationIds = [...new Set([person.organisationId, ...input.participatingOrganisationIds])];
    const coordinatorIds = [...new Set([person.id, ...input.coordinatorIds])];
    await checkMembers(tx, organisationIds, coordinatorIds);
    const id = await repo.insertProgram(tx, {
      ...(toValues(input) as repo.ProgramValues),
      // An inclusion program does not tell line managers unless the coordinator asks for it.
      requiresManagerConfirmation: input.requiresManagerConfirmation ?? input.type !== 'inclusion',
      ownerOrganisationId: person.organisationId,
      status: 'draft',
    });
    const invited = await repo.setOrganisations(tx, id, person.organisationId, organisationIds);
    await repo.setCoordinators(tx, id, coordinatorIds);
    await audit(tx, actor, person.organisationId, 'program.create', 'program', id, { name: input.name, invited });
    const owner = (await repo.findProgram(tx, id))!.ownerOrganisationName;
    mailIds.push(...(await mailInvitedOrganisations(ctx, tx, { id, name: input.name, ownerOrganisationName: owner }, invited)));
    return id;
  });
  await ctx.mailer.dispatch(...mailIds);
  return getProgram(ctx, actor, id);
}

export async function updateProgram(ctx: AppContext, actor: Actor, id: string, patch: Partial<ProgramInput>): Promise<Program> {
  const mailIds: string[] = [];
  await ctx.db.transaction(async (tx) => {
    const access = await requireManage(tx, actor, id);
    const merged = programInputSchema.safeParse({
      ...(await presentProgram(tx, actor, access)),
      ...patch,
      participatingOrganisationIds: [],
      coordinatorIds: [],
    });
    // Cross-field rules (dates in order) on the program as it will be.
    const issue = merged.success
      ? undefined
      : merged.error.issues.find((i) => ['applicationClosesOn', 'endsOn'].includes(String(i.path[0])));
    if (issue) throw invalid(String(issue.path[0]), issue.message);
    await repo.updateProgram(tx, id, toValues(patch));
    if (patch.participatingOrganisationIds || patch.coordinatorIds) {
      const organisationIds = [
        ...new Set([access.program.ownerOrganisationId, ...(patch.participatingOrganisationIds ?? access.allOrganisationIds)]),
      ];
      const coordinatorIds = patch.coordinatorIds ?? (await repo.coordinatorsOf(tx, id)).map((c) => c.personId);
      if (coordinatorIds.length === 0) throw invalid('coordinatorIds', 'a program needs at least one coordinator');
      await checkMembers(tx, organisationIds, coordinatorIds);
      const invited = await repo.setOrganisations(tx, id, access.program.ownerOrganisationId, organisationIds);
      await repo.setCoordinators(tx, id, coordinatorIds);
      const program = { id, name: patch.name ?? access.program.name, ownerOrganisationName: access.ownerOrganisationName };
      mailIds.push(...(await mailInvitedOrganisations(ctx, tx, program, invited)));
    }
    await audit(tx, actor, access.program.ownerOrganisationId, 'program.update', 'program', id, { fields: Object.keys(patch) });
  });
  await ctx.mailer.dispatch(...mailIds);
  return getProgram(ctx, actor, id);
}

export async function transitionProgram(ctx: AppContext, actor: Actor, id: string, to: ProgramStatus): Promise<Program> {
  const mailIds: string[] = [];
  await ctx.db.transaction(async (tx) => {
    const access = await requireManage(tx, actor, id);
    const from = access.program.status;
    if (!canTransition(from, to)) {
      throw new AppError(
        'conflict',
        `A program cannot go from ${from} to ${to} (allowed: ${PROGRAM_TRANSITIONS[from].join(', ') || 'none'})`,
        'status',
      );
    }
    await repo.updateProgram(tx, id, { status: to });
    // Closing ends the running pairs through the pair state machine, like an ending by either party.
    // The adepts' managers who were told a mentorship started are told it ended.
    if (to === 'closed') mailIds.push(...(await endPairsOfClosedProgramAndTell(ctx, tx, id)));
    await audit(tx, actor, access.program.ownerOrganisationId, 'program.status', 'program', id, { from, to });
  });
  await ctx.mailer.dispatch(...mailIds);
  return getProgram(ctx, actor, id);
}

const shiftDate = (value: string | null, months: number) => {
  if (!value) return null;
  const d = new Date(`${value}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/**
 * "Copy to next cohort": a new draft with everything the coordinator tuned — settings, eligibility
 * rules, the form's questions, organisations, coordinators, events (dates shifted), matching weights
 * and hard rules, the edited agreement clauses and the pair's question bank.
 */
export async function copyProgram(
  ctx: AppContext,
  actor: Actor,
  id: string,
  options: { name?: string; shiftMonths: number },
): Promise<Program> {
  const mailIds: string[] = [];
  const newId = await ctx.db.transaction(async (tx) => {
    const access = await requireManage(tx, actor, id);
    const { id: _id, createdAt: _c, updatedAt: _u, ...source } = access.program;
    const months = options.shiftMonths;
    const newId = await repo.insertProgram(tx, {
      ...source,
      name: options.name ?? source.name,
      status: 'draft',
      copiedFromId: id,
      applicationOpensOn: shiftDate(source.applicationOpensOn, months),
      applicationClosesOn: shiftDate(source.applicationClosesOn, months),
      startsOn: shiftDate(source.startsOn, months),
      endsOn: shiftDate(source.endsOn, months),
    });
    // A new cohort is a new program: partners are invited again and answer again.
    const invited = await repo.setOrganisations(tx, newId, access.program.ownerOrganisationId, access.allOrganisationIds);
    const program = { id: newId, name: options.name ?? source.name, ownerOrganisationName: access.ownerOrganisationName };
    mailIds.push(...(await mailInvitedOrganisations(ctx, tx, program, invited)));
    const coordinators = (await repo.coordinatorsOf(tx, id)).map((c) => c.personId);
    if (actor.person && !coordinators.includes(actor.person.id) && access.organisationIds.includes(actor.person.organisationId))
      coordinators.push(actor.person.id);
    await repo.setCoordinators(tx, newId, coordinators);
    await copyEvents(tx, id, newId, months);
    await copyQuestions(tx, id, newId);
    await copyMatchingSettings(tx, id, newId);
    await copyProgramTexts(tx, id, newId);
    await audit(tx, actor, access.program.ownerOrganisationId, 'program.copy', 'program', newId, { from: id });
    return newId;
  });
  await ctx.mailer.dispatch(...mailIds);
  return getProgram(ctx, actor, newId);
}
