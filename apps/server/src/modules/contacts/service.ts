import type { ContactInput, ContactList } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { authorize, can } from '../../platform/authorize';
import { invalid, notFound } from '../../platform/errors';
import { contactAbilities } from './policy';
import { presentContacts } from './present';
import * as repo from './repository';

/** The contact persons of a program: managers see every organisation's, a participant their own organisation's. */
export async function listContacts(db: DbOrTx, actor: Actor, programId: string): Promise<ContactList> {
  const access = await authorize(db, actor, contactAbilities.read, programId);
  return presentContacts(actor, access, await repo.contactsOf(db, programId), can(actor, access, { manage: contactAbilities.manage }));
}

export async function saveContact({ tx, actor, audit }: Mutation, programId: string, organisationId: string, input: ContactInput) {
  const access = await authorize(tx, actor, contactAbilities.manage, programId);
  if (!access.allOrganisationIds.includes(organisationId))
    throw invalid('organisationId', 'the organisation does not take part in this program');
  await repo.saveContact(tx, { programId, organisationId, name: input.name, email: input.email, phone: input.phone ?? null });
  await audit({
    action: 'contact.save',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { organisationId },
  });
  return listContacts(tx, actor, programId);
}

export async function deleteContact({ tx, actor, audit }: Mutation, programId: string, organisationId: string) {
  const access = await authorize(tx, actor, contactAbilities.manage, programId);
  if (!(await repo.deleteContact(tx, programId, organisationId))) throw notFound('Contact');
  await audit({
    action: 'contact.delete',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { organisationId },
  });
  return listContacts(tx, actor, programId);
}
