import type { z } from 'zod';
import { programInputSchema, type Program } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { invalid } from '../../platform/errors';
import { inviteLateJoiners } from '../events';
import { requireManage } from './policy';
import { mailInvitedOrganisations } from './participation-service';
import { checkMembers, presentProgram, readProgram, toValues } from './service';
import * as repo from './repository';

type ProgramInput = z.output<typeof programInputSchema>;

/** A program's managers change it; organisations newly named in it are invited (their administrators mailed). */
export async function updateProgram(m: Mutation, id: string, patch: Partial<ProgramInput>): Promise<Program> {
  const { tx, actor } = m;
  const access = await requireManage(tx, actor, id);
  const merged = programInputSchema.safeParse({
    ...(await presentProgram(tx, actor, access)),
    ...patch,
    participatingOrganisationIds: [],
    coordinatorIds: [],
  });
  // Cross-field rules (dates in order) on the program as it will be.
  const issue = merged.success ? undefined : merged.error.issues.find((i) => ['applicationClosesOn', 'endsOn'].includes(String(i.path[0])));
  if (issue) throw invalid(String(issue.path[0]), issue.message);
  // One program, one currency (issue 12): shared costs already entered keep the program's currency.
  if (patch.currency && patch.currency !== access.program.currency && (await repo.hasSharedCosts(tx, id)))
    throw invalid('currency', 'the program has shared costs in its currency; one program has one currency');
  await repo.updateProgram(tx, id, toValues(patch));
  if (patch.participatingOrganisationIds || patch.coordinatorIds) {
    const organisationIds = [
      ...new Set([access.program.ownerOrganisationId, ...(patch.participatingOrganisationIds ?? access.allOrganisationIds)]),
    ];
    const before = (await repo.coordinatorsOf(tx, id)).map((c) => c.personId);
    const coordinatorIds = patch.coordinatorIds ?? before;
    if (coordinatorIds.length === 0) throw invalid('coordinatorIds', 'a program needs at least one coordinator');
    await checkMembers(tx, organisationIds, coordinatorIds);
    const invited = await repo.setOrganisations(tx, id, access.program.ownerOrganisationId, organisationIds);
    await repo.setCoordinators(tx, id, coordinatorIds);
    // A coordinator added later is invited to the coming events their audience includes, like a late joiner.
    await inviteLateJoiners(
      m,
      id,
      coordinatorIds.filter((personId) => !before.includes(personId)),
    );
    const program = { id, name: patch.name ?? access.program.name, ownerOrganisationName: access.ownerOrganisationName };
    await mailInvitedOrganisations(m, program, invited);
  }
  await m.audit({
    action: 'program.update',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: id,
    data: { fields: Object.keys(patch) },
  });
  return readProgram(tx, actor, id);
}
