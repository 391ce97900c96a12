/**
 * Issue 9.4: no program is imposed on an organisation. A partner named in a joint program is
 * invited; its administrators are mailed in their language; its staff see nothing until its
 * administrator or a coordinator accepts; it may decline instead. Both answers are audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../../testing/harness';

describe('taking part in another organisation’s program', () => {
  let t: TestApp;
  const org: Record<string, string> = {};
  const cookie: Record<string, string> = {};
  let joint: string;
  let other: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (const name of ['Tullverket', 'Kustbevakningen', 'Polisen']) org[name] = await t.createOrganisation(name);
    const people: [string, string, ('participant' | 'coordinator' | 'org_admin')[]][] = [
      ['maria@tull.example', 'Tullverket', ['coordinator']],
      ['kirsti@kust.example', 'Kustbevakningen', ['org_admin']],
      ['olle@kust.example', 'Kustbevakningen', ['coordinator']],
      ['erik@kust.example', 'Kustbevakningen', ['participant']],
      ['pia@polis.example', 'Polisen', ['org_admin']],
      ['per@polis.example', 'Polisen', ['coordinator']],
      ['paul@polis.example', 'Polisen', ['participant']],
    ];
    for (const [email, name, roles] of people) {
      await t.createMember(org[name]!, email, roles, { name: email.split('@')[0]! });
      cookie[email.split('@')[0]!] = await t.signIn(email);
    }
    // Kirsti reads Lots in English: the invitation is mailed to her in English.
    await t.database.db.update(schema.user).set({ locale: 'en' }).where(eq(schema.user.email, 'kirsti@kust.example'));
    const maria = t.as(cookie.maria);
    const created = await maria.post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Gemensamt chefsprogram',
      type: 'classic',
      participatingOrganisationIds: [org.Kustbevakningen, org.Polisen],
      applicationClosesOn: '2099-12-31',
    });
    expect(created.statusCode, created.body).toBe(201);
    joint = created.json().id;
    expect((await maria.post(`/api/programs/${joint}/status`, { status: 'open' })).statusCode).toBe(200);
    const second = await maria.post('/api/programs', {
      name: 'Andra programmet',
      type: 'classic',
      participatingOrganisationIds: [org.Polisen],
    });
    other = second.json().id;
  });
  afterAll(() => t.destroy());

  const visibleTo = async (who: string) =>
    ((await t.as(cookie[who]).get('/api/programs')).json() as { items: { id: string }[] }).items.map((p) => p.id).includes(joint);

  it('invites the partners: the owner sees them as invited, their administrators get a mail in their language', async () => {
    const program = await t.as(cookie.maria).get(`/api/programs/${joint}`);
    expect(program.json().organisations).toEqual([
      { id: org.Kustbevakningen, name: 'Kustbevakningen', participation: 'invited' },
      { id: org.Polisen, name: 'Polisen', participation: 'invited' },
      { id: org.Tullverket, name: 'Tullverket', participation: 'accepted' },
    ]);
    const mail = await t.lastMailTo('kirsti@kust.example');
    expect(mail).toMatchObject({ template: 'participationInvitation', locale: 'en' });
    expect(mail!.subject).toBe('Tullverket invites Kustbevakningen to Gemensamt chefsprogram');
    expect(mail!.text).toContain('http://lots.test/participation');
    expect((await t.lastMailTo('pia@polis.example'))?.locale).toBe('sv');
    // Coordinators and participants of the partner are not mailed; the administrators answer (or a coordinator, in Lots).
    expect(await t.lastMailTo('erik@kust.example')).toBeUndefined();
  });

  it('until a partner accepts, its staff do not see the program, cannot apply, and its coordinators do not manage it', async () => {
    expect(await visibleTo('erik')).toBe(false);
    const view = await t.as(cookie.erik).get(`/api/programs/${joint}`);
    expect(view.statusCode).toBe(404);
    expect(view.body).not.toContain('Gemensamt');
    const apply = await t.as(cookie.erik).put(`/api/programs/${joint}/applications/mine/adept`, { profile: {} });
    expect(apply.statusCode).toBe(404);
    expect((await t.as(cookie.olle).get(`/api/mentor-register?programId=${joint}`)).json()).toEqual({
      items: [],
      total: 0,
      organisations: [],
    });
  });

  it('lists the invitation for the partner’s administrator and coordinators, not its participants', async () => {
    for (const who of ['kirsti', 'olle']) {
      const list = await t.as(cookie[who]).get('/api/program-invitations');
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual([
        expect.objectContaining({
          programId: joint,
          programName: 'Gemensamt chefsprogram',
          ownerOrganisationName: 'Tullverket',
          organisationId: org.Kustbevakningen,
          status: 'invited',
          respondedAt: null,
        }),
      ]);
    }
    const refused = await t.as(cookie.erik).get('/api/program-invitations');
    expect(refused.statusCode).toBe(403);
    // The owner's own programs are not invitations to itself.
    expect((await t.as(cookie.maria).get('/api/program-invitations')).json()).toEqual([]);
  });

  it('a participant or another organisation cannot answer for the partner', async () => {
    expect((await t.as(cookie.erik).post(`/api/program-invitations/${joint}/accept`)).statusCode).toBe(403);
    // Tullverket (the owner) is not invited to its own program.
    expect((await t.as(cookie.maria).post(`/api/program-invitations/${joint}/accept`)).statusCode).toBe(404);
    expect((await t.as(cookie.per).post(`/api/program-invitations/${crypto.randomUUID()}/accept`)).statusCode).toBe(404);
    const [row] = await t.database.db
      .select()
      .from(schema.programOrganisations)
      .where(and(eq(schema.programOrganisations.programId, joint), eq(schema.programOrganisations.organisationId, org.Kustbevakningen!)));
    expect(row!.status).toBe('invited');
  });

  it('the partner’s administrator accepts (audited, once): then its staff see the program and may apply', async () => {
    const accepted = await t.as(cookie.kirsti).post(`/api/program-invitations/${joint}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ programId: joint, status: 'accepted', respondedByName: 'kirsti' });
    expect(accepted.json().respondedAt).toEqual(expect.any(String));
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'program.participation.accept'));
    expect(audit).toMatchObject({ organisationId: org.Kustbevakningen, entityId: joint });
    const again = await t.as(cookie.olle).post(`/api/program-invitations/${joint}/decline`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');

    expect(await visibleTo('erik')).toBe(true);
    const apply = await t.as(cookie.erik).put(`/api/programs/${joint}/applications/mine/adept`, { profile: {} });
    expect(apply.statusCode, apply.body).toBe(200);
    // Polisen has not answered: still nothing for its staff.
    expect(await visibleTo('paul')).toBe(false);
  });

  it('a partner’s coordinator declines (audited): the program stays out of sight and cannot be accepted later', async () => {
    const declined = await t.as(cookie.per).post(`/api/program-invitations/${joint}/decline`);
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', respondedByName: 'per' });
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'program.participation.decline'));
    expect(audit).toMatchObject({ organisationId: org.Polisen, entityId: joint });
    expect(await visibleTo('paul')).toBe(false);
    expect((await t.as(cookie.pia).post(`/api/program-invitations/${joint}/accept`)).statusCode).toBe(409);
    const program = await t.as(cookie.maria).get(`/api/programs/${joint}`);
    expect(program.json().organisations.map((o: { participation: string }) => o.participation)).toEqual([
      'accepted',
      'declined',
      'accepted',
    ]);
    // A participant of an organisation that takes part sees only the organisations that take part.
    const seen = await t.as(cookie.erik).get(`/api/programs/${joint}`);
    expect(seen.json().organisations.map((o: { name: string }) => o.name)).toEqual(['Kustbevakningen', 'Tullverket']);
    // The other invitation of Polisen is still open.
    const list = (await t.as(cookie.pia).get('/api/program-invitations')).json() as { programId: string; status: string }[];
    expect(list.map((i) => [i.programId, i.status])).toEqual([
      [other, 'invited'],
      [joint, 'declined'],
    ]);
  });

  it('editing the program keeps each partner’s answer; a newly named partner is invited', async () => {
    const patched = await t.as(cookie.maria).patch(`/api/programs/${joint}`, { purpose: 'Nytt syfte' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().organisations.map((o: { participation: string }) => o.participation)).toEqual([
      'accepted',
      'declined',
      'accepted',
    ]);
  });
});
