import { localeSchema } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, conflict, forbidden, invalid } from '../../platform/errors';
import { audit } from '../../platform/audit';
import { isUniqueViolation } from '../../platform/errors';
import { loadProgramAccess, requirePeopleAccess } from '../programs';
import * as people from '../people';
import { loadPerson } from '../people';
import { issueInvitation } from '../invitations';
import * as repo from './repository';
import { isOpenForApplications } from './present';

/**
 * A manager nominates someone of a participating organisation as mentor. The nominee is
 * told by e-mail (and invited to Lots first when they have no account); the coordinator
 * sees who nominated whom.
 */
export async function nominate(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  input: { name: string; email: string; motivation?: string | null },
) {
  const mailIds: string[] = [];
  const result = await ctx.db.transaction(async (tx) => {
    const access = await loadProgramAccess(tx, actor, programId);
    const nominator = actor.person;
    if (!nominator || !access.organisationIds.includes(nominator.organisationId))
      throw forbidden('Only people of the participating organisations can nominate');
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
          motivation: input.motivation ?? null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('This person has already been nominated to this program', 'email');
      throw error;
    }
    const person = await loadPerson(tx, nominee.organisationId, nominee.id);
    const [applicant] = await repo.applicantsOf(tx, [nominee.id]);
    const locale = localeSchema.catch(actor.locale).parse(applicant?.locale ?? actor.locale);
    if (person.accountStatus !== 'active') mailIds.push(await issueInvitation(ctx, tx, actor, nominee.organisationId, person, locale));
    mailIds.push(
      await ctx.mailer.queueIn(tx, {
        to: person.email,
        organisationId: access.program.ownerOrganisationId,
        template: 'nomination',
        locale,
        vars: {
          name: person.name,
          url: `${ctx.config.publicUrl}/programs/${programId}`,
          program: access.program.name,
          nominator: actor.name,
        },
      }),
    );
    await audit(tx, actor, access.program.ownerOrganisationId, 'nomination.create', 'nomination', id, { nominee: person.email });
    return { id, nomineeName: person.name, nomineeEmail: person.email };
  });
  await ctx.mailer.dispatch(...mailIds);
  return result;
}

export async function listNominations(ctx: AppContext, actor: Actor, programId: string) {
  await requirePeopleAccess(ctx.db, actor, programId);
  const [nominations, applications] = await Promise.all([
    repo.nominationsOf(ctx.db, programId),
    repo.listApplications(ctx.db, programId, { role: 'mentor' }),
  ]);
  return nominations.map((n) => ({
    id: n.id,
    programId: n.programId,
    nomineeName: n.nomineeName,
    nomineeEmail: n.nomineeEmail,
    nominatorName: n.nominatorName,
    motivation: n.motivation,
    createdAt: n.createdAt.toISOString(),
    applied: applications.some((a) => a.personId === n.nomineePersonId && a.status !== 'draft'),
  }));
}
