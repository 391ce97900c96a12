import type { z } from 'zod';
import { type Application, type ApplicationPage, type reviewQuerySchema, type RuleKind } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { lockPlaces, requireDecisionsOpen, requirePeopleAccess } from '../programs';
import { checkAdeptCaps } from '../costs';
import { inviteLateJoiners } from '../events';
import * as repo from './repository';
import { presentApplications } from './present';
import { remindConfirmation } from './confirmations';
import { mailDecisions, moveUpFromWaitingList } from './waiting-list';

type ReviewQuery = z.output<typeof reviewQuerySchema>;

/** Applications presented per batch while the queue is filtered on eligibility (judged in code). */
const ELIGIBILITY_BATCH = 200;

/**
 * The coordinator's queue, one page: every non-draft application with eligibility, confirmation state
 * and answers. Search, filters, order and paging run in SQL; eligibility is judged in code (rules,
 * overrides, trainings), so a filter on it walks the SQL order in batches (decision 0161).
 */
export async function listForReview(ctx: AppContext, actor: Actor, programId: string, query: ReviewQuery): Promise<ApplicationPage> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  const viewer = access.coordinator ? 'coordinator' : 'manager';
  const requires = access.program.requiresManagerConfirmation;
  if (!query.eligibility) {
    const { rows, total } = await repo.reviewPage(ctx.db, programId, requires, query);
    return { items: await presentApplications(ctx.db, access, rows, { viewer }), total };
  }
  const items: Application[] = [];
  let total = 0;
  for (let offset = 0; ; offset += ELIGIBILITY_BATCH) {
    const { rows } = await repo.reviewPage(ctx.db, programId, requires, { ...query, limit: ELIGIBILITY_BATCH, offset });
    for (const application of await presentApplications(ctx.db, access, rows, { viewer })) {
      if (application.eligibility.status !== query.eligibility) continue;
      if (total >= query.offset && items.length < query.limit) items.push(application);
      total++;
    }
    if (rows.length < ELIGIBILITY_BATCH) break;
  }
  return { items, total };
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
  // Places are counted (newcomers beyond the capacity wait, each organisation's own cap — with or without a capacity)
  // and filled (the waiting list moves up) from what is read here: one decision on the program at a time, across
  // transactions and processes, before its rows are read (decision 0200).
  await lockPlaces(tx, programId);
  const ids = [...new Set(input.applicationIds)];
  const rows = await repo.listApplications(tx, programId, { ids });
  if (rows.length !== ids.length) throw invalid('applicationIds', 'an application does not belong to this program');
  // A refused decision names whose application and why (issue 14 item 12): nothing is decided then.
  const stuck = rows.filter((r) => !DECIDABLE.includes(r.status));
  if (stuck.length) {
    const names = new Map(
      (
        await repo.applicantsOf(
          tx,
          stuck.map((r) => r.personId),
        )
      ).map((p) => [p.id, p.name]),
    );
    const details = stuck.map((r) => {
      const name = names.get(r.personId) ?? '';
      return {
        field: 'applicationIds',
        code: 'decision.notDecidable',
        values: { name, status: r.status },
        message: `${name}'s application is ${r.status} and cannot be decided`,
      };
    });
    throw new AppError('conflict', details.map((d) => d.message).join('; '), 'applicationIds', details);
  }
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
  // One statement per decision given (at most two: the one asked for and the waiting list), not one per row.
  const decidedAt = new Date();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const decision of new Set(decisionOf.values())) {
    const changed = rows.filter((r) => !unchanged.has(r.id) && decisionOf.get(r.id) === decision).map((r) => r.id);
    for (const row of await repo.setDecision(tx, changed, { status: decision, decisionMessage: input.message ?? null, decidedAt }))
      byId.set(row.id, row);
  }
  const updated = rows.map((r) => byId.get(r.id)!);
  // Each organisation's own cap of places (issue 12): accepting past it rolls the decision back.
  if (input.decision === 'accepted') await checkAdeptCaps(tx, programId);
  const presented = await presentApplications(tx, access, updated, { viewer: access.coordinator ? 'coordinator' : 'manager' });
  // Every decision mail in one go (one look-up of the recipients, rows a batch at a time), not one per applicant.
  await mailDecisions(
    m,
    access.program,
    presented
      .filter((application) => !unchanged.has(application.id))
      .map((application) => ({ application, bodyKey: `decision.${decisionOf.get(application.id)!}` })),
    input.message,
  );
  // Admitted after the invitations went out: invited to the coming events meant for them (issue 11).
  await inviteLateJoiners(
    m,
    programId,
    presented.filter((a) => !unchanged.has(a.id) && decisionOf.get(a.id) === 'accepted').map((a) => a.personId),
  );
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
