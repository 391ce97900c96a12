import { translate, type ProgramRole } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, conflict, forbidden, invalid } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { resolveRecipient } from '../../mail/recipients';
import { isUniqueViolation } from '../../platform/errors';
import { loadProgramAccess, mayNominate, requirePeopleAccess } from '../programs';
import * as people from '../people';
import { loadPerson } from '../people';
import { issueInvitation } from '../invitations';
import * as repo from './repository';
import { isOpenForApplications } from './present';

/**
 * Someone with staff responsibility, or a coordinator, nominates someone of a participating
 * organisation as mentor or as adept. The nominee is told by e-mail (and invited to Lots first
 * when they have no account); the coordinator sees who nominated whom, as what.
 */
export async function nominate(
  m: Mutation,
  programId: string,
  input: { role: ProgramRole; name: string; email: string; motivation?: string | null },
) {
  const { tx, actor } = m;
  const access = await loadProgramAccess(tx, actor, programId);
  const nominator = actor.person;
  if (!nominator || !access.organisationIds.includes(nominator.organisationId))
    throw forbidden('Only people of the participating organisations can nominate');
  if (!(await mayNominate(tx, actor, access)))
    throw forbidden('Only people with staff responsibility and coordinators can nominate someone to a program');
  if (!isOpenForApplications(access.program)) throw new AppError('conflict', 'The program is not open for applications', 'programId');
  const nominee = await people.findByEmail(tx, input.email);
  if (!nominee || !access.organisationIds.includes(nominee.organisationId)) {
    throw invalid(
      'email',
      'the nominee must be someone in Lots from one of the program’s organisations; ask your administrator to add them',
    );
  }
  if (nominee.id === nominator.id) throw invalid('email', 'you cannot nominate yourself');
  let id: string;
  try {
    id = await tx.transaction(async (inner) =>
      repo.insertNomination(inner, {
        programId,
        nominatorPersonId: nominator.id,
        nomineePersonId: nominee.id,
        role: input.role,
        motivation: input.motivation ?? null,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This person has already been nominated to this program', 'email');
    throw error;
  }
  const person = await loadPerson(tx, nominee.organisationId, nominee.id);
  // The nominee's own language, else the nominator's.
  const recipient = { personId: nominee.id, fallback: actor.locale };
  if (person.accountStatus !== 'active') {
    const { locale } = await resolveRecipient(tx, recipient);
    await issueInvitation(m, nominee.organisationId, person, locale);
  }
  await m.mail(recipient, {
    template: 'nomination',
    path: `/programs/${programId}`,
    organisationId: access.program.ownerOrganisationId,
    vars: (locale) => ({ program: access.program.name, nominator: actor.name, role: translate(locale, 'mail', `roles.${input.role}`) }),
  });
  await m.audit({
    action: 'nomination.create',
    organisationId: access.program.ownerOrganisationId,
    entity: 'nomination',
    entityId: id,
    data: { nominee: person.email, role: input.role },
  });
  return { id, nomineeName: person.name, nomineeEmail: person.email };
}

export async function listNominations(ctx: AppContext, actor: Actor, programId: string) {
  await requirePeopleAccess(ctx.db, actor, programId);
  const [nominations, applications] = await Promise.all([repo.nominationsOf(ctx.db, programId), repo.listApplications(ctx.db, programId)]);
  return nominations.map((n) => ({
    id: n.id,
    programId: n.programId,
    nomineeName: n.nomineeName,
    nomineeEmail: n.nomineeEmail,
    role: n.role,
    nominatorName: n.nominatorName,
    motivation: n.motivation,
    createdAt: n.createdAt.toISOString(),
    applied: applications.some((a) => a.personId === n.nomineePersonId && a.role === n.role && a.status !== 'draft'),
  }));
}
