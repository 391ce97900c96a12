import type { z } from 'zod';
import { type Application, type reviewQuerySchema, type RuleKind } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { requireDecisionsOpen, requirePeopleAccess } from '../programs';
import { checkAdeptCaps } from '../costs';
import { inviteLateJoiner } from '../events';
import * as repo from './repository';
import { presentApplications } from './present';
import { remindConfirmation } from './confirmations';
import { mailDecision, moveUpFromWaitingList } from './waiting-list';

type ReviewQuery = z.output<typeof reviewQuerySchema>;

/** The coordinator's queue: every non-draft application with eligibility, confirmation state and answers. */
export async function listForReview(ctx: AppContext, actor: Actor, programId: string, query: ReviewQuery): Promise<Application[]> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  const rows = (await repo.listApplications(ctx.db, programId, { role: query.role, status: query.status })).filter(
    (r) => r.status !== 'draft',
  );
  let list = await presentApplications(ctx.db, access, rows, { viewer: access.coordinator ? 'coordinator' : 'manager' });
  if (query.eligibility) list = list.filter((a) => a.eligibility.status === query.eligibility);
  if (query.confirmation) list = list.filter((a) => a.confirmation === query.confirmation);
  if (query.q) {
    const q = query.q.toLowerCase();
    list = list.filter((a) => [a.name, a.email, a.organisationName, a.profile.title ?? ''].some((v) => v.toLowerCase().includes(q)));
  }
  const sorters: Record<ReviewQuery['sort'], (a: Application, b: Application) => number> = {
    submittedAt: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
    name: (a, b) => a.name.localeCompare(b.name, 'sv'),
    organisation: (a, b) => a.organisationName.localeCompare(b.organisationName, 'sv') || a.name.localeCompare(b.name, 'sv'),
  };
  return list.sort((a, b) => sorters[query.sort](a, b) || a.id.localeCompare(b.id));
}

export async function getForReview(ctx: AppContext, actor: Actor, programId: string, applicationId: string): Promise<Application> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  const row = await repo.findApplication(ctx.db, programId, applicationId);
  if (!row || row.status === 'draft') throw notFound('Application');
  return (await presentApplications(ctx.db, access, [row], { viewer: access.coordinator ? 'coordinator' : 'manager' }))[0]!;
}

const DECIDABLE = ['submitted', 'accepted', 'waitlisted', 'rejected'];

/** Accept, wait-list or reject one or many; each applicant is told by e-mail in their language. */
export async function decide(
  m: Mutation,
  programId: string,
  input: { applicationIds: string[]; decision: 'accepted' | 'waitlisted' | 'rejected'; message?: string | null },
): Promise<Application[]> {
  const { tx, actor } = m;
  const access = await requirePeopleAccess(tx, actor, programId);
  requireDecisionsOpen(access.program);
  const ids = [...new Set(input.applicationIds)];
  const rows = await repo.listApplications(tx, programId, { ids });
  if (rows.length !== ids.length) throw invalid('applicationIds', 'an application does not belong to this program');
  const stuck = rows.find((r) => !DECIDABLE.includes(r.status));
  if (stuck) throw new AppError('conflict', `An application is ${stuck.status} and cannot be decided`, 'applicationIds');
  // The cohort's capacity (pairs, so adepts): adepts beyond it go to the waiting list instead —
  // in the order they applied — and get that one decision, never "accepted" first (issue 10 item 3).
  const decisionOf = new Map(rows.map((r) => [r.id, input.decision as (typeof input)['decision']]));
  if (input.decision === 'accepted' && access.program.capacity != null) {
    let places = access.program.capacity - (await repo.countAcceptedAdepts(tx, programId));
    const newcomers = rows
      .filter((r) => r.role === 'adept' && r.status !== 'accepted')
      .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
    for (const row of newcomers) {
      if (places > 0) places--;
      else decisionOf.set(row.id, 'waitlisted');
    }
  }
  // Someone already on the waiting list who still has no place is left as they are: no second mail.
  const unchanged = new Set(
    rows
      .filter((r) => r.status === 'waitlisted' && decisionOf.get(r.id) === 'waitlisted' && input.decision !== 'waitlisted')
      .map((r) => r.id),
  );
  const updated = [];
  for (const row of rows) {
    if (unchanged.has(row.id)) {
      updated.push(row);
      continue;
    }
    updated.push(
      await repo.updateApplication(tx, row.id, {
        status: decisionOf.get(row.id)!,
        decisionMessage: input.message ?? null,
        decidedAt: new Date(),
      }),
    );
  }
  // Each organisation's own cap of places (issue 12): accepting past it rolls the decision back.
  if (input.decision === 'accepted') await checkAdeptCaps(tx, programId);
  const presented = await presentApplications(tx, access, updated, { viewer: access.coordinator ? 'coordinator' : 'manager' });
  for (const application of presented)
    if (!unchanged.has(application.id))
      await mailDecision(m, access.program, application, `decision.${decisionOf.get(application.id)!}`, input.message);
  // Admitted after the invitations went out: invited to the coming events meant for them (issue 11).
  for (const application of presented)
    if (!unchanged.has(application.id) && decisionOf.get(application.id) === 'accepted')
      await inviteLateJoiner(m, programId, application.personId);
  // An accepted adept moved off the accepted list frees a place: the first waiting moves up (decision 0107).
  if (rows.some((r) => r.role === 'adept' && r.status === 'accepted' && decisionOf.get(r.id) !== 'accepted'))
    await moveUpFromWaitingList(m, access.program, ids);
  const full = ids.filter((id) => decisionOf.get(id) !== input.decision);
  const organisationId = access.program.ownerOrganisationId;
  await m.audit({
    action: `application.${input.decision}`,
    organisationId,
    entity: 'application',
    entityId: null,
    data: { ids: ids.filter((id) => !full.includes(id)), count: ids.length - full.length },
  });
  if (full.length)
    await m.audit({
      action: 'application.waitlisted',
      organisationId,
      entity: 'application',
      entityId: null,
      data: { ids: full, count: full.length, reason: 'capacity', capacity: access.program.capacity },
    });
  return presented;
}

export async function override(
  { tx, actor, audit }: Mutation,
  programId: string,
  applicationId: string,
  input: { kind: RuleKind; reason: string },
): Promise<Application> {
  const access = await requirePeopleAccess(tx, actor, programId);
  requireDecisionsOpen(access.program);
  const row = await repo.findApplication(tx, programId, applicationId);
  if (!row || row.status === 'draft') throw notFound('Application');
  const rules = access.program.rules[row.role];
  if (!rules.some((r) => r.kind === input.kind)) throw invalid('kind', 'the program has no such rule for this role');
  const overrides = [
    ...row.overrides.filter((o) => o.kind !== input.kind),
    { kind: input.kind, reason: input.reason, by: actor.name, at: new Date().toISOString() },
  ];
  const updated = await repo.updateApplication(tx, row.id, { overrides });
  // The reason is kept with the application; the audit row has its length only (decision 0080).
  await audit({
    action: 'application.override',
    organisationId: access.program.ownerOrganisationId,
    entity: 'application',
    entityId: row.id,
    data: { kind: input.kind, reasonLength: input.reason.length },
  });
  return (await presentApplications(tx, access, [updated], { viewer: access.coordinator ? 'coordinator' : 'manager' }))[0]!;
}

export async function remind(m: Mutation, programId: string, applicationId: string): Promise<Application> {
  const { tx, actor } = m;
  const access = await requirePeopleAccess(tx, actor, programId);
  const row = await repo.findApplication(tx, programId, applicationId);
  if (!row || row.status === 'draft') throw notFound('Application');
  const [application] = await presentApplications(tx, access, [row], { viewer: access.coordinator ? 'coordinator' : 'manager' });
  if (application!.confirmation !== 'pending')
    throw new AppError('conflict', 'There is no pending confirmation to remind about', 'confirmation');
  if (!application!.managerEmail) throw invalid('managerEmail', 'the applicant has no manager e-mail address');
  await remindConfirmation(m, access, application!);
  await m.audit({
    action: 'confirmation.remind',
    organisationId: access.program.ownerOrganisationId,
    entity: 'application',
    entityId: row.id,
  });
  return application!;
}
