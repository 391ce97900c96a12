import type { Person, PersonInput } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { conflict, invalid, notFound } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { organisationAbilities } from '../organisations';
import type { Mutation } from '../../platform/mutation';
import type { DbOrTx } from '@lots/db';
import * as repo from './repository';

export async function listPeople(ctx: AppContext, actor: Actor, organisationId: string, filter: repo.PeopleFilter) {
  await authorize(ctx.db, actor, organisationAbilities.readPeople, organisationId);
  return repo.listPeople(ctx.db, organisationId, filter);
}

export async function getPerson(ctx: AppContext, actor: Actor, organisationId: string, id: string): Promise<Person> {
  await authorize(ctx.db, actor, organisationAbilities.readPeople, organisationId);
  return loadPerson(ctx.db, organisationId, id);
}

export async function loadPerson(db: DbOrTx, organisationId: string, id: string): Promise<Person> {
  const person = await repo.findPerson(db, organisationId, id);
  if (!person) throw notFound('Person');
  return person;
}

type Input = Partial<Omit<PersonInput, 'roles'>> & { roles?: PersonInput['roles'] };

/** Checks the references of a person's data: unit and manager belong to the same organisation. */
export async function checkReferences(db: DbOrTx, organisationId: string, personId: string | null, input: Input): Promise<void> {
  if (input.unitId) {
    const units = await repo.unitIdsOf(db, organisationId);
    if (!units.some((u) => u.id === input.unitId)) throw invalid('unitId', 'no such unit in this organisation');
  }
  if (input.managerId) {
    if (input.managerId === personId) throw invalid('managerId', 'a person cannot be their own manager');
    if (!(await repo.findPerson(db, organisationId, input.managerId))) throw invalid('managerId', 'no such person in this organisation');
  }
  if (input.email) {
    const existing = await repo.findByEmail(db, input.email);
    if (existing && existing.id !== personId) throw conflict('Someone with this e-mail address is already in Lots', 'email');
  }
}

export function toValues(input: PersonInput & { roles: NonNullable<PersonInput['roles']> }): repo.PersonValues {
  return {
    name: input.name,
    email: input.email,
    title: input.title ?? null,
    unitId: input.unitId ?? null,
    managerId: input.managerId ?? null,
    managerEmail: input.managerId ? null : (input.managerEmail ?? null),
    roles: [...new Set(input.roles)],
  };
}

export async function createPerson({ tx, actor, audit }: Mutation, organisationId: string, input: PersonInput): Promise<Person> {
  await authorize(tx, actor, organisationAbilities.managePeople, organisationId);
  await checkReferences(tx, organisationId, null, input);
  const id = await repo.insertPerson(tx, organisationId, toValues({ ...input, roles: input.roles ?? ['participant'] }));
  await audit({ action: 'person.create', organisationId, entity: 'person', entityId: id, data: { email: input.email } });
  return loadPerson(tx, organisationId, id);
}

export async function updatePerson({ tx, actor, audit }: Mutation, organisationId: string, id: string, patch: Input): Promise<Person> {
  await authorize(tx, actor, organisationAbilities.managePeople, organisationId);
  const current = await loadPerson(tx, organisationId, id);
  await checkReferences(tx, organisationId, id, patch);
  if (
    patch.roles &&
    current.roles.includes('org_admin') &&
    !patch.roles.includes('org_admin') &&
    id === actor.person?.id &&
    !actor.platformAdmin
  ) {
    throw invalid('roles', 'you cannot remove your own administrator role');
  }
  const values: Partial<repo.PersonValues> = {};
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.email !== undefined) {
    if (current.accountStatus === 'active' && patch.email.toLowerCase() !== current.email.toLowerCase()) {
      throw invalid('email', 'the e-mail address of a person with an account is changed by that person');
    }
    values.email = patch.email;
  }
  if (patch.title !== undefined) values.title = patch.title ?? null;
  if (patch.unitId !== undefined) values.unitId = patch.unitId ?? null;
  if (patch.managerId !== undefined) values.managerId = patch.managerId ?? null;
  if (patch.managerEmail !== undefined) values.managerEmail = patch.managerEmail ?? null;
  if (values.managerId) values.managerEmail = null;
  if (patch.roles !== undefined) values.roles = [...new Set(patch.roles)];
  if (Object.keys(values).length) await repo.updatePerson(tx, id, values);
  await audit({ action: 'person.update', organisationId, entity: 'person', entityId: id, data: { fields: Object.keys(values) } });
  return loadPerson(tx, organisationId, id);
}
