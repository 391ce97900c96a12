import type { Program } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { requireManage } from './policy';
import { mailInvitedOrganisations } from './participation-service';
import { copyProgramTexts } from '../mentorship';
import { copyMatchingSettings } from '../matching';
import { copyQuestions } from '../applications';
import { copyEvents } from '../events';
import { readProgram } from './service';
import * as repo from './repository';

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
export async function copyProgram(m: Mutation, id: string, options: { name?: string; shiftMonths: number }): Promise<Program> {
  const { tx, actor } = m;
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
  await mailInvitedOrganisations(m, program, invited);
  const coordinators = (await repo.coordinatorsOf(tx, id)).map((c) => c.personId);
  if (actor.person && !coordinators.includes(actor.person.id) && access.organisationIds.includes(actor.person.organisationId))
    coordinators.push(actor.person.id);
  await repo.setCoordinators(tx, newId, coordinators);
  await copyEvents(tx, id, newId, months);
  await copyQuestions(tx, id, newId);
  await copyMatchingSettings(tx, id, newId);
  await copyProgramTexts(tx, id, newId);
  await m.audit({
    action: 'program.copy',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: newId,
    data: { from: id },
  });
  return readProgram(tx, actor, newId);
}
