import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/** Inviting everyone just imported (issue 10 item 13): one mutation, one invitation and one mail per person without an account. */
describe('invite everyone just imported', () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let admin: string;
  let participant: string;

  beforeAll(async () => {
    t = await createTestApp();
    orgId = await t.createOrganisation('Region Västerbotten');
    otherOrgId = await t.createOrganisation('Helsingborgs stad');
    await t.createMember(orgId, 'admin@regionvb.example', ['org_admin'], { name: 'Ada Admin' });
    await t.createMember(orgId, 'konto@regionvb.example', ['participant'], { name: 'Konto Kristina' });
    admin = await t.signIn('admin@regionvb.example');
    participant = await t.signIn('konto@regionvb.example');
  });
  afterAll(() => t.destroy());

  const invitationsTo = async (email: string) =>
    (
      await t.database.db.select().from(schema.invitations).innerJoin(schema.people, eq(schema.people.id, schema.invitations.personId))
    ).filter((r) => r.people.email === email);
  const mailsTo = async (email: string) =>
    (await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email))).filter(
      (m) => m.template === 'invitation',
    );

  it('invites the imported people without an account or a pending invitation, and no one else', async () => {
    // Already invited before the import: keeps their one invitation.
    const early = await t.as(admin).post(`/api/organisations/${orgId}/invitations`, { name: 'Tidig Tora', email: 'tora@regionvb.example' });
    expect(early.statusCode, early.body).toBe(201);
    const file =
      'email,name\r\n' +
      'anna@regionvb.example,Anna Ny\r\n' +
      'bo@regionvb.example,Bo Ny\r\n' +
      'cia@regionvb.example,Cia Ny\r\n' +
      'konto@regionvb.example,Konto Kristina\r\n' +
      'tora@regionvb.example,Tidig Tora\r\n';
    const imported = await t.as(admin).post(`/api/organisations/${orgId}/people/import`, file, { 'content-type': 'text/csv' });
    expect(imported.statusCode, imported.body).toBe(200);
    const { withoutAccount } = imported.json() as { withoutAccount: string[] };
    expect(withoutAccount).toHaveLength(3);

    // Not someone else's to invite (403), and no id from outside the organisation (400 naming the index).
    expect((await t.as(participant).post(`/api/organisations/${orgId}/invitations/bulk`, { personIds: withoutAccount })).statusCode).toBe(
      403,
    );
    const [outsider] = await t.database.db
      .insert(schema.people)
      .values({ organisationId: otherOrgId, name: 'Annan Person', email: 'annan@helsingborg.example' })
      .returning({ id: schema.people.id });
    const crossed = await t
      .as(admin)
      .post(`/api/organisations/${orgId}/invitations/bulk`, { personIds: [...withoutAccount, outsider!.id] });
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json().error.field).toBe('personIds.3');
    expect(await mailsTo('anna@regionvb.example')).toEqual([]);

    // Every person of the file sent along: those with an account or a pending invitation are left out.
    const [konto] = await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'konto@regionvb.example'));
    const [tora] = await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'tora@regionvb.example'));
    const response = await t.as(admin).post(`/api/organisations/${orgId}/invitations/bulk`, {
      personIds: [...withoutAccount, konto!.id, tora!.id],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ invited: 3 });
    for (const email of ['anna@regionvb.example', 'bo@regionvb.example', 'cia@regionvb.example']) {
      expect(await invitationsTo(email)).toHaveLength(1);
      expect(await mailsTo(email)).toHaveLength(1);
    }
    expect(await invitationsTo('konto@regionvb.example')).toEqual([]);
    expect(await mailsTo('konto@regionvb.example')).toEqual([]);
    expect(await invitationsTo('tora@regionvb.example')).toHaveLength(1);
    expect(await mailsTo('tora@regionvb.example')).toHaveLength(1);
    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'person.invite'));
    expect(audits).toHaveLength(4);

    // Sent again: everyone has a pending invitation now.
    const again = await t.as(admin).post(`/api/organisations/${orgId}/invitations/bulk`, { personIds: withoutAccount });
    expect(again.statusCode).toBe(409);
    expect(await mailsTo('anna@regionvb.example')).toHaveLength(1);
  });
});
