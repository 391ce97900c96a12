/**
 * Invitations: invite → mail with a single-use link → accept (account created) → sign in.
 * Re-sending revokes the old link; expired, used, revoked and unknown links are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { translate } from '@lots/core';
import { createTestApp, linkIn, TEST_PASSWORD, type TestApp } from '../../testing/harness';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let admin: string;
let unitId: string;

const invite = (payload: unknown, cookie = admin, organisationId = orgId) =>
  t.app.inject({
    method: 'POST',
    url: `/api/organisations/${organisationId}/invitations`,
    headers: { cookie },
    payload: payload as object,
  });
const resend = (personId: string, cookie = admin) =>
  t.app.inject({ method: 'POST', url: `/api/organisations/${orgId}/people/${personId}/invitation`, headers: { cookie } });
const view = (token: string) => t.app.inject({ url: `/api/invitations/${token}` });
const accept = (token: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: payload as object });

/** The token from the newest invitation mail to an address. */
async function tokenFor(email: string): Promise<string> {
  const mail = await t.lastMailTo(email);
  expect(mail?.template).toBe('invitation');
  const link = linkIn(mail!.text);
  const match = /^http:\/\/lots\.test\/invitation\/([A-Za-z0-9_-]+)\?lang=(sv|nb|en)$/.exec(link);
  expect(match, link).not.toBeNull();
  return match![1]!;
}

async function invitationRows(personId: string) {
  return t.database.db
    .select()
    .from(schema.invitations)
    .where(eq(schema.invitations.personId, personId))
    .orderBy(schema.invitations.createdAt);
}

async function userByEmail(email: string) {
  const [row] = await t.database.db.select().from(schema.user).where(eq(schema.user.email, email));
  return row;
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Försäkringskassan');
  otherOrgId = await t.createOrganisation('NAV');
  unitId = await t.createUnit(orgId, 'Kundservice');
  await t.createMember(orgId, 'admin@fk.example', ['org_admin'], { name: 'Inga Inbjudare' });
  await t.createMember(otherOrgId, 'ola@nav.example', ['participant'], { name: 'Ola Nordmann' });
  await t.createMember(orgId, 'redan@fk.example', ['participant'], { name: 'Redan Medlem' });
  admin = await t.signIn('admin@fk.example');
});
afterAll(() => t.destroy());

describe('inviting and accepting', () => {
  let personId: string;
  let token: string;

  it('creates the person as invited and queues a Swedish mail with a link', async () => {
    const response = await invite({
      name: 'Elin Ek',
      email: 'Elin.Ek@fk.example',
      title: 'Handläggare',
      unitId,
      roles: ['participant', 'coordinator'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const person = response.json();
    expect(person).toMatchObject({
      name: 'Elin Ek',
      email: 'elin.ek@fk.example',
      title: 'Handläggare',
      unitId,
      unitName: 'Kundservice',
      roles: ['participant', 'coordinator'],
      accountStatus: 'invited',
    });
    personId = person.id;

    const [row] = await t.database.db.select().from(schema.people).where(eq(schema.people.id, personId));
    expect(row).toMatchObject({ organisationId: orgId, userId: null, email: 'elin.ek@fk.example' });

    const mail = await t.lastMailTo('elin.ek@fk.example');
    expect(mail).toMatchObject({ template: 'invitation', locale: 'sv', organisationId: orgId });
    expect(mail!.subject).toBe(translate('sv', 'mail', 'invitation.subject', { organisation: 'Försäkringskassan' }));
    expect(mail!.subject).toContain('Försäkringskassan');
    expect(mail!.text).toContain('Elin Ek');
    expect(mail!.text).toContain('Inga Inbjudare');
    token = await tokenFor('elin.ek@fk.example');

    // Only the token's hash is stored; the invitation is valid for 14 days.
    const [invitation] = await invitationRows(personId);
    expect(invitation!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(invitation!.tokenHash).not.toContain(token);
    const days = (invitation!.expiresAt.getTime() - Date.now()) / (24 * 3600 * 1000);
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
  });

  it('writes the mail in the invitee’s language when one is given', async () => {
    const response = await invite({ name: 'Kari Norsk', email: 'kari@fk.example', locale: 'nb' });
    expect(response.statusCode).toBe(201);
    const mail = await t.lastMailTo('kari@fk.example');
    expect(mail!.locale).toBe('nb');
    expect(mail!.subject).toBe(translate('nb', 'mail', 'invitation.subject', { organisation: 'Försäkringskassan' }));
    // A re-sent invitation keeps the invitee's language, not the (Swedish) sender's.
    expect((await resend(response.json().id)).statusCode).toBe(200);
    const again = await t.lastMailTo('kari@fk.example');
    expect(again!.id).not.toBe(mail!.id);
    expect(again!.locale).toBe('nb');
    // Accepted without a language of its own, the new account keeps the invitation's (issue 14 item 6).
    const accepted = await accept(await tokenFor('kari@fk.example'), { name: 'Kari Norsk', password: 'et-langt-passord' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await userByEmail('kari@fk.example')).toMatchObject({ locale: 'nb' });
  });

  it('shows only the organisation, name, address and status to whoever holds the link', async () => {
    const response = await view(token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['email', 'expiresAt', 'name', 'organisationName', 'status']);
    expect(body).toEqual({
      organisationName: 'Försäkringskassan',
      name: 'Elin Ek',
      email: 'elin.ek@fk.example',
      status: 'pending',
      expiresAt: expect.any(String),
    });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a short password without using the link', async () => {
    const response = await accept(token, { name: 'Elin Ek', password: 'kort' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation', field: 'password' });
    expect((await view(token)).json().status).toBe('pending');
    expect(await userByEmail('elin.ek@fk.example')).toBeUndefined();
  });

  it('creates the account on accept; the person becomes active and can sign in', async () => {
    const response = await accept(token, { name: 'Elin Eklund', password: 'ett-långt-lösenord', locale: 'en' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ok: true, email: 'elin.ek@fk.example' });

    const user = await userByEmail('elin.ek@fk.example');
    expect(user).toMatchObject({ name: 'Elin Eklund', locale: 'en', platformAdmin: false, emailVerified: true });
    const [row] = await t.database.db.select().from(schema.people).where(eq(schema.people.id, personId));
    expect(row).toMatchObject({ userId: user!.id, name: 'Elin Eklund' });
    const [invitation] = await invitationRows(personId);
    expect(invitation!.acceptedAt).not.toBeNull();

    const person = await t.app.inject({ url: `/api/organisations/${orgId}/people/${personId}`, headers: { cookie: admin } });
    expect(person.json().accountStatus).toBe('active');

    const cookie = await t.signIn('elin.ek@fk.example', 'ett-långt-lösenord');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: 'elin.ek@fk.example', name: 'Elin Eklund', locale: 'en', platformAdmin: false },
      person: {
        id: personId,
        organisationId: orgId,
        organisationName: 'Försäkringskassan',
        unitName: 'Kundservice',
        roles: ['participant', 'coordinator'],
      },
    });
    // The password of the harness is not theirs.
    await expect(t.signIn('elin.ek@fk.example', TEST_PASSWORD)).rejects.toThrow();
  });

  it('works once: a second accept is a conflict and the page shows accepted', async () => {
    const again = await accept(token, { name: 'Någon Annan', password: 'ett-annat-lösenord' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect((await view(token)).json().status).toBe('accepted');
    // The first password still works, the second one does not.
    await expect(t.signIn('elin.ek@fk.example', 'ett-annat-lösenord')).rejects.toThrow();
    expect((await userByEmail('elin.ek@fk.example'))!.name).toBe('Elin Eklund');
  });

  it('refuses to invite or re-invite someone who already has an account', async () => {
    const byAddress = await invite({ name: 'Elin Ek', email: 'elin.ek@fk.example' });
    expect(byAddress.statusCode).toBe(409);
    expect(byAddress.json().error.code).toBe('conflict');
    const byResend = await resend(personId);
    expect(byResend.statusCode).toBe(409);
    const member = await invite({ name: 'Redan Medlem', email: 'redan@fk.example' });
    expect(member.statusCode).toBe(409);
    expect(await invitationRows(personId)).toHaveLength(1);
  });
});

describe('links that no longer work', () => {
  it('re-sending revokes the old link and mails a new one', async () => {
    const created = await invite({ name: 'Rolf Resend', email: 'rolf@fk.example' });
    const personId = created.json().id;
    const oldToken = await tokenFor('rolf@fk.example');
    const [mailsBefore] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, 'rolf@fk.example'));

    const response = await resend(personId);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
    const newToken = await tokenFor('rolf@fk.example');
    expect(newToken).not.toBe(oldToken);
    const [mailsAfter] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, 'rolf@fk.example'));
    expect(mailsAfter!.n).toBe(mailsBefore!.n + 1);

    expect((await view(oldToken)).json().status).toBe('revoked');
    const refused = await accept(oldToken, { name: 'Rolf', password: 'ett-långt-lösenord' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('conflict');
    expect(await userByEmail('rolf@fk.example')).toBeUndefined();

    const rows = await invitationRows(personId);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.revokedAt).not.toBeNull();
    expect(rows[1]!.revokedAt).toBeNull();

    // The new link works.
    expect((await view(newToken)).json().status).toBe('pending');
    expect((await accept(newToken, { name: 'Rolf Resend', password: 'ett-långt-lösenord' })).statusCode).toBe(200);
    expect(await t.signIn('rolf@fk.example', 'ett-långt-lösenord')).toContain('session_token');
  });

  it('inviting the same new address again also replaces the link instead of adding a person', async () => {
    const first = await invite({ name: 'Dubbel Inbjudan', email: 'dubbel@fk.example' });
    const firstToken = await tokenFor('dubbel@fk.example');
    const second = await invite({ name: 'Dubbel Inbjudan', email: 'DUBBEL@fk.example' });
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const people = await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'dubbel@fk.example'));
    expect(people).toHaveLength(1);
    expect((await view(firstToken)).json().status).toBe('revoked');
  });

  it('refuses an expired link and shows it as expired', async () => {
    const created = await invite({ name: 'Ester Utgången', email: 'ester@fk.example' });
    const personId = created.json().id;
    const token = await tokenFor('ester@fk.example');
    await t.database.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(and(eq(schema.invitations.personId, personId)));

    expect((await view(token)).json().status).toBe('expired');
    const refused = await accept(token, { name: 'Ester', password: 'ett-långt-lösenord' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', field: 'token' });
    expect(await userByEmail('ester@fk.example')).toBeUndefined();
    const person = await t.app.inject({ url: `/api/organisations/${orgId}/people/${personId}`, headers: { cookie: admin } });
    expect(person.json().accountStatus).toBe('none');
  });

  it('answers an unknown token with 404 and a malformed one with 400', async () => {
    const unknown = 'x'.repeat(43);
    expect((await view(unknown)).statusCode).toBe(404);
    expect((await view(unknown)).json().error.code).toBe('not_found');
    const acceptUnknown = await accept(unknown, { name: 'Ingen', password: 'ett-långt-lösenord' });
    expect(acceptUnknown.statusCode).toBe(404);
    const short = await view('kort');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('params.token');
  });

  it('lets only one of two simultaneous accepts of the same link succeed', async () => {
    await invite({ name: 'Samtidig Person', email: 'samtidig@fk.example' });
    const token = await tokenFor('samtidig@fk.example');
    const results = await Promise.all([
      accept(token, { name: 'Samtidig Ett', password: 'första-lösenordet' }),
      accept(token, { name: 'Samtidig Två', password: 'andra-lösenordet' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const users = await t.database.db.select().from(schema.user).where(eq(schema.user.email, 'samtidig@fk.example'));
    expect(users).toHaveLength(1);
  });
});

describe('addresses used elsewhere', () => {
  it('refuses an address of another organisation with 409 naming email, and creates nothing', async () => {
    const [before] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.invitations);
    const response = await invite({ name: 'Ola Nordmann', email: 'OLA@nav.example' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'conflict', field: 'email' });
    const [after] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.invitations);
    expect(after!.n).toBe(before!.n);
    const people = await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'ola@nav.example'));
    expect(people.map((p) => p.organisationId)).toEqual([otherOrgId]);
    expect(await t.lastMailTo('ola@nav.example')).toBeUndefined();
  });

  it('refuses to accept when an account with the address already exists', async () => {
    await invite({ name: 'Konto Finns', email: 'konto@fk.example' });
    const token = await tokenFor('konto@fk.example');
    // An account with this address appears (e.g. a platform administrator without a person).
    await t.database.db
      .insert(schema.user)
      .values({ id: crypto.randomUUID(), name: 'Konto Finns', email: 'konto@fk.example', emailVerified: true });
    const response = await accept(token, { name: 'Konto Finns', password: 'ett-långt-lösenord' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'conflict', field: 'email' });
    // Nothing was half-done: the link is still unused.
    expect((await view(token)).json().status).toBe('pending');
  });
});
