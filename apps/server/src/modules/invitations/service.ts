import { localeSchema, type Locale, type Person, type PersonInput } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, conflict, notFound } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { organisationAbilities } from '../organisations';
import { audit } from '../../platform/audit';
import { daysFromNow, hashToken, newToken } from '../../platform/tokens';
import { createAccount } from '../../auth/accounts';
import { checkReferences, loadPerson, toValues } from '../people';
import * as people from '../people';
import * as repo from './repository';
import type { DbOrTx } from '@lots/db';

export const INVITATION_DAYS = 14;

/** Writes a new invitation (older links stop working) and queues its mail; returns the mail id to dispatch. */
export async function issueInvitation(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  organisationId: string,
  person: Person,
  locale: Locale,
): Promise<string> {
  if (person.accountStatus === 'active') throw conflict('This person already has an account');
  const { token, hash } = newToken();
  const expiresAt = daysFromNow(INVITATION_DAYS);
  await repo.revokePending(tx, person.id);
  await repo.insertInvitation(tx, { organisationId, personId: person.id, tokenHash: hash, expiresAt, invitedBy: actor.userId });
  const organisationName = await repo.organisationName(tx, organisationId);
  await audit(tx, actor, organisationId, 'person.invite', 'person', person.id, { email: person.email });
  return ctx.mailer.queueIn(tx, {
    to: person.email,
    organisationId,
    template: 'invitation',
    locale,
    vars: {
      name: person.name,
      url: `${ctx.config.publicUrl}/invitation/${token}`,
      organisation: organisationName!,
      inviter: actor.name,
      expires: expiresAt.toISOString().slice(0, 10),
    },
  });
}

/** Invites someone: creates the person when the address is new to the organisation, then mails a link. */
export async function invite(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  input: PersonInput & { locale?: Locale },
): Promise<Person> {
  await authorize(ctx.db, actor, organisationAbilities.managePeople, organisationId);
  const { person, mailId } = await ctx.db.transaction(async (tx) => {
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
    const mailId = await issueInvitation(ctx, tx, actor, organisationId, person, input.locale ?? actor.locale);
    return { person: await loadPerson(tx, organisationId, personId), mailId };
  });
  await ctx.mailer.dispatch(mailId);
  return person;
}

export async function resend(ctx: AppContext, actor: Actor, organisationId: string, personId: string): Promise<void> {
  await authorize(ctx.db, actor, organisationAbilities.managePeople, organisationId);
  const mailId = await ctx.db.transaction(async (tx) => {
    const person = await loadPerson(tx, organisationId, personId);
    // The new mail goes out in the language of the earlier invitation (chosen for the invitee), not the sender's.
    const previous = await repo.lastInvitationLocale(tx, person.email, organisationId);
    return issueInvitation(ctx, tx, actor, organisationId, person, localeSchema.catch(actor.locale).parse(previous));
  });
  await ctx.mailer.dispatch(mailId);
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

export async function accept(ctx: AppContext, token: string, input: { name: string; password: string; locale?: Locale }) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findByTokenHash(tx, hashToken(token));
    if (!row) throw notFound('Invitation');
    const status = statusOf(row);
    if (status !== 'pending') throw new AppError('conflict', `This invitation is ${status}`, 'token');
    if (row.userId) throw conflict('This person already has an account');
    if (!(await repo.markAccepted(tx, row.id))) throw conflict('This invitation was already used', 'token');
    if (await repo.userExists(tx, row.email)) throw conflict('An account with this e-mail address already exists', 'email');
    const userId = await createAccount(tx, { name: input.name, email: row.email, password: input.password, locale: input.locale ?? 'sv' });
    await repo.linkAccount(tx, row.personId, userId, input.name);
    await audit(tx, null, row.organisationId, 'invitation.accept', 'person', row.personId);
    return { ok: true as const, email: row.email };
  });
}
