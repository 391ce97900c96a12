import type { Me } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { can } from '../../platform/authorize';
import { administerPlatform, ownOrganisationCan } from '../organisations';
import { readOutbox } from '../outbox';
import { answerProgramInvitations, createPrograms } from '../programs';
import { readMentorRegister } from '../applications';
import * as repo from './repository';

export async function getMe(ctx: AppContext, actor: Actor): Promise<Me> {
  const person = await repo.personOfUser(ctx.db, actor.userId);
  const organisation = await ownOrganisationCan(ctx.db, actor);
  const mine = can(actor, undefined, { administerPlatform, readOutbox, createPrograms, readMentorRegister, answerProgramInvitations });
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email, locale: actor.locale, platformAdmin: actor.platformAdmin },
    person: person
      ? {
          id: person.id,
          organisationId: person.organisationId,
          organisationName: person.organisationName,
          unitId: person.unitId,
          unitName: person.unitName,
          title: person.title,
          managerName: person.managerName,
          managerEmail: person.managerEmailLinked ?? person.managerEmail,
          roles: person.roles,
        }
      : null,
    can: {
      ...mine,
      manageOrganisation: organisation.manage,
      readPeople: organisation.readPeople,
      managePeople: organisation.managePeople,
    },
  };
}

export async function updateMe(
  ctx: AppContext,
  actor: Actor,
  patch: { name?: string; locale?: Me['user']['locale']; title?: string | null },
): Promise<Me> {
  await ctx.db.transaction(async (tx) => {
    if (patch.name !== undefined || patch.locale !== undefined)
      await repo.updateUser(tx, actor.userId, {
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.locale !== undefined && { locale: patch.locale }),
      });
    if (actor.person && (patch.name !== undefined || patch.title !== undefined))
      await repo.updatePerson(tx, actor.person.id, {
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.title !== undefined && { title: patch.title ?? null }),
      });
  });
  const updated: Actor = { ...actor, name: patch.name ?? actor.name, locale: patch.locale ?? actor.locale };
  return getMe(ctx, updated);
}
