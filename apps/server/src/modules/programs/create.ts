import type { z } from 'zod';
import type { Program, programInputSchema } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { authorize } from '../../platform/authorize';
import { createPrograms } from './policy';
import { mailInvitedOrganisations } from './participation-service';
import { checkMembers, readProgram, toValues } from './service';
import * as repo from './repository';

type ProgramInput = z.output<typeof programInputSchema>;

/** A coordinator creates a draft program; partner organisations named in it are invited (their administrators mailed). */
export async function createProgram(m: Mutation, input: ProgramInput): Promise<Program> {
  const { tx, actor } = m;
  await authorize(tx, actor, createPrograms);
  const person = actor.person!;
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
  await m.audit({
    action: 'program.create',
    organisationId: person.organisationId,
    entity: 'program',
    entityId: id,
    data: { name: input.name, invited },
  });
  const owner = (await repo.findProgram(tx, id))!.ownerOrganisationName;
  await mailInvitedOrganisations(m, { id, name: input.name, ownerOrganisationName: owner }, invited);
  return readProgram(tx, actor, id);
}
