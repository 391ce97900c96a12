import {
  asksUnderRepresented,
  MANAGER_EMAIL_REQUIRED,
  needsBirthYear,
  type applicationInputSchema,
  type Application,
  type ProgramRole,
  type Rules,
} from '@lots/core';
import type { z } from 'zod';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, forbidden, invalid } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { loadProgramAccess, lockPlaces, type ProgramAccess } from '../programs';
import { leavePairsOfWithdrawnApplication } from '../mentorship';
import * as repo from './repository';
import { moveUpFromWaitingList } from './waiting-list';
import { startRetentionOfApplication } from './retention';
import { listQuestions } from './questions-repository';
import { checkAnswers } from './answers';
import { isOpenForApplications, presentApplications } from './present';
import { requestConfirmation } from './confirmations';

type Input = z.output<typeof applicationInputSchema>;

function requireApplicant(actor: Actor, access: ProgramAccess) {
  const person = actor.person;
  if (!person || !access.organisationIds.includes(person.organisationId))
    throw forbidden('Only people of the participating organisations can apply');
  return person;
}

export async function myApplications(ctx: AppContext, actor: Actor, programId: string): Promise<Application[]> {
  const access = await loadProgramAccess(ctx.db, actor, programId);
  if (!actor.person) return [];
  const rows = (await repo.listApplications(ctx.db, programId)).filter((r) => r.personId === actor.person!.id);
  return presentApplications(ctx.db, access, rows, { viewer: 'applicant' });
}

/** Keeps only what the program needs: a birth year only with an age rule, the sensitive answer only when asked. */
function minimise(input: Input, rules: Rules, role: ProgramRole): Input {
  if (input.sensitive && !asksUnderRepresented(rules, role)) throw invalid('sensitive', 'this program does not ask about this');
  const profile = { ...input.profile };
  if (!needsBirthYear(rules, role)) profile.birthYear = null;
  if (role !== 'mentor') profile.mentorCapacity = null;
  return { ...input, profile };
}

async function save(tx: DbOrTx, actor: Actor, access: ProgramAccess, role: ProgramRole, input: Input, submitting: boolean) {
  const person = requireApplicant(actor, access);
  if (!isOpenForApplications(access.program)) throw new AppError('conflict', 'The program is not open for applications', 'programId');
  const existing = await repo.findByPersonRole(tx, access.program.id, person.id, role);
  if (existing && !['draft', 'submitted'].includes(existing.status))
    throw new AppError('conflict', `The application is ${existing.status} and can no longer be changed`, 'status');
  const data = minimise(input, access.program.rules, role);
  const questions = await listQuestions(tx, access.program.id, role);
  checkAnswers(questions, data.answers, submitting);
  const values = {
    profile: data.profile,
    answers: data.answers,
    managerName: data.managerName ?? null,
    managerEmail: data.managerEmail ?? null,
  };
  const row = existing
    ? await repo.updateApplication(tx, existing.id, values)
    : await repo.insertApplication(tx, { programId: access.program.id, personId: person.id, role, ...values });
  await repo.setSensitive(tx, row.id, data.sensitive ? { underRepresented: data.sensitive.underRepresented } : null);
  return row;
}

/** Saves the applicant's draft; audited with the role only (never the answers). */
export async function saveDraft({ tx, actor, audit }: Mutation, programId: string, role: ProgramRole, input: Input): Promise<Application> {
  const access = await loadProgramAccess(tx, actor, programId);
  const row = await save(tx, actor, access, role, input, false);
  await audit({
    action: 'application.save',
    organisationId: access.program.ownerOrganisationId,
    entity: 'application',
    entityId: row.id,
    data: { role },
  });
  return (await presentApplications(tx, access, [row], { viewer: 'applicant' }))[0]!;
}

/** Submits (or re-submits after an edit): checks the form, and asks the adept's manager to confirm. */
export async function submit(m: Mutation, programId: string, role: ProgramRole, input: Input): Promise<Application> {
  const { tx, actor } = m;
  const access = await loadProgramAccess(tx, actor, programId);
  let row = await save(tx, actor, access, role, input, true);
  if (role === 'mentor' && access.program.mentorsMustBeNominated && !(await repo.isNominated(tx, programId, row.personId, 'mentor')))
    throw new AppError(
      'conflict',
      'Mentors in this program are nominated by a manager or coordinator; ask your manager to nominate you',
      'role',
    );
  const [presented] = await presentApplications(tx, access, [row], { viewer: 'applicant' });
  if (role === 'adept' && access.program.requiresManagerConfirmation) {
    if (!presented!.managerEmail) throw invalid('managerEmail', MANAGER_EMAIL_REQUIRED);
    if (presented!.confirmation !== 'confirmed' && presented!.confirmation !== 'declined') {
      const existing = (await repo.confirmationsOf(tx, [row.id]))[0];
      if (!existing || existing.managerEmail !== presented!.managerEmail) {
        await requestConfirmation(m, access, row, presented!);
      }
    }
  }
  if (row.status === 'draft') row = await repo.updateApplication(tx, row.id, { status: 'submitted', submittedAt: new Date() });
  await m.audit({
    action: 'application.submit',
    organisationId: access.program.ownerOrganisationId,
    entity: 'application',
    entityId: row.id,
    data: { role },
  });
  return (await presentApplications(tx, access, [row], { viewer: 'applicant' }))[0]!;
}

export async function withdraw(m: Mutation, programId: string, role: ProgramRole): Promise<Application> {
  const { tx, actor } = m;
  const access = await loadProgramAccess(tx, actor, programId);
  const person = requireApplicant(actor, access);
  // The program's places lock first, before the application's row is locked: an adept's withdrawal may free a place,
  // and either party's ends their pair, which must not cross a publish of pairs (decisions 0200, 0208).
  await lockPlaces(tx, programId);
  const existing = await repo.findByPersonRole(tx, programId, person.id, role);
  if (!existing) throw new AppError('not_found', 'Application not found');
  if (existing.status === 'withdrawn') throw new AppError('conflict', 'The application is already withdrawn', 'status');
  const row = await repo.updateApplication(tx, existing.id, { status: 'withdrawn' });
  // The special-category answer is deleted, and the application emptied, by the retention job once the period has passed.
  await startRetentionOfApplication(tx, existing.id, new Date());
  await m.audit({
    action: 'application.withdraw',
    organisationId: access.program.ownerOrganisationId,
    entity: 'application',
    entityId: row.id,
  });
  // Their pair on offer is declined, a running one ended; the other party and the coordinators are told (decision 0208).
  await leavePairsOfWithdrawnApplication(m, { applicationId: existing.id, role, personName: existing.applicantName }, access.program);
  // An accepted adept's place is free: the first on the waiting list moves up (decision 0107).
  if (existing.status === 'accepted' && role === 'adept') await moveUpFromWaitingList(m, access.program, [existing.id]);
  return (await presentApplications(tx, access, [row], { viewer: 'applicant' }))[0]!;
}
