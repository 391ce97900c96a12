import type { ContactInput, ContactList } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { authorize, can } from '../../platform/authorize';
import { invalid, notFound } from '../../platform/errors';
import { contactAbilities } from './policy';
import { presentContacts } from './present';
import * as repo from './repository';

/** The contact persons of a program: managers see every organisation's, a participant their own organisation's. */
export async function listContacts(ctx: AppContext, actor: Actor, programId: string): Promise<ContactList> {
  const access = await authorize(ctx.db, actor, contactAbilities.read, programId);
  return presentContacts(actor, access, await repo.contactsOf(ctx.db, programId), can(actor, access, { manage: contactAbilities.manage }));
}

export async function saveContact(ctx: AppContext, actor: Actor, programId: string, organisationId: string, input: ContactInput) {
  await ctx.db.transaction(async (tx) => {
    const access = await authorize(tx, actor, contactAbilities.manage, programId);
    if (!access.allOrganisationIds.includes(organisationId))
      throw invalid('organisationId', 'the organisation does not take part in this program');
    await repo.saveContact(tx, { programId, organisationId, name: input.name, email: input.email, phone: input.phone ?? null });
    await audit(tx, actor, access.program.ownerOrganisationId, 'contact.save', 'program', programId, { organisationId });
  });
  return listContacts(ctx, actor, programId);
}

export async function deleteContact(ctx: AppContext, actor: Actor, programId: string, organisationId: string) {
  await ctx.db.transaction(async (tx) => {
    const access = await authorize(tx, actor, contactAbilities.manage, programId);
    if (!(await repo.deleteContact(tx, programId, organisationId))) throw notFound('Contact');
    await audit(tx, actor, access.program.ownerOrganisationId, 'contact.delete', 'program', programId, { organisationId });
  });
  return listContacts(ctx, actor, programId);
}
