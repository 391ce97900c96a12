import type { Me } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { can } from '../../platform/authorize';
import { administerPlatform, ownOrganisationCan } from '../organisations';
import { readOutbox } from '../outbox';
import { answerProgramInvitations, createPrograms } from '../programs';
import { readMentorRegister } from '../applications';
import * as repo from './repository';

export async function getMe(db: DbOrTx, actor: Actor): Promise<Me> {
  const person = await repo.personOfUser(db, actor.userId);
  const organisation = ownOrganisationCan(actor);
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

/** The signed-in user changes their name, language or title; audited with the changed fields' names. */
export async function updateMe(
  { tx, actor, audit }: Mutation,
  patch: { name?: string; locale?: Me['user']['locale']; title?: string | null },
): Promise<Me> {
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
  await audit({
    action: 'me.update',
    organisationId: actor.person?.organisationId ?? null,
    entity: 'user',
    entityId: actor.userId,
    data: { fields: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined) },
  });
  const updated: Actor = { ...actor, name: patch.name ?? actor.name, locale: patch.locale ?? actor.locale };
  return getMe(tx, updated);
}
