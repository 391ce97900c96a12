import { formatDayForPeople, localeSchema, type Locale, type Person, type PersonInput } from '@lots/core';
import type { AppContext } from '../../context';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { organisationAbilities } from '../organisations';
import type { Mutation } from '../../platform/mutation';
import { daysFromNow, hashToken, newToken } from '../../platform/tokens';
import { createAccount } from '../../auth/accounts';
import { checkReferences, loadPerson, toValues } from '../people';
import * as people from '../people';
import * as repo from './repository';

export const INVITATION_DAYS = 14;

/** Writes a new invitation (older links stop working) and queues its mail in the invitee's chosen language. */
export async function issueInvitation(m: Mutation, organisationId: string, person: Person, locale: Locale): Promise<void> {
  const { tx, actor } = m;
  if (person.accountStatus === 'active') throw conflict('This person already has an account');
  const { token, hash } = newToken();
  const expiresAt = daysFromNow(INVITATION_DAYS);
  await repo.revokePending(tx, person.id);
  await repo.insertInvitation(tx, { organisationId, personId: person.id, tokenHash: hash, expiresAt, invitedBy: actor.userId });
  const organisationName = await repo.organisationName(tx, organisationId);
  await m.audit({ action: 'person.invite', organisationId, entity: 'person', entityId: person.id, data: { email: person.email } });
  await m.mail(
    { email: person.email, name: person.name, locale },
    {
      template: 'invitation',
      path: `/invitation/${token}`,
      organisationId,
      vars: { organisation: organisationName!, inviter: actor.name, expires: formatDayForPeople(expiresAt, locale) },
    },
  );
}

/** Invites someone: creates the person when the address is new to the organisation, then mails a link. */
export async function invite(m: Mutation, organisationId: string, input: PersonInput & { locale?: Locale }): Promise<Person> {
  const { tx, actor } = m;
  await authorize(tx, actor, organisationAbilities.managePeople, organisationId);
  const existing = await people.findByEmail(tx, input.email);
  let personId: string;
  if (existing) {
    if (existing.organisationId !== organisationId) throw conflict('Someone with this e-mail address is already in Lots', 'email');
    personId = existing.id;
  } else {
    await checkReferences(tx, organisationId, null, input);
    personId = await people.insertPerson(tx, organisationId, toValues({ ...input, roles: input.roles ?? ['participant'] }));
  }
  const person = await loadPerson(tx, organisationId, personId);
  await issueInvitation(m, organisationId, person, input.locale ?? actor.locale);
  return loadPerson(tx, organisationId, personId);
}

/**
 * Invites several people of the organisation at once (issue 10 item 13: everyone just imported), in one
 * mutation: each gets an invitation and its mail in the sender's language; people who already have an
 * account or a pending invitation are left out (409 when that is everyone). An id that is not a person of the organisation refuses the
 * whole request (400 naming its index).
 */
export async function inviteMany(m: Mutation, organisationId: string, personIds: string[]): Promise<{ invited: number }> {
  await authorize(m.tx, m.actor, organisationAbilities.managePeople, organisationId);
  const unique = [...new Set(personIds)];
  const found = await people.idsInOrganisation(m.tx, organisationId, unique);
  const missing = personIds.findIndex((id) => !found.has(id));
  if (missing >= 0) throw invalid(`personIds.${missing}`, 'not a person of this organisation');
  const uninvited = await people.idsWithoutAccount(m.tx, organisationId, unique);
  if (uninvited.length === 0) throw conflict('Everyone listed already has an account or a pending invitation', 'personIds');
  for (const personId of uninvited)
    await issueInvitation(m, organisationId, await loadPerson(m.tx, organisationId, personId), m.actor.locale);
  return { invited: uninvited.length };
}

export async function resend(m: Mutation, organisationId: string, personId: string): Promise<void> {
  await authorize(m.tx, m.actor, organisationAbilities.managePeople, organisationId);
  const person = await loadPerson(m.tx, organisationId, personId);
  // The new mail goes out in the language of the earlier invitation (chosen for the invitee), not the sender's.
  const previous = await repo.lastInvitationLocale(m.tx, person.email, organisationId);
  await issueInvitation(m, organisationId, person, localeSchema.catch(m.actor.locale).parse(previous));
}

function statusOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }) {
  if (row.acceptedAt) return 'accepted' as const;
  if (row.revokedAt) return 'revoked' as const;
  if (row.expiresAt.getTime() <= Date.now()) return 'expired' as const;
  return 'pending' as const;
}

/** What the invitation page shows: only the invitee's own name, address and organisation. */
export async function view(ctx: AppContext, token: string) {
  const row = await repo.findByTokenHash(ctx.db, hashToken(token));
  if (!row) throw notFound('Invitation');
  return {
    organisationName: row.organisationName,
    name: row.name,
    email: row.email,
    status: statusOf(row),
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** Someone without an account accepts their invitation: the account is created and linked (audited with no actor). */
export async function accept({ tx, audit }: Mutation<null>, token: string, input: { name: string; password: string; locale?: Locale }) {
  const row = await repo.findByTokenHash(tx, hashToken(token));
  if (!row) throw notFound('Invitation');
  const status = statusOf(row);
  if (status !== 'pending') throw new AppError('conflict', `This invitation is ${status}`, 'token');
  if (row.userId) throw conflict('This person already has an account');
  if (!(await repo.markAccepted(tx, row.id))) throw conflict('This invitation was already used', 'token');
  if (await repo.userExists(tx, row.email)) throw conflict('An account with this e-mail address already exists', 'email');
  // The language chosen on the page (the mail's, through its link), else the invitation's own (issue 14 item 6).
  const locale = input.locale ?? localeSchema.catch('sv').parse(await repo.lastInvitationLocale(tx, row.email, row.organisationId));
  const userId = await createAccount(tx, { name: input.name, email: row.email, password: input.password, locale });
  await repo.linkAccount(tx, row.personId, userId, input.name);
  await audit({ action: 'invitation.accept', organisationId: row.organisationId, entity: 'person', entityId: row.personId });
  return { ok: true as const, email: row.email };
}
